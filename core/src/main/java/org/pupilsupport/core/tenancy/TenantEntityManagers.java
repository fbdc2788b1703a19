package org.pupilsupport.core.tenancy;

import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The one place where the acting borough is handed to EclipseLink. Each JTA transaction gets its own
 * entity manager, opened with the tenant property and closed when the transaction ends, so a transaction
 * can only ever see one borough. Borough data outside a transaction is refused: every service method that
 * touches it is {@code @Transactional}.
 */
@ApplicationScoped
public class TenantEntityManagers {

    /** EclipseLink's context property for single-table multitenancy. */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    private static final Object TRANSACTION_KEY = TenantEntityManagers.class;

    @PersistenceUnit(unitName = "pupilsupport")
    EntityManagerFactory entityManagerFactory;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    ActingBorough actingBorough;

    /**
     * The acting borough's entity manager for the current transaction.
     *
     * @throws IllegalStateException      outside a transaction
     * @throws NoActingBoroughException   when no borough is being acted for
     */
    public EntityManager current() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Borough data can only be used inside a transaction");
        }
        EntityManager entityManager = (EntityManager) transactions.getResource(TRANSACTION_KEY);
        if (entityManager == null) {
            TenantId tenant = actingBorough.require();
            // Opened inside the active transaction, a synchronized entity manager joins it by itself.
            EntityManager opened = entityManagerFactory.createEntityManager(SynchronizationType.SYNCHRONIZED, Map.of(TENANT_PROPERTY, tenant.value()));
            transactions.putResource(TRANSACTION_KEY, opened);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before: the entity manager flushes with the transaction
                }

                @Override
                public void afterCompletion(int status) {
                    opened.close();
                }
            });
            entityManager = opened;
        }
        return entityManager;
    }
}

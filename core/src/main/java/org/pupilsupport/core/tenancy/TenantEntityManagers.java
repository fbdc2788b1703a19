package org.pupilsupport.core.tenancy;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.TransactionScoped;

/**
 * The one place where the acting borough is handed to EclipseLink. Each JTA transaction gets its own
 * entity manager opened with the tenant property, so a transaction can only ever see one borough.
 * Using borough data outside a transaction fails (the scope is not active), which is intended: every
 * service method that touches borough data is {@code @Transactional}.
 */
@ApplicationScoped
public class TenantEntityManagers {

    /** EclipseLink's context property for single-table multitenancy. */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    @PersistenceUnit(unitName = "pupilsupport")
    EntityManagerFactory entityManagerFactory;

    @Inject
    ActingBorough actingBorough;

    @Produces
    @BoroughData
    @TransactionScoped
    EntityManager boroughEntityManager() {
        TenantId tenant = actingBorough.require();
        // Opened inside the active transaction, a synchronized entity manager joins it by itself.
        return entityManagerFactory.createEntityManager(SynchronizationType.SYNCHRONIZED, Map.of(TENANT_PROPERTY, tenant.value()));
    }

    void close(@Disposes @BoroughData EntityManager entityManager) {
        if (entityManager.isOpen()) {
            entityManager.close();
        }
    }
}

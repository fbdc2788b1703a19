package org.pupilsupport.core.audit;

import java.time.Clock;
import java.util.List;

import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.TenantEntityManagers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Appends to the acting borough's audit chain. Always inside the caller's transaction: the entry commits
 * or rolls back with the act it records, so there is never a change without its entry or an entry for a
 * change that did not happen.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    AuditContext context;

    @Inject
    ActingBorough actingBorough;

    @Inject
    Clock clock;

    @Transactional(TxType.MANDATORY)
    public AuditEntry record(AuditEvent event) {
        EntityManager entityManager = entityManagers.current();
        AuditChainHead head = lockedHead(entityManager);
        AuditEntry entry = head.append(clock.instant(), context, event);
        entityManager.persist(entry);
        return entry;
    }

    /** The borough's chain head, locked until the transaction ends; created with the borough's first entry. */
    private AuditChainHead lockedHead(EntityManager entityManager) {
        List<AuditChainHead> heads = entityManager.createQuery("SELECT h FROM AuditChainHead h", AuditChainHead.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (!heads.isEmpty()) {
            return heads.get(0);
        }
        AuditChainHead head = new AuditChainHead(actingBorough.require().value());
        entityManager.persist(head);
        // Written at once, so a concurrent first writer meets the unique key here rather than forking the chain.
        entityManager.flush();
        return head;
    }
}

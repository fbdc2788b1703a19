package org.pupilsupport.core.cases;

import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.Tenant;
import org.pupilsupport.core.tenancy.TenantDirectory;
import org.pupilsupport.core.tenancy.TenantEntityManagers;

/**
 * At start-up, before anyone can upload: removes attachment files whose records are gone. A file is deleted only
 * after the transaction that erased its record commits, so a crash in between (during a disposal run, say) would
 * otherwise leave an erased child's letter on disk for good.
 */
@ApplicationScoped
public class AttachmentSweep {

    private static final Logger LOG = Logger.getLogger(AttachmentSweep.class.getName());

    @Inject
    TenantDirectory tenants;

    @Inject
    ActingBorough actingBorough;

    @Inject
    Actor actor;

    @Inject
    RecordedFiles recordedFiles;

    @Inject
    AttachmentStore store;

    @ActivateRequestContext
    public void removeFilesOfErasedRecords() {
        actor.actAsSystem();
        for (Tenant tenant : tenants.all()) {
            actingBorough.actFor(tenant.id());
            int removed = store.removeFilesNoRecordNames(tenant.id(), recordedFiles.ofActingBorough());
            if (removed > 0) {
                LOG.warning(() -> tenant.displayName() + ": removed " + removed + " attachment file(s) that no record names"
                        + " (left by a stop between erasing records and deleting their files, or by an upload cut off)");
            }
        }
    }

    /** The attachment ids a borough's records name, read in a transaction of the borough's own. */
    @ApplicationScoped
    public static class RecordedFiles {

        @Inject
        TenantEntityManagers entityManagers;

        @Transactional
        public Set<String> ofActingBorough() {
            return new HashSet<>(entityManagers.current().createQuery("SELECT a.id FROM CaseAttachment a", String.class).getResultList());
        }
    }
}

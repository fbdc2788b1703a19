package org.pupilsupport.core.schools.gias;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.schools.EstablishmentStatus;
import org.pupilsupport.core.schools.FieldChange;
import org.pupilsupport.core.schools.School;
import org.pupilsupport.core.schools.SchoolDetails;
import org.pupilsupport.core.schools.SchoolField;

/**
 * Applies one batch of GIAS rows to the register in a transaction of its own, so each batch commits alone
 * whatever the caller's transaction. A bean of its own because a call from within the same bean would
 * bypass the transaction interceptor. Called by {@link SchoolRegisterRefresh}, not by pages.
 */
@ApplicationScoped
public class SchoolRegisterBatches {

    @PersistenceContext(unitName = "pupilsupport")
    EntityManager entityManager;

    /**
     * Adds the schools the register does not have and refreshes those it has. The rows' URNs must be
     * distinct and outside the invented block (the refresh checks both).
     *
     * @param fieldsNotInFile details the file has no column for: kept as the register holds them
     * @param refreshedAt     recorded against every school in the batch, changed or not
     */
    @Requires(Permission.ADMINISTER_INSTALLATION)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public BatchResult apply(List<GiasRow.Establishment> rows, Set<SchoolField> fieldsNotInFile, Instant refreshedAt) {
        List<NewSchool> added = new ArrayList<>();
        List<SchoolChange> changed = new ArrayList<>();
        int unchanged = 0;
        int closed = 0;
        for (GiasRow.Establishment row : rows) {
            // One look-up by primary key per row, not one "URN IN (...)" query per batch: Derby keeps the plan
            // it compiled for that query while the table was empty (a table scan), and a first load of 50,000
            // rows took 100 seconds instead of 9. A key look-up always uses the index, on Derby and PostgreSQL.
            School school = entityManager.find(School.class, row.urn());
            if (school == null) {
                School newSchool = School.fromGias(row.urn(), row.details(), refreshedAt);
                entityManager.persist(newSchool);
                added.add(new NewSchool(newSchool.urn(), newSchool.name(), newSchool.details().statusName()));
                continue;
            }
            boolean wasClosed = school.status() == EstablishmentStatus.CLOSED;
            SchoolDetails latest = row.details().keepingFrom(school.details(), fieldsNotInFile);
            List<FieldChange> changes = school.refreshFromGias(latest, refreshedAt);
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new SchoolChange(school.urn(), school.name(), changes));
                if (!wasClosed && school.status() == EstablishmentStatus.CLOSED) {
                    closed++;
                }
            }
        }
        return new BatchResult(added, changed, unchanged, closed);
    }
}

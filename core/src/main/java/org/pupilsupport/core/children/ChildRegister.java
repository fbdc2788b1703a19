package org.pupilsupport.core.children;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.schools.SchoolRegister;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What officers do with child records in the acting borough. Each method is one transaction bound to
 * that borough; a child of another borough is reported as not found, exactly like an unknown id.
 */
@ApplicationScoped
// A not-found answer commits: the audit entry recording the attempt must survive it.
@Transactional(dontRollbackOn = ChildNotFoundException.class)
public class ChildRegister {

    /** The largest page a list may ask for, so one request cannot pull a whole borough. */
    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    ChildRepository children;

    @Inject
    SchoolRegister schools;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    static final String SUBJECT = "child";

    /** What an officer enters to record a child; the UPN and school URN may be blank. */
    public record NewChild(String forename, String middleNames, String surname, LocalDate dateOfBirth, String upn, Integer schoolUrn) {
    }

    /**
     * @return the new child's id
     * @throws IllegalArgumentException with an officer-readable message if any field is invalid
     */
    public String register(NewChild details) {
        Upn upn = details.upn() == null || details.upn().isBlank() ? null : Upn.parse(details.upn());
        Child child = new Child(new LegalName(details.forename(), details.middleNames(), details.surname()),
                details.dateOfBirth(), upn,
                details.schoolUrn() == null ? null : schools.require(details.schoolUrn()), clock);
        children.add(child);
        audit.record(AuditEvent.about(AuditAction.CREATE, SUBJECT, child.id(), AuditOutcome.SUCCESS)
                .withDetails(describe(child)));
        return child.id();
    }

    /**
     * The child, if the acting borough has one with this id. Every call is an audited view, found or not:
     * an id tried from another borough leaves its trace too.
     */
    public Optional<Child> find(String id) {
        Optional<Child> child = children.find(id);
        audit.record(AuditEvent.about(AuditAction.VIEW, SUBJECT, id, child.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.NOT_FOUND));
        return child;
    }

    /**
     * An audited view.
     *
     * @throws ChildNotFoundException if there is no such child in the acting borough
     */
    public Child open(String id) {
        return find(id).orElseThrow(() -> new ChildNotFoundException(id));
    }

    /** An audited search: the terms and the page asked for are recorded. */
    public List<ChildSummary> search(String text, int first, int pageSize) {
        if (first < 0 || pageSize < 1) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds at least one child");
        }
        List<ChildSummary> page = children.search(text, first, Math.min(pageSize, MAX_PAGE_SIZE)).stream().map(ChildSummary::of).toList();
        audit.record(AuditEvent.about(AuditAction.SEARCH, SUBJECT, null, AuditOutcome.SUCCESS)
                .withDetails("terms=\"" + (text == null ? "" : text.strip()) + "\" from=" + first + " results=" + page.size()));
        return page;
    }

    public long countMatching(String text) {
        return children.countMatching(text);
    }

    public long count() {
        return children.count();
    }

    /** @throws ChildNotFoundException if there is no such child in the acting borough */
    public void correctLegalName(String id, String forename, String middleNames, String surname) {
        Child child = childToChange(id, AuditAction.UPDATE);
        LegalName before = child.legalName();
        LegalName after = new LegalName(forename, middleNames, surname);
        child.correctLegalName(after);
        audit.record(AuditEvent.about(AuditAction.UPDATE, SUBJECT, id, AuditOutcome.SUCCESS)
                .withDetails("legal name: \"" + before.full() + "\" -> \"" + after.full() + "\""));
    }

    /**
     * Removes a record created in error (a duplicate or a test entry). Not for retention: records that
     * reach the end of their retention period go through the retention schedule.
     *
     * @throws ChildNotFoundException if there is no such child in the acting borough
     */
    public void removeRecordedInError(String id) {
        Child child = childToChange(id, AuditAction.DELETE);
        children.remove(child);
        audit.record(AuditEvent.about(AuditAction.DELETE, SUBJECT, id, AuditOutcome.SUCCESS).withDetails(describe(child)));
    }

    /**
     * The child a change applies to. Loading it is not a separate view (the change's own entry records
     * the act); a missing child is recorded as a not-found attempt at the change.
     */
    private Child childToChange(String id, AuditAction attempted) {
        return children.find(id).orElseThrow(() -> {
            audit.record(AuditEvent.about(attempted, SUBJECT, id, AuditOutcome.NOT_FOUND));
            return new ChildNotFoundException(id);
        });
    }

    private static String describe(Child child) {
        return "legal name: \"" + child.legalName().full() + "\"; date of birth: " + child.dateOfBirth()
                + "; UPN: " + child.upn() + "; school: " + (child.school() == null ? null : child.school().urn());
    }
}

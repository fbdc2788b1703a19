package org.pupilsupport.core.children;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.pupilsupport.core.schools.SchoolRegister;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What officers do with child records in the acting borough. Each method is one transaction bound to
 * that borough; a child of another borough is reported as not found, exactly like an unknown id.
 */
@ApplicationScoped
@Transactional
public class ChildRegister {

    /** The largest page a list may ask for, so one request cannot pull a whole borough. */
    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    ChildRepository children;

    @Inject
    SchoolRegister schools;

    @Inject
    Clock clock;

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
        return child.id();
    }

    /** The child, if the acting borough has one with this id. */
    public Optional<Child> find(String id) {
        return children.find(id);
    }

    /** @throws ChildNotFoundException if there is no such child in the acting borough */
    public Child open(String id) {
        return children.find(id).orElseThrow(() -> new ChildNotFoundException(id));
    }

    public List<ChildSummary> search(String text, int first, int pageSize) {
        if (first < 0 || pageSize < 1) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds at least one child");
        }
        return children.search(text, first, Math.min(pageSize, MAX_PAGE_SIZE)).stream().map(ChildSummary::of).toList();
    }

    public long countMatching(String text) {
        return children.countMatching(text);
    }

    public long count() {
        return children.count();
    }

    /** @throws ChildNotFoundException if there is no such child in the acting borough */
    public void correctLegalName(String id, String forename, String middleNames, String surname) {
        open(id).correctLegalName(new LegalName(forename, middleNames, surname));
    }

    /**
     * Removes a record created in error (a duplicate or a test entry). Not for retention: records that
     * reach the end of their retention period go through the retention schedule.
     *
     * @throws ChildNotFoundException if there is no such child in the acting borough
     */
    public void removeRecordedInError(String id) {
        children.remove(open(id));
    }
}

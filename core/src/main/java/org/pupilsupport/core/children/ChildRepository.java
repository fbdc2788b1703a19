package org.pupilsupport.core.children;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The acting borough's children. Implementations never see another borough's rows. */
public interface ChildRepository {

    Optional<Child> find(String id);

    void add(Child child);

    void remove(Child child);

    /**
     * Children whose legal surname or forename starts with the text (any case), or whose UPN equals it,
     * in surname order. Blank text matches every child.
     */
    List<Child> search(String text, int first, int maxResults);

    long countMatching(String text);

    /** As {@link #search}, restricted records included: for the data protection officer only. */
    List<Child> searchIncludingRestricted(String text, int first, int maxResults);

    long count();

    /**
     * Whether the officer may open the child's record without a new reason: the child is allocated to one
     * of the officer's teams, the officer is allocated an open case of the child, or the officer gave a reason
     * that has not yet expired.
     */
    boolean isKnownTo(String childId, String username, Instant now);

    /** Whether the officer is the allocated officer of an open or reopened case of the child. */
    boolean hasActiveCaseAllocatedTo(String childId, String username);

    /** Of these children, the ones {@link #isKnownTo known} to the officer. */
    Set<String> knownAmong(Collection<String> childIds, String username, Instant now);

    /** The ids of the teams the officer belongs to in the acting borough. */
    List<String> teamsOf(String username);

    /** The team's name, if the acting borough has such a team. */
    Optional<String> teamName(String teamId);

    List<ChildAllocation> allocationsOf(String childId);

    void add(ChildAllocation allocation);

    void remove(ChildAllocation allocation);

    void add(BreakGlassAccess access);

    void add(FormerContact formerContact);

    void add(FormerConcerns formerConcerns);

    /** Parents' and carers' details as they were before each change or removal, newest first. */
    List<FormerContact> formerContactsOf(String childId);

    /** Summaries of concerns as they were before each overwrite, newest first. */
    List<FormerConcerns> formerConcernsOf(String childId);

    /** Removes the earlier versions kept for a record that is itself removed as created in error. */
    void removeVersionsOf(String childId);

    /** Break-glass openings in the period, newest first. */
    List<BreakGlassAccess> breakGlassBetween(Instant from, Instant to, int maxResults);

    Optional<Child> findByUpn(Upn upn);

    /** Children who once had this UPN. */
    List<Child> findByFormerUpn(String upn);

    /** Children with this legal forename and surname (any case) and date of birth. */
    List<Child> findByNameAndDateOfBirth(String forename, String surname, LocalDate dateOfBirth);

    /** Children with a current enrolment at the school, in surname order, at most this many. */
    List<Child> onRollAt(int schoolUrn, int maxResults);

    void add(ChildMerge merge);

    Optional<ChildMerge> findMerge(String mergeId);

    /** Merges the child took part in, as survivor or as the merged record, newest first. */
    List<ChildMerge> mergesOf(String childId);
}

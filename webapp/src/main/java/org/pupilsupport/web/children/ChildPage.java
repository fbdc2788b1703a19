package org.pupilsupport.web.children;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.calendar.BoroughCalendars;
import org.pupilsupport.core.calendar.SchoolDayDate;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.ChildNotFoundException;
import org.pupilsupport.core.children.ChildRecordAccess;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildSummary;
import org.pupilsupport.core.children.ReasonRequiredException;
import org.pupilsupport.core.children.SensitiveDetails;
import org.pupilsupport.core.children.SocialCareStatus;
import org.pupilsupport.core.children.RecordChange;
import org.pupilsupport.core.children.TeamAllocation;
import org.pupilsupport.core.reference.ReferenceCode;
import org.pupilsupport.core.reference.ReferenceData;
import org.pupilsupport.core.schools.School;
import org.pupilsupport.core.schools.SchoolRegister;
import org.pupilsupport.core.teams.Team;
import org.pupilsupport.core.teams.Teams;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.privacy.Keeping;
import org.pupilsupport.core.privacy.RetentionSchedule;
import org.pupilsupport.web.security.OfficerSession;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.Messages;

/**
 * One child's page. A child that does not exist and a child of another borough look the same: "not found",
 * with HTTP status 404, so an id from another borough reveals nothing. A child not known to the officer's
 * teams shows identifying fields only, with a form to open the record by giving a reason.
 */
@Named
@ViewScoped
public class ChildPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Shown on the page as an example of a statutory count (e.g. a governing board's reinstatement deadline). */
    public static final int EXAMPLE_SCHOOL_DAYS = 15;

    @Inject
    ChildRegister children;

    @Inject
    RetentionSchedule retention;

    private static final java.time.format.DateTimeFormatter KEPT_UNTIL = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK);

    @Inject
    Teams teams;

    @Inject
    BoroughCalendars calendars;

    @Inject
    ActingBorough actingBorough;

    @Inject
    OfficerSession session;

    @Inject
    org.pupilsupport.core.cases.Casework casework;

    @Inject
    Clock clock;

    @Inject
    SchoolRegister schools;

    @Inject
    ReferenceData referenceData;

    private final java.util.Map<Integer, String> schoolNames = new java.util.HashMap<>();

    @Inject
    org.pupilsupport.core.children.BoroughRecordRules recordRules;

    private List<org.pupilsupport.core.children.ChildMerge> merges = List.of();
    private List<ChildSummary> possibleDuplicates = List.of();
    private org.pupilsupport.core.children.BoroughRecordRules.MergeReversal mergeReversal;

    private String id;
    private Child child;
    private ChildSummary identifyingOnly;
    private boolean underBreakGlass;
    private SchoolDayDate exampleDeadline;
    private String reason;
    private SensitiveDetails revealed;
    private List<ChildRegister.EarlierConcerns> earlierConcerns;
    private List<org.pupilsupport.core.children.FormerContact> formerContacts = List.of();
    private SocialCareStatus newSocialCareStatus;
    private String newConcernsSummary;
    private String teamToAllocate;
    private String allocationReason;
    private List<TeamAllocation> allocations = List.of();
    private List<Team> allocatableTeams = List.of();
    private List<org.pupilsupport.core.cases.CaseSummary> cases = List.of();
    private List<org.pupilsupport.core.cases.TimelineEntry> timeline = List.of();

    public void load() {
        ChildRecordAccess access = children.open(id == null ? "" : id);
        if (access instanceof ChildRecordAccess.Granted granted) {
            show(granted.child(), granted.underBreakGlass());
        } else if (access instanceof ChildRecordAccess.ReasonRequired required) {
            identifyingOnly = required.child();
        } else {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        loadAllocations();
        if (session.may("ALLOCATE_CHILDREN")) {
            allocatableTeams = teams.allocatable();
        }
    }

    private void loadAllocations() {
        allocations = children.allocationsOf(id);
    }

    /** Shows the record as a change left it; called by the section forms after they save. */
    void showChanged(Child changed) {
        this.child = changed;
        this.formerContacts = children.formerContactsOf(changed.id());
        schoolNames.clear();
        loadMerges();
    }

    private void loadMerges() {
        if (!session.may("MERGE_CHILD_RECORDS") || child == null) {
            return;
        }
        merges = children.mergesOf(child.id());
        mergeReversal = recordRules.mergeReversal(actingBorough.require());
        possibleDuplicates = child.mergedIntoId() != null ? List.of()
                : children.possibleDuplicates(new org.pupilsupport.core.children.ChildRegister.NewChild(child.legalName().forename(), null,
                        child.legalName().surname(), child.dateOfBirth(), child.upn() == null ? null : child.upn().value()))
                .stream().filter(other -> !other.id().equals(child.id())).toList();
    }

    /** Merges the duplicate into this record (senior officers). */
    public void mergeIntoThis(String duplicateId) {
        try {
            showChanged(children.merge(child.id(), duplicateId));
            Messages.info("Merged: the duplicate's details were copied here and it has left the lists. You can undo this for "
                    + mergeReversal.days() + " days.");
        } catch (IllegalArgumentException | ReasonRequiredException | AccessDeniedException | ChildNotFoundException refused) {
            FormErrors.refused(refused);
        }
    }

    public void undoMerge(String mergeId) {
        try {
            showChanged(children.reverseMerge(mergeId));
            Messages.info("The merge was undone: both records stand on their own again");
        } catch (IllegalArgumentException | ReasonRequiredException | AccessDeniedException | ChildNotFoundException refused) {
            FormErrors.refused(refused);
        }
    }

    public boolean mayUndo(org.pupilsupport.core.children.ChildMerge merge) {
        return mergeReversal != null && merge.isReversibleAt(clock.instant(), mergeReversal.days());
    }

    public List<org.pupilsupport.core.children.ChildMerge> getMerges() {
        return merges;
    }

    public List<ChildSummary> getPossibleDuplicates() {
        return possibleDuplicates;
    }

    public org.pupilsupport.core.children.BoroughRecordRules.MergeReversal getMergeReversal() {
        return mergeReversal;
    }

    private void show(Child opened, boolean breakGlass) {
        this.child = opened;
        this.underBreakGlass = breakGlass;
        this.identifyingOnly = null;
        loadMerges();
        this.formerContacts = children.formerContactsOf(opened.id());
        this.exampleDeadline = calendars.schoolDaysAfter(actingBorough.require(), getToday(), EXAMPLE_SCHOOL_DAYS);
        if (session.may("WORK_ON_CASES")) {
            this.cases = casework.casesOfChild(opened.id());
            this.timeline = casework.timelineOf(opened.id());
        }
    }

    /** The child's cases, newest first. */
    public List<org.pupilsupport.core.cases.CaseSummary> getCases() {
        return cases;
    }

    /** Everything that happened on the child's cases, newest first. */
    public List<org.pupilsupport.core.cases.TimelineEntry> getTimeline() {
        return timeline;
    }

    /** An open case of the child in the area the service calls "missing": shown at the top of the record. */
    public boolean isMissingEducation() {
        return cases.stream().anyMatch(summary -> summary.area() == org.pupilsupport.core.cases.ServiceArea.MISSING_EDUCATION
                && summary.status() != org.pupilsupport.core.cases.CaseStatus.CLOSED);
    }

    /** Break-glass: opens the record with the reason given, which senior officers and the DPO will see. */
    public void openGivingReason() {
        try {
            show(children.openGivingReason(id, reason), true);
            reason = null;
        } catch (IllegalArgumentException | ChildNotFoundException refused) {
            FormErrors.refused(refused);
        }
    }

    /** Shows the sensitive fields; the register logs each reveal. */
    public void revealSensitiveDetails() {
        try {
            revealed = children.revealSensitiveDetails(id);
            newSocialCareStatus = revealed.socialCareStatus();
            newConcernsSummary = revealed.concernsSummary();
        } catch (ReasonRequiredException | AccessDeniedException | ChildNotFoundException refused) {
            FormErrors.refused(refused);
        }
    }

    /** Shows the summaries of concerns that were overwritten; like the current one, each showing is audited. */
    public void revealEarlierConcerns() {
        try {
            earlierConcerns = children.revealEarlierConcerns(id);
        } catch (ReasonRequiredException | AccessDeniedException | ChildNotFoundException refused) {
            Messages.failed(refused.getMessage());
        }
    }

    public List<ChildRegister.EarlierConcerns> getEarlierConcerns() {
        return earlierConcerns;
    }

    /** Parents' and carers' details as they were before each change or removal, newest first. */
    public List<org.pupilsupport.core.children.FormerContact> getFormerContacts() {
        return formerContacts;
    }

    public void saveSensitiveDetails() {
        try {
            SensitiveDetails details = new SensitiveDetails(newSocialCareStatus, newConcernsSummary);
            children.recordSensitiveDetails(id, details);
            revealed = details;
            Messages.info("Sensitive information saved");
        } catch (IllegalArgumentException | ReasonRequiredException | AccessDeniedException | ChildNotFoundException refused) {
            FormErrors.refused(refused);
        }
    }

    /**
     * Allocates the child to a team. To one's own team, a child not known to the officer needs the reason
     * typed beside the choice; the core records it like a break-glass opening, and the record then opens.
     */
    public void allocate() {
        try {
            children.allocate(id, teamToAllocate, allocationReason);
            teamToAllocate = null;
            allocationReason = null;
            Messages.info("Allocated");
            if (identifyingOnly != null) {
                identifyingOnly = null;
                load();
            } else {
                loadAllocations();
            }
        } catch (IllegalArgumentException | ReasonRequiredException | AccessDeniedException | ChildNotFoundException refused) {
            FormErrors.refused(refused);
        }
    }

    public void deallocate(String teamId) {
        try {
            children.deallocate(id, teamId);
            loadAllocations();
            Messages.info("Allocation removed");
        } catch (AccessDeniedException | ChildNotFoundException refused) {
            FormErrors.refused(refused);
        }
    }

    public List<TeamAllocation> getAllocations() {
        return allocations;
    }

    public List<Team> getAllocatableTeams() {
        return allocatableTeams;
    }

    /** The school's name for a URN in the record; schools are shared reference data, looked up once per view. */
    /** A reg 9 ground as officers read it, e.g. "(a) Registered at another school". */
    public String deletionGround(String code) {
        return referenceData.find(org.pupilsupport.core.cases.Casework.DELETION_GROUNDS, code).map(ReferenceCode::description).orElse(code);
    }

    public String schoolName(int urn) {
        return schoolNames.computeIfAbsent(urn, key -> schools.find(key).map(School::name).orElse("URN " + key));
    }

    /** The description of the child's ethnicity code, from the reference data (any version). */
    public String ethnicityLabel() {
        if (child == null || child.ethnicityCode() == null) {
            return "Not recorded";
        }
        return referenceData.find(ReferenceData.ETHNICITY, child.ethnicityCode()).map(ReferenceCode::label).orElse(child.ethnicityCode());
    }

    public List<RecordChange> getChangesNewestFirst() {
        if (child == null) {
            return List.of();
        }
        List<RecordChange> newestFirst = new java.util.ArrayList<>(child.changes());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    public String ukTime(java.time.Instant instant) {
        return org.pupilsupport.web.support.UkTime.of(instant);
    }

    // Optionals stay out of EL: Jakarta EL 6 unwraps an Optional before calling a method on it.
    public String getCurrentAddress() {
        return child == null ? "" : child.currentAddress().map(org.pupilsupport.core.children.HomeAddress::oneLine).orElse("Not known");
    }

    public String getCurrentSenProvision() {
        return child == null ? "" : child.currentSenProvision().map(org.pupilsupport.core.children.SenProvision::label).orElse("Not recorded");
    }

    public boolean isMayChange() {
        return child != null && session.may("CHANGE_CHILD_RECORDS");
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public boolean isFound() {
        return child != null;
    }

    public boolean isReasonRequired() {
        return child == null && identifyingOnly != null;
    }

    public boolean isUnderBreakGlass() {
        return underBreakGlass;
    }

    public Child getChild() {
        return child;
    }

    /** How long the borough's retention schedule keeps this record, and why, in the officer's words. */
    public String getKeeping() {
        if (child == null) {
            return "";
        }
        Keeping keeping = retention.keepingOf(child);
        if (keeping instanceof Keeping.WhileOpen open) {
            return "While case " + open.caseReference() + " is open";
        }
        if (keeping instanceof Keeping.Until until) {
            return "Until " + KEPT_UNTIL.format(until.date()) + ", then "
                    + until.action().label() + " (" + until.why() + ")";
        }
        return "With no end date yet: " + ((Keeping.NoEnd) keeping).why();
    }

    public ChildSummary getIdentifyingOnly() {
        return identifyingOnly;
    }

    public SensitiveDetails getRevealed() {
        return revealed;
    }

    public SocialCareStatus[] getSocialCareStatuses() {
        return SocialCareStatus.values();
    }

    public SchoolDayDate getExampleDeadline() {
        return exampleDeadline;
    }

    public int getExampleSchoolDays() {
        return EXAMPLE_SCHOOL_DAYS;
    }

    public int getAge() {
        return child == null ? 0 : child.ageOn(getToday());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public SocialCareStatus getNewSocialCareStatus() {
        return newSocialCareStatus;
    }

    public void setNewSocialCareStatus(SocialCareStatus newSocialCareStatus) {
        this.newSocialCareStatus = newSocialCareStatus;
    }

    public String getNewConcernsSummary() {
        return newConcernsSummary;
    }

    public void setNewConcernsSummary(String newConcernsSummary) {
        this.newConcernsSummary = newConcernsSummary;
    }

    public String getAllocationReason() {
        return allocationReason;
    }

    public void setAllocationReason(String allocationReason) {
        this.allocationReason = allocationReason;
    }

    public String getTeamToAllocate() {
        return teamToAllocate;
    }

    public void setTeamToAllocate(String teamToAllocate) {
        this.teamToAllocate = teamToAllocate;
    }
}

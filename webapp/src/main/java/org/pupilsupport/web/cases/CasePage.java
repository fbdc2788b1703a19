package org.pupilsupport.web.cases;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.cases.AttachmentDownload;
import org.pupilsupport.core.cases.AttachmentType;
import org.pupilsupport.core.cases.Case;
import org.pupilsupport.core.cases.CaseAttachment;
import org.pupilsupport.core.cases.CaseEvent;
import org.pupilsupport.core.cases.CaseNotFoundException;
import org.pupilsupport.core.cases.CaseOutcome;
import org.pupilsupport.core.cases.CaseTask;
import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.Casework.CaseRules;
import org.pupilsupport.core.cases.ContactChannel;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.children.ChildNotFoundException;
import org.pupilsupport.core.children.ReasonRequiredException;
import org.pupilsupport.core.schools.School;
import org.pupilsupport.core.schools.SchoolRegister;
import org.pupilsupport.core.time.Clocks;
import org.pupilsupport.web.security.OfficerSession;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.Messages;
import org.pupilsupport.web.support.OfficerDates;
import org.pupilsupport.web.support.UkTime;

/**
 * One case: who it is about, where it stands, its deadlines as tasks, its contacts and files, its reviews and
 * its history; allocation for senior officers; closing and reopening. The area's own facts are edited by
 * the area's form bean on the same page, which saves through {@link #act}.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Casework casework;

    @Inject
    SchoolRegister schools;

    @Inject
    OfficerSession session;

    private String ref;
    private Case theCase;
    private CaseRules rules;
    private List<CaseAttachment> attachments = List.of();
    private List<Casework.AllocationChoice> allocationChoices = List.of();
    private boolean reasonRequired;
    private String childName;
    private Casework.ChildRestriction childRestriction = Casework.ChildRestriction.NONE;
    private String childIdNeedingReason;

    private String allocationChoice;
    private String allocationReason;
    private Casework.CaseForAllocation forAllocation;
    private String taskNote;
    private String taskIdToConfirm;
    private CaseOutcome outcome;
    private String closingNote;
    private String reopenReason;
    private LocalDate reviewHeldOn;
    private String reviewNote;
    private LocalDateTime contactAt;
    private ContactChannel contactChannel;
    private String contactPeople;
    private String contactSummary;
    private String attachToContact;
    private transient UploadedFile file;

    public void load() {
        try {
            reload();
            if (session.may("ALLOCATE_CASES")) {
                allocationChoices = casework.allocationChoices();
            }
        } catch (CaseNotFoundException notFound) {
            theCase = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        } catch (ReasonRequiredException notKnown) {
            theCase = null;
            reasonRequired = true;
            childIdNeedingReason = notKnown.childId();
            loadForAllocation();
        }
    }

    /** An allocator who does not know the child sees what allocating needs, and no more. */
    private void loadForAllocation() {
        forAllocation = null;
        if (session.may("ALLOCATE_CASES")) {
            try {
                forAllocation = casework.forAllocation(ref);
                allocationChoices = casework.allocationChoices();
            } catch (ReasonRequiredException | CaseNotFoundException notAwaiting) {
                forAllocation = null;
            }
        }
    }

    private void reload() {
        theCase = casework.open(ref == null ? "" : ref);
        childName = theCase.childId() == null ? null : casework.childNameOf(ref);
        childRestriction = theCase.childId() == null ? Casework.ChildRestriction.NONE : casework.childRestriction(ref);
        rules = casework.rulesOf(ref);
        attachments = casework.attachmentsOf(ref);
    }

    /**
     * Runs a change to the case and reloads it. A refusal is shown and keeps what was typed for correction.
     *
     * @return whether the change was made
     */
    boolean act(Runnable change, String done) {
        return act(change, done, Map.of());
    }

    /** @param inputIdsByField input ids for the core's field names that differ from them */
    boolean act(Runnable change, String done, Map<String, String> inputIdsByField) {
        try {
            change.run();
            Messages.info(done);
            reload();
            return true;
        } catch (IllegalArgumentException | CaseNotFoundException | ChildNotFoundException | AccessDeniedException | ReasonRequiredException refused) {
            FormErrors.refused(refused, inputIdsByField);
            return false;
        }
    }

    public void allocate() {
        if (allocationChoice == null || !allocationChoice.contains("/")) {
            FormErrors.refused("allocateTo", "Choose the officer to allocate the case to");
            return;
        }
        String teamId = allocationChoice.substring(0, allocationChoice.indexOf('/'));
        String officer = allocationChoice.substring(allocationChoice.indexOf('/') + 1);
        act(() -> casework.allocate(ref, teamId, officer), "Allocated to " + officer);
    }

    /** Allocates a case whose child the allocator does not know, from the page that shows only what allocating needs. */
    public void allocateWithoutKnowing() {
        if (allocationChoice == null || !allocationChoice.contains("/")) {
            Messages.failed("Choose the officer to allocate the case to");
            return;
        }
        String teamId = allocationChoice.substring(0, allocationChoice.indexOf('/'));
        String officer = allocationChoice.substring(allocationChoice.indexOf('/') + 1);
        try {
            casework.allocate(ref, teamId, officer, allocationReason);
            Messages.info("Allocated to " + officer);
            allocationReason = null;
            allocationChoice = null;
            reasonRequired = false;
            childIdNeedingReason = null;
            load();
        } catch (IllegalArgumentException | CaseNotFoundException | AccessDeniedException | ReasonRequiredException refused) {
            FormErrors.refused(refused);
        }
    }

    public Casework.CaseForAllocation getForAllocation() {
        return forAllocation;
    }

    public String getAllocationReason() {
        return allocationReason;
    }

    public void setAllocationReason(String allocationReason) {
        this.allocationReason = allocationReason;
    }

    /**
     * First step of marking a task done: a deadline marked done leaves every list of work, so the page asks
     * before doing it (a step on the page itself, which keyboards and screen readers reach like any other).
     */
    public void askToCompleteTask(String taskId) {
        taskIdToConfirm = taskId;
    }

    /** A refusal (a statutory deadline without its reason) keeps the step open, with the reason box marked. */
    public void confirmTaskCompletion() {
        CaseTask task = getTaskToConfirm();
        if (task == null) {
            taskIdToConfirm = null;
            return;
        }
        String taskId = task.id();
        String label = task.kind().label();
        if (act(() -> casework.completeTask(ref, taskId, taskNote), "Done: " + label + ". Pressed by mistake? \"Undo\" is beside it under Done.")) {
            taskIdToConfirm = null;
            taskNote = null;
        }
    }

    public void cancelTaskCompletion() {
        taskIdToConfirm = null;
        taskNote = null;
    }

    public void undoTaskCompletion(String taskId) {
        act(() -> casework.undoTaskCompletion(ref, taskId), "The task is open again");
    }

    /** Only the officer who pressed "Done" may take it back; the core refuses anyone else too. */
    public boolean mayUndo(CaseTask task) {
        java.security.Principal user = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return !isClosed() && user != null && task.undoableBy(user.getName());
    }

    /** The open task the officer pressed "Done" on and has not yet confirmed, if any. */
    public CaseTask getTaskToConfirm() {
        if (theCase == null || taskIdToConfirm == null) {
            return null;
        }
        return theCase.tasks().stream().filter(task -> task.id().equals(taskIdToConfirm) && !task.done()).findFirst().orElse(null);
    }

    public void close() {
        if (act(() -> casework.close(ref, outcome, closingNote), "Case closed")) {
            outcome = null;
            closingNote = null;
        }
    }

    public void reopen() {
        if (act(() -> casework.reopen(ref, reopenReason), "Case reopened")) {
            reopenReason = null;
        }
    }

    public void addReview() {
        if (act(() -> casework.addReview(ref, reviewHeldOn, reviewNote), "Review recorded", Map.of("note", "reviewNote"))) {
            reviewHeldOn = null;
            reviewNote = null;
        }
    }

    public void addContact() {
        if (act(() -> casework.addContact(ref, contactAt, contactChannel, contactPeople, contactSummary), "Contact recorded",
                Map.of("happenedAt", "contactAt", "summary", "contactSummary"))) {
            contactAt = null;
            contactChannel = null;
            contactPeople = null;
            contactSummary = null;
        }
    }

    public void attach() {
        if (file == null || file.getSize() == 0) {
            FormErrors.refused("file", "Choose a file to attach");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(AttachmentType.LARGEST_BYTES + 1);
        } catch (IOException unreadable) {
            Messages.failed("The upload could not be read; try again");
            return;
        }
        String contactId = attachToContact == null || attachToContact.isBlank() ? null : attachToContact;
        String name = file.getFileName();
        if (act(() -> casework.attach(ref, contactId, name, content), "Attached " + name)) {
            attachToContact = null;
        }
    }

    /** The file, as a download whose type the server decided; the download is audited by the core. */
    public StreamedContent download(String attachmentId) {
        AttachmentDownload download = casework.download(ref, attachmentId);
        return DefaultStreamedContent.builder().name(download.fileName()).contentType(download.contentType())
                .contentLength((long) download.content().length).stream(() -> new ByteArrayInputStream(download.content())).build();
    }

    // ---- what the page shows

    public boolean isFound() {
        return theCase != null;
    }

    public boolean isReasonRequired() {
        return reasonRequired;
    }

    public boolean isClosed() {
        return theCase != null && !theCase.status().active() && theCase.status() != org.pupilsupport.core.cases.CaseStatus.REFERRED;
    }

    public boolean isArea(String areaName) {
        return theCase != null && theCase.area() == ServiceArea.valueOf(areaName);
    }

    public Case getTheCase() {
        return theCase;
    }

    public boolean isChildRestricted() {
        return childRestriction != Casework.ChildRestriction.NONE;
    }

    /** Restricted because an upheld objection stopped processing: the page says so rather than "restricted". */
    public boolean isChildProcessingStopped() {
        return childRestriction == Casework.ChildRestriction.PROCESSING_STOPPED;
    }

    public String getChildName() {
        return childName;
    }

    public CaseRules getRules() {
        return rules;
    }

    public String schoolName(Integer urn) {
        if (urn == null) {
            return "";
        }
        return schools.find(urn).map(School::name).map(name -> name + " (" + urn + ")").orElse("School " + urn);
    }

    public List<CaseTask> getOpenTasks() {
        return theCase.tasks().stream().filter(task -> !task.done()).sorted(Comparator.comparing(CaseTask::dueOn)).toList();
    }

    public List<CaseTask> getDoneTasks() {
        return theCase.tasks().stream().filter(CaseTask::done).sorted(Comparator.comparing(CaseTask::doneOn).reversed()).toList();
    }

    public boolean overdue(CaseTask task) {
        return task.overdueOn(LocalDate.now(Clocks.ENGLAND));
    }

    public List<CaseEvent> getHistoryNewestFirst() {
        List<CaseEvent> events = new ArrayList<>(theCase.history());
        events.sort(Comparator.comparing(CaseEvent::happenedAt).reversed());
        return events;
    }

    public List<CaseAttachment> getAttachments() {
        return attachments;
    }

    public List<CaseOutcome> getOutcomes() {
        return CaseOutcome.forArea(theCase.area());
    }

    public ContactChannel[] getChannels() {
        return ContactChannel.values();
    }

    /** "team id/username" pairs with a label, for the allocation list. */
    public record AllocationOption(String value, String label) {
    }

    /** Each person once, by name, with their teams; the case goes with the first of them. */
    public List<AllocationOption> getAllocationOptions() {
        return allocationChoices.stream().map(choice -> new AllocationOption(choice.teamId() + "/" + choice.username(),
                choice.name() + " (" + String.join(", ", choice.teamNames()) + ")")).toList();
    }

    public String ukTime(Instant instant) {
        return UkTime.of(instant);
    }

    /** A contact's time as pages show dates, e.g. 21 Oct 2026 10:30. */
    public String shown(LocalDateTime dateTime) {
        return OfficerDates.shown(dateTime);
    }

    public String getAcceptedFiles() {
        return AttachmentType.acceptedExtensions();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getChildIdNeedingReason() {
        return childIdNeedingReason;
    }

    public String getAllocationChoice() {
        return allocationChoice;
    }

    public void setAllocationChoice(String allocationChoice) {
        this.allocationChoice = allocationChoice;
    }

    public String getTaskNote() {
        return taskNote;
    }

    public void setTaskNote(String taskNote) {
        this.taskNote = taskNote;
    }

    public CaseOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CaseOutcome outcome) {
        this.outcome = outcome;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public void setClosingNote(String closingNote) {
        this.closingNote = closingNote;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    public LocalDate getReviewHeldOn() {
        return reviewHeldOn;
    }

    public void setReviewHeldOn(LocalDate reviewHeldOn) {
        this.reviewHeldOn = reviewHeldOn;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }

    public LocalDateTime getContactAt() {
        return contactAt;
    }

    public void setContactAt(LocalDateTime contactAt) {
        this.contactAt = contactAt;
    }

    public ContactChannel getContactChannel() {
        return contactChannel;
    }

    public void setContactChannel(ContactChannel contactChannel) {
        this.contactChannel = contactChannel;
    }

    public String getContactPeople() {
        return contactPeople;
    }

    public void setContactPeople(String contactPeople) {
        this.contactPeople = contactPeople;
    }

    public String getContactSummary() {
        return contactSummary;
    }

    public void setContactSummary(String contactSummary) {
        this.contactSummary = contactSummary;
    }

    public String getAttachToContact() {
        return attachToContact;
    }

    public void setAttachToContact(String attachToContact) {
        this.attachToContact = attachToContact;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}

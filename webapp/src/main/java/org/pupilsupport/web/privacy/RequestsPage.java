package org.pupilsupport.web.privacy;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.audit.AuditTrailNames;
import org.pupilsupport.core.audit.AuditTrailNames.ChildChoice;
import org.pupilsupport.core.privacy.requests.ComplaintClock;
import org.pupilsupport.core.privacy.requests.DataProtectionRequest;
import org.pupilsupport.core.privacy.requests.DataProtectionRequests;
import org.pupilsupport.core.privacy.requests.DeskTask;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.Messages;
import org.pupilsupport.web.support.OfficerDates;

/**
 * The DPO's data protection desk: the day's duties (overdue first), the register of requests and complaints, and
 * the form to log one received directly.
 */
@Named
@ViewScoped
public class RequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DataProtectionRequests requests;

    @Inject
    AuditTrailNames names;

    private List<DeskTask> dueSoon;
    private List<DataProtectionRequest> register;
    private boolean includeClosed;
    private final RequestForm form = new RequestForm();
    private String lookFor;
    private List<ChildChoice> matches = List.of();
    private LocalDate today;

    @PostConstruct
    void init() {
        today = requests.today();
        reload();
    }

    private void reload() {
        dueSoon = requests.dueSoon();
        register = requests.register(includeClosed);
    }

    public void showClosed() {
        reload();
    }

    public void find() {
        matches = ChildLookup.find(names, lookFor);
    }

    public void choose(ChildChoice child) {
        form.choose(new RequestForm.ChosenChild(child.id(), child.description()));
        matches = List.of();
        lookFor = null;
    }

    public void unchoose(String childId) {
        form.remove(childId);
    }

    public String log() {
        try {
            String reference = requests.log(form.toCommand());
            Messages.info("Logged as " + reference);
            return "/privacy/request.xhtml?faces-redirect=true&ref=" + reference;
        } catch (RuntimeException refused) {
            FormErrors.refused(refused);
            return null;
        }
    }

    /** The children of a request as the DPO knows them, or that their record was erased. */
    public String childrenOf(DataProtectionRequest request) {
        return request.childIds().stream()
                .map(id -> names.child(id).map(ChildChoice::description).orElse("an erased record"))
                .collect(Collectors.joining("; "));
    }

    public String due(DataProtectionRequest request) {
        if (!request.isOpen()) {
            return "Answered " + OfficerDates.shown(request.respondedOn());
        }
        return request.dueOn(ComplaintClock.DEFAULT_RESPONSE_WORKING_DAYS).map(OfficerDates::shown)
                .orElse(request.clock().state().label());
    }

    public boolean overdue(DataProtectionRequest request) {
        return request.overdueOn(today, ComplaintClock.DEFAULT_RESPONSE_WORKING_DAYS);
    }

    public String when(DeskTask task) {
        long days = ChronoUnit.DAYS.between(today, task.dueOn());
        if (task.overdue()) {
            return "Overdue by " + -days + (days == -1 ? " day" : " days");
        }
        return days == 0 ? "Due today" : "Due in " + days + (days == 1 ? " day" : " days");
    }

    public String day(LocalDate date) {
        return date == null ? "" : OfficerDates.shown(date);
    }

    public List<DeskTask> getDueSoon() {
        return dueSoon;
    }

    public List<DataProtectionRequest> getRegister() {
        return register;
    }

    public boolean isIncludeClosed() {
        return includeClosed;
    }

    public void setIncludeClosed(boolean includeClosed) {
        this.includeClosed = includeClosed;
    }

    public RequestForm getForm() {
        return form;
    }

    public String getLookFor() {
        return lookFor;
    }

    public void setLookFor(String lookFor) {
        this.lookFor = lookFor;
    }

    public List<ChildChoice> getMatches() {
        return matches;
    }

    public int getDaysAhead() {
        return DataProtectionRequests.DAYS_AHEAD;
    }
}

package org.pupilsupport.web.privacy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.audit.AuditTrailNames;
import org.pupilsupport.core.audit.AuditTrailNames.ChildChoice;
import org.pupilsupport.core.privacy.requests.ComplaintClock;
import org.pupilsupport.core.privacy.requests.DataProtectionRequest;
import org.pupilsupport.core.privacy.requests.DataProtectionRequests;
import org.pupilsupport.core.privacy.requests.RequestClock;
import org.pupilsupport.core.privacy.requests.RequestDecision;
import org.pupilsupport.core.privacy.requests.RequestNotFoundException;
import org.pupilsupport.core.privacy.requests.RequestStep;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.Messages;
import org.pupilsupport.web.support.OfficerDates;
import org.pupilsupport.web.support.UkTime;

/**
 * One request on the DPO's desk: who asked, for which children, its clock, and a form for each next step (proof of
 * identity, clarification, extension, decision, response, carrying out), with its history.
 */
@Named
@ViewScoped
public class RequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DataProtectionRequests requests;

    @Inject
    AuditTrailNames names;

    private String ref;
    private DataProtectionRequest request;
    private LocalDate identityAskedOn;
    private String identityAskedWhat;
    private LocalDate identityReceivedOn;
    private String identityHow;
    private LocalDate clarificationAskedOn;
    private String clarificationWhat;
    private LocalDate clarificationAnsweredOn;
    private LocalDate extensionToldOn;
    private String extensionReason;
    private RequestDecision decision;
    private String decisionReason;
    private LocalDate decidedOn;
    private LocalDate respondedOn;
    private String lookFor;
    private List<ChildChoice> matches = List.of();

    /** Opens the request named in the address; an unknown reference shows "not found" and nothing else. */
    public void load() {
        try {
            request = requests.find(ref);
        } catch (RequestNotFoundException unknown) {
            request = null;
            // the same answer as an unknown case: nothing says whether the reference exists in another borough
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void step(Consumer<String> action, String done) {
        try {
            action.accept(request.reference());
            Messages.info(done);
            request = requests.find(request.reference());
        } catch (RuntimeException refused) {
            FormErrors.refused(refused);
        }
    }

    public void askForIdentity() {
        step(reference -> requests.askForIdentity(reference, identityAskedOn, identityAskedWhat),
                "Proof of identity asked for: the clock waits for it");
    }

    public void identityReceived() {
        step(reference -> requests.identityReceived(reference, identityReceivedOn, identityHow), "Proof of identity recorded: the clock runs");
    }

    public void askForClarification() {
        step(reference -> requests.askForClarification(reference, clarificationAskedOn, clarificationWhat),
                "Clarification asked for: the clock is stopped");
    }

    public void clarificationReceived() {
        step(reference -> requests.clarificationReceived(reference, clarificationAnsweredOn), "Clarification recorded: the clock runs again");
    }

    public void extend() {
        step(reference -> requests.extend(reference, extensionToldOn, extensionReason), "Extended by two further months");
    }

    public void decide() {
        step(reference -> requests.decide(reference, decision, decisionReason, decidedOn), "Decision recorded");
    }

    public void responded() {
        step(reference -> requests.responded(reference, respondedOn), "Response recorded: the request is closed");
    }

    public void carryOut() {
        step(requests::carryOut, "Carried out");
    }

    public void find() {
        matches = ChildLookup.find(names, lookFor);
    }

    public void addChild(String childId) {
        matches = List.of();
        lookFor = null;
        step(reference -> requests.addChild(reference, childId), "Child added to the request");
    }

    public void removeChild(String childId) {
        step(reference -> requests.removeChild(reference, childId), "Child taken off the request");
    }

    public String childName(String childId) {
        return names.child(childId).map(ChildChoice::description).orElse("An erased record");
    }

    public boolean isOnStatutoryClock() {
        return request != null && request.kind().onTheStatutoryClock();
    }

    public RequestClock getClock() {
        return request.clock();
    }

    public ComplaintClock getComplaintClock() {
        return request.complaintClock(ComplaintClock.DEFAULT_RESPONSE_WORKING_DAYS);
    }

    /** The day the month runs from, in words; Optionals stay out of the page (Faces' EL unwraps them). */
    public String getStartsOn() {
        return request.clock().startsOn().map(OfficerDates::shown).orElse("the day proof of identity arrives");
    }

    /** The last day to tell the requester of an extension, or empty while the clock does not run. */
    public String getExtensionNoticeBy() {
        return request.clock().extensionNoticeBy().map(OfficerDates::shown).orElse("");
    }

    public String dueOn() {
        return request.dueOn(ComplaintClock.DEFAULT_RESPONSE_WORKING_DAYS).map(OfficerDates::shown).orElse("Not known while the clock is not running");
    }

    public boolean isOverdue() {
        return request.overdueOn(requests.today(), ComplaintClock.DEFAULT_RESPONSE_WORKING_DAYS);
    }

    public boolean isAwaitingIdentity() {
        return request.clock().state() == RequestClock.State.WAITING_FOR_IDENTITY;
    }

    public boolean isStoppedForClarification() {
        return request.clock().state() == RequestClock.State.STOPPED_FOR_CLARIFICATION;
    }

    public boolean isExtendable() {
        return isOnStatutoryClock() && request.isOpen() && request.extensionToldOn() == null && request.decision() == null
                && request.clock().state() == RequestClock.State.RUNNING;
    }

    public String day(LocalDate date) {
        return date == null ? "" : OfficerDates.shown(date);
    }

    public String when(RequestStep step) {
        return UkTime.of(step.happenedAt());
    }

    public RequestDecision[] getDecisions() {
        return RequestDecision.values();
    }

    public DataProtectionRequest getRequest() {
        return request;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public LocalDate getIdentityAskedOn() {
        return identityAskedOn;
    }

    public void setIdentityAskedOn(LocalDate identityAskedOn) {
        this.identityAskedOn = identityAskedOn;
    }

    public String getIdentityAskedWhat() {
        return identityAskedWhat;
    }

    public void setIdentityAskedWhat(String identityAskedWhat) {
        this.identityAskedWhat = identityAskedWhat;
    }

    public LocalDate getIdentityReceivedOn() {
        return identityReceivedOn;
    }

    public void setIdentityReceivedOn(LocalDate identityReceivedOn) {
        this.identityReceivedOn = identityReceivedOn;
    }

    public String getIdentityHow() {
        return identityHow;
    }

    public void setIdentityHow(String identityHow) {
        this.identityHow = identityHow;
    }

    public LocalDate getClarificationAskedOn() {
        return clarificationAskedOn;
    }

    public void setClarificationAskedOn(LocalDate clarificationAskedOn) {
        this.clarificationAskedOn = clarificationAskedOn;
    }

    public String getClarificationWhat() {
        return clarificationWhat;
    }

    public void setClarificationWhat(String clarificationWhat) {
        this.clarificationWhat = clarificationWhat;
    }

    public LocalDate getClarificationAnsweredOn() {
        return clarificationAnsweredOn;
    }

    public void setClarificationAnsweredOn(LocalDate clarificationAnsweredOn) {
        this.clarificationAnsweredOn = clarificationAnsweredOn;
    }

    public LocalDate getExtensionToldOn() {
        return extensionToldOn;
    }

    public void setExtensionToldOn(LocalDate extensionToldOn) {
        this.extensionToldOn = extensionToldOn;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public RequestDecision getDecision() {
        return decision;
    }

    public void setDecision(RequestDecision decision) {
        this.decision = decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }

    public void setRespondedOn(LocalDate respondedOn) {
        this.respondedOn = respondedOn;
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
}

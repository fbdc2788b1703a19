package org.pupilsupport.core.privacy.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pupilsupport.core.audit.UtcTimestampConverter;
import org.pupilsupport.core.tenancy.TenantScopedEntity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A request a person made to the borough about a child's information: a data subject's right (UK GDPR Articles 15 to
 * 22, on the clock of Articles 12(3) and 12A) or a complaint to the controller (DPA 2018 s164A). It names the children
 * it concerns by their records, who asked and with what standing, how identity was checked, and every step taken, so
 * that the DPO can show the ICO what was done and when.
 */
@Entity
@Table(name = "DP_REQUEST")
public class DataProtectionRequest extends TenantScopedEntity {

    public static final String PREFIX = "DPR";

    /** Unique across the installation, like case numbers, so a reference names one request. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "requestNumbers")
    @SequenceGenerator(name = "requestNumbers", sequenceName = "DP_REQUEST_NUMBER_SEQ", allocationSize = 1)
    @Column(name = "NUMBER")
    private Long number;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private RequestKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "REQUESTER_ROLE", nullable = false, length = 20)
    private RequesterRole requesterRole;

    @Column(name = "REQUESTER_NAME", nullable = false, length = DataProtectionRequests.LONGEST_NAME)
    private String requesterName;

    @Column(name = "REQUESTER_CONTACT", nullable = false, length = DataProtectionRequests.LONGEST_NOTE)
    private String requesterContact;

    @Enumerated(EnumType.STRING)
    @Column(name = "COMPETENCE", length = 30)
    private ChildCompetence competence;

    @Column(name = "COMPETENCE_NOTE", length = DataProtectionRequests.LONGEST_NOTE)
    private String competenceNote;

    @Column(name = "AUTHORITY_EVIDENCE", length = DataProtectionRequests.LONGEST_NOTE)
    private String authorityEvidence;

    @Column(name = "RECEIVED_ON", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", nullable = false, length = 20)
    private RequestChannel channel;

    @Column(name = "DESCRIPTION", nullable = false, length = DataProtectionRequests.LONGEST_DESCRIPTION)
    private String description;

    @Column(name = "IDENTITY_CHECK", length = DataProtectionRequests.LONGEST_NOTE)
    private String identityCheck;

    @Column(name = "IDENTITY_ASKED_ON")
    private LocalDate identityAskedOn;

    @Column(name = "IDENTITY_RECEIVED_ON")
    private LocalDate identityReceivedOn;

    @Column(name = "EXTENSION_TOLD_ON")
    private LocalDate extensionToldOn;

    @Column(name = "EXTENSION_REASON", length = DataProtectionRequests.LONGEST_NOTE)
    private String extensionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION", length = 30)
    private RequestDecision decision;

    @Column(name = "DECISION_REASON", length = DataProtectionRequests.LONGEST_DESCRIPTION)
    private String decisionReason;

    @Column(name = "DECIDED_ON")
    private LocalDate decidedOn;

    @Column(name = "DECIDED_BY", length = 64)
    private String decidedBy;

    @Column(name = "RESPONDED_ON")
    private LocalDate respondedOn;

    @Column(name = "CARRIED_OUT_AT")
    @Convert(converter = UtcTimestampConverter.class)
    private Instant carriedOutAt;

    @Column(name = "LOGGED_BY", nullable = false, length = 64)
    private String loggedBy;

    @Column(name = "LOGGED_AT", nullable = false)
    @Convert(converter = UtcTimestampConverter.class)
    private Instant loggedAt;

    @ElementCollection
    @CollectionTable(name = "DP_REQUEST_CHILD", joinColumns = @JoinColumn(name = "REQUEST_NUMBER"))
    @Column(name = "CHILD_ID", length = 36)
    @OrderColumn(name = "POSITION")
    private List<String> childIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "DP_REQUEST_PAUSE", joinColumns = @JoinColumn(name = "REQUEST_NUMBER"))
    @OrderBy("askedOn")
    private List<ClarificationPause> pauses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "DP_REQUEST_STEP", joinColumns = @JoinColumn(name = "REQUEST_NUMBER"))
    @OrderBy("happenedAt")
    private List<RequestStep> steps = new ArrayList<>();

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected DataProtectionRequest() {
        // for JPA
    }

    DataProtectionRequest(DataProtectionRequests.NewRequest request, String loggedBy, Instant loggedAt) {
        this.kind = request.kind();
        this.requesterRole = request.requesterRole();
        this.requesterName = request.requesterName();
        this.requesterContact = request.requesterContact();
        this.competence = request.competence();
        this.competenceNote = request.competenceNote();
        this.authorityEvidence = request.authorityEvidence();
        this.receivedOn = request.receivedOn();
        this.channel = request.channel();
        this.description = request.description();
        this.identityCheck = request.identityCheck();
        this.childIds.addAll(request.childIds());
        this.loggedBy = loggedBy;
        this.loggedAt = loggedAt;
        step(loggedAt, loggedBy, "Logged: " + kind.label() + ", received " + receivedOn + " by " + channel.label().toLowerCase(Locale.ROOT));
    }

    void step(Instant at, String by, String what) {
        steps.add(new RequestStep(at, by, what));
    }

    void askForIdentity(LocalDate on) {
        requireOpen();
        if (identityAskedOn != null && identityReceivedOn == null) {
            throw new IllegalArgumentException("Proof of identity was already asked for on " + identityAskedOn);
        }
        if (on.isBefore(receivedOn)) {
            throw new IllegalArgumentException("Proof of identity cannot be asked for before the request arrived on " + receivedOn);
        }
        this.identityAskedOn = on;
        this.identityReceivedOn = null;
    }

    void identityReceived(LocalDate on, String how) {
        requireOpen();
        if (identityAskedOn == null || identityReceivedOn != null) {
            throw new IllegalArgumentException("No proof of identity is awaited");
        }
        if (on.isBefore(identityAskedOn)) {
            throw new IllegalArgumentException("Proof of identity cannot arrive before it was asked for on " + identityAskedOn);
        }
        this.identityReceivedOn = on;
        this.identityCheck = how;
    }

    void askForClarification(LocalDate on, String what) {
        requireOpen();
        if (pauses.stream().anyMatch(ClarificationPause::isOpen)) {
            throw new IllegalArgumentException("The clock is already stopped for clarification");
        }
        if (on.isBefore(receivedOn)) {
            throw new IllegalArgumentException("Clarification cannot be asked for before the request arrived on " + receivedOn);
        }
        pauses.add(new ClarificationPause(on, null, what));
    }

    void clarificationReceived(LocalDate on) {
        requireOpen();
        pauses.stream().filter(ClarificationPause::isOpen).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No clarification is awaited"))
                .answered(on);
    }

    void extend(LocalDate toldOn, String reason) {
        requireOpen();
        if (!kind.onTheStatutoryClock()) {
            throw new IllegalArgumentException("A complaint has no statutory period to extend");
        }
        if (extensionToldOn != null) {
            throw new IllegalArgumentException("The period was already extended on " + extensionToldOn + ": two further months is the most the law allows");
        }
        LocalDate noticeBy = clock().extensionNoticeBy()
                .orElseThrow(() -> new IllegalArgumentException("The clock is not running: an extension can be given only while it runs"));
        if (toldOn.isAfter(noticeBy)) {
            throw new IllegalArgumentException("The requester had to be told of an extension by " + noticeBy + ", within the first month");
        }
        if (toldOn.isBefore(receivedOn)) {
            throw new IllegalArgumentException("The requester cannot be told before the request arrived on " + receivedOn);
        }
        this.extensionToldOn = toldOn;
        this.extensionReason = reason;
    }

    void decide(RequestDecision decision, String reason, LocalDate on, String by) {
        requireOpen();
        if (this.decision != null) {
            throw new IllegalArgumentException("This request was already decided: " + this.decision.label());
        }
        if (on.isBefore(receivedOn)) {
            throw new IllegalArgumentException("A decision cannot come before the request arrived on " + receivedOn);
        }
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedOn = on;
        this.decidedBy = by;
    }

    void responded(LocalDate on) {
        requireOpen();
        if (decision == null) {
            throw new IllegalArgumentException("Decide the request before recording the response");
        }
        if (on.isBefore(decidedOn)) {
            throw new IllegalArgumentException("The response cannot be sent before the decision of " + decidedOn);
        }
        this.respondedOn = on;
    }

    void carriedOut(Instant at) {
        this.carriedOutAt = at;
    }

    void addChild(String childId) {
        requireOpen();
        if (childIds.contains(childId)) {
            throw new IllegalArgumentException("This request already concerns that child");
        }
        childIds.add(childId);
    }

    void removeChild(String childId) {
        requireOpen();
        if (!childIds.contains(childId)) {
            throw new IllegalArgumentException("This request does not concern that child");
        }
        if (childIds.size() == 1) {
            throw new IllegalArgumentException("A request concerns at least one child: add the right child before taking this one away");
        }
        childIds.remove(childId);
    }

    private void requireOpen() {
        if (respondedOn != null) {
            throw new IllegalArgumentException("This request was answered on " + respondedOn + " and is closed");
        }
    }

    public String reference() {
        return reference(number);
    }

    public static String reference(long number) {
        return PREFIX + "-" + String.format(Locale.ROOT, "%06d", number);
    }

    /** The statutory clock (Art 12A), for every kind but a complaint. */
    public RequestClock clock() {
        return new RequestClock(receivedOn, identityAskedOn, identityReceivedOn, pauses, extensionToldOn != null);
    }

    /** A complaint's own clock (s164A). */
    public ComplaintClock complaintClock(int responseWorkingDays) {
        return new ComplaintClock(receivedOn, responseWorkingDays);
    }

    /** The day the response is due, whichever clock applies; empty while the statutory clock is not running. */
    public Optional<LocalDate> dueOn(int complaintResponseWorkingDays) {
        return kind.onTheStatutoryClock() ? clock().dueOn() : Optional.of(complaintClock(complaintResponseWorkingDays).respondBy());
    }

    /** Whether the request is still open after its due day (a clock that does not run is never late). */
    public boolean overdueOn(LocalDate today, int complaintResponseWorkingDays) {
        return isOpen() && dueOn(complaintResponseWorkingDays).map(today::isAfter).orElse(false);
    }

    public boolean isOpen() {
        return respondedOn == null;
    }

    /** A granted erasure, restriction or objection (processing to stop), not yet carried out. */
    public boolean awaitsCarryingOut() {
        return decision != null && decision.grantsSomething() && carriedOutAt == null
                && (kind == RequestKind.ERASURE || kind == RequestKind.RESTRICTION || kind == RequestKind.OBJECTION);
    }

    public long number() {
        return number;
    }

    public RequestKind kind() {
        return kind;
    }

    public RequesterRole requesterRole() {
        return requesterRole;
    }

    public String requesterName() {
        return requesterName;
    }

    public String requesterContact() {
        return requesterContact;
    }

    public ChildCompetence competence() {
        return competence;
    }

    public String competenceNote() {
        return competenceNote;
    }

    public String authorityEvidence() {
        return authorityEvidence;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public RequestChannel channel() {
        return channel;
    }

    public String description() {
        return description;
    }

    public String identityCheck() {
        return identityCheck;
    }

    public LocalDate identityAskedOn() {
        return identityAskedOn;
    }

    public LocalDate identityReceivedOn() {
        return identityReceivedOn;
    }

    public LocalDate extensionToldOn() {
        return extensionToldOn;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public RequestDecision decision() {
        return decision;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDate respondedOn() {
        return respondedOn;
    }

    public Instant carriedOutAt() {
        return carriedOutAt;
    }

    public String loggedBy() {
        return loggedBy;
    }

    public Instant loggedAt() {
        return loggedAt;
    }

    public List<String> childIds() {
        return List.copyOf(childIds);
    }

    public List<ClarificationPause> pauses() {
        return List.copyOf(pauses);
    }

    public List<RequestStep> steps() {
        return List.copyOf(steps);
    }
}

package org.pupilsupport.core.privacy.requests;

import static org.pupilsupport.core.time.Clocks.ENGLAND;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.privacy.ChildErasure;
import org.pupilsupport.core.privacy.ErasureGround;
import org.pupilsupport.core.privacy.RecordRestrictions;
import org.pupilsupport.core.tenancy.TenantEntityManagers;
import org.pupilsupport.core.validation.FieldProblems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The borough's register of data protection requests and complaints. Officers log what they receive (a request
 * needs no form and may be made to anyone in the service); the DPO works each one on its clock: proof of identity,
 * clarification, extension, decision, response, and carrying out a granted erasure or restriction with the
 * mechanisms of {@link ChildErasure} and {@link RecordRestrictions}. Every step is written to the request's history
 * and to the audit trail.
 */
@ApplicationScoped
@Transactional
public class DataProtectionRequests {

    public static final int LONGEST_NAME = 200;
    public static final int LONGEST_NOTE = 500;
    public static final int LONGEST_DESCRIPTION = 4000;
    /** How far ahead the DPO's day looks for duties falling due. */
    public static final int DAYS_AHEAD = 7;

    static final String SUBJECT = "data protection request";

    private static final Pattern REFERENCE = Pattern.compile("(?i)DPR-?0*(\\d{1,12})");

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    AuditTrail audit;

    @Inject
    Actor actor;

    @Inject
    Clock clock;

    @Inject
    ChildErasure erasure;

    @Inject
    RecordRestrictions restrictions;

    /**
     * What an officer writes down when a request arrives.
     *
     * @param competence for a parent's or carer's request only: whether the child understands it
     * @param authorityEvidence for a representative only: the written authority seen
     * @param identityCheck how the requester's identity was checked, if it was at receipt (for example "known parent,
     *                      met at the school"); proof asked for later is recorded by the DPO
     */
    public record NewRequest(RequestKind kind, RequesterRole requesterRole, String requesterName, String requesterContact,
                             ChildCompetence competence, String competenceNote, String authorityEvidence, LocalDate receivedOn,
                             RequestChannel channel, String description, String identityCheck, List<String> childIds) {

        public NewRequest {
            childIds = childIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(childIds));
        }
    }

    /**
     * Logs a request received, with the children it concerns chosen from their records.
     *
     * @return the request's reference, e.g. DPR-000012
     * @throws org.pupilsupport.core.validation.InvalidCommandException naming each field that is missing or wrong
     */
    @Requires(Permission.LOG_DATA_PROTECTION_REQUESTS)
    public String log(NewRequest request) {
        LocalDate today = today();
        FieldProblems problems = new FieldProblems();
        if (request.kind() == null) {
            problems.add("kind", "Choose what the person asks for");
        }
        if (request.requesterRole() == null) {
            problems.add("requesterRole", "Choose who is asking");
        }
        String name = text(problems, "requesterName", request.requesterName(), LONGEST_NAME, "Enter the name of the person asking");
        String contact = text(problems, "requesterContact", request.requesterContact(), LONGEST_NOTE,
                "Enter how to reach the person asking (address, email or telephone)");
        String competenceNote = null;
        String authority = null;
        if (request.requesterRole() == RequesterRole.PARENT_OR_CARER) {
            if (request.competence() == null) {
                problems.add("competence", "Say whether the child understands the request: the right is the child's");
            }
            competenceNote = text(problems, "competenceNote", request.competenceNote(), LONGEST_NOTE,
                    "Say how the child's understanding was considered (for example their age and what they said)");
        } else if (request.requesterRole() == RequesterRole.REPRESENTATIVE) {
            authority = text(problems, "authorityEvidence", request.authorityEvidence(), LONGEST_NOTE,
                    "Describe the written authority seen (for example a signed letter of authority from the parent)");
        }
        if (request.receivedOn() == null) {
            problems.add("receivedOn", "Enter the day the request was received");
        } else if (request.receivedOn().isAfter(today)) {
            problems.add("receivedOn", "The day received cannot be in the future");
        }
        if (request.channel() == null) {
            problems.add("channel", "Choose how the request arrived");
        }
        String description = text(problems, "description", request.description(), LONGEST_DESCRIPTION,
                "Describe what the person asks for, in their words where possible");
        String identityCheck = optionalText(problems, "identityCheck", request.identityCheck(), LONGEST_NOTE);
        EntityManager entityManager = entityManagers.current();
        if (request.childIds().isEmpty()) {
            problems.add("children", "Find and add the child or children the request is about");
        } else if (request.childIds().stream().anyMatch(childId -> entityManager.find(Child.class, childId) == null)) {
            problems.add("children", "A child chosen is no longer on the borough's records: find them again");
        }
        problems.throwIfAny();
        NewRequest checked = new NewRequest(request.kind(), request.requesterRole(), name, contact,
                request.requesterRole() == RequesterRole.PARENT_OR_CARER ? request.competence() : null, competenceNote, authority,
                request.receivedOn(), request.channel(), description, identityCheck, request.childIds());
        DataProtectionRequest logged = new DataProtectionRequest(checked, actor.username(), clock.instant());
        entityManager.persist(logged);
        entityManager.flush();
        audit.record(new AuditEvent(AuditAction.CREATE, SUBJECT, logged.reference(), AuditOutcome.SUCCESS, null,
                logged.kind().label() + "; children " + String.join(", ", logged.childIds())));
        return logged.reference();
    }

    /** @throws RequestNotFoundException if the borough has no such request */
    @Requires(Permission.HANDLE_DATA_PROTECTION_REQUESTS)
    public DataProtectionRequest find(String reference) {
        DataProtectionRequest request = byReference(reference);
        audit.record(AuditEvent.about(AuditAction.VIEW, SUBJECT, request.reference(), AuditOutcome.SUCCESS));
        return request;
    }

    /** The register: open requests (or every request), the soonest due first, then the newest. */
    @Requires(Permission.HANDLE_DATA_PROTECTION_REQUESTS)
    public List<DataProtectionRequest> register(boolean includeClosed) {
        List<DataProtectionRequest> requests = entityManagers.current()
                .createQuery("SELECT r FROM DataProtectionRequest r" + (includeClosed ? "" : " WHERE r.respondedOn IS NULL")
                        + " ORDER BY r.number DESC", DataProtectionRequest.class)
                .getResultList();
        return requests.stream()
                .sorted(Comparator.comparing((DataProtectionRequest r) -> !r.isOpen())
                        .thenComparing(r -> r.dueOn(ComplaintClock.DEFAULT_RESPONSE_WORKING_DAYS).orElse(LocalDate.MAX)))
                .toList();
    }

    /** The DPO's day: every dated duty of an open request that is overdue or falls due within {@link #DAYS_AHEAD} days. */
    @Requires(Permission.HANDLE_DATA_PROTECTION_REQUESTS)
    public List<DeskTask> dueSoon() {
        LocalDate today = today();
        LocalDate horizon = today.plusDays(DAYS_AHEAD);
        List<DeskTask> tasks = new ArrayList<>();
        for (DataProtectionRequest request : register(false)) {
            if (request.kind().onTheStatutoryClock()) {
                RequestClock requestClock = request.clock();
                requestClock.dueOn().ifPresent(due -> tasks.add(new DeskTask(request.reference(), request.kind(),
                        request.decision() == null ? "Decide and respond" : "Send the response", due, today.isAfter(due))));
                if (request.extensionToldOn() == null && request.decision() == null) {
                    requestClock.extensionNoticeBy().filter(by -> !by.equals(requestClock.dueOn().orElse(null)))
                            .ifPresent(by -> tasks.add(new DeskTask(request.reference(), request.kind(), "Last day to tell of an extension", by, false)));
                }
            } else {
                ComplaintClock complaintClock = request.complaintClock(ComplaintClock.DEFAULT_RESPONSE_WORKING_DAYS);
                tasks.add(new DeskTask(request.reference(), request.kind(), "Tell the complainant the outcome", complaintClock.respondBy(),
                        today.isAfter(complaintClock.respondBy())));
            }
            if (request.awaitsCarryingOut()) {
                tasks.add(new DeskTask(request.reference(), request.kind(), "Carry out the " + request.kind().name().toLowerCase(Locale.ROOT)
                        + " granted", request.decidedOn(), false));
            }
        }
        return tasks.stream().filter(task -> task.overdue() || !task.dueOn().isAfter(horizon))
                .sorted(Comparator.comparing(DeskTask::dueOn)).toList();
    }

    /** Proof of identity asked for: the clock does not start until it arrives (Art 12A(3)(b)). */
    @Requires(Permission.HANDLE_DATA_PROTECTION_REQUESTS)
    public void askForIdentity(String reference, LocalDate on, String what) {
        String asked = requiredNote("identityAskedWhat", what, "Say what proof was asked for");
        LocalDate day = pastOrToday("identityAskedOn", on);
        change(reference, request -> request.askForIdentity(day), "Proof of identity asked for on " + day + ": " + asked);
    }

    @Requires(Permission.HANDLE_DATA_PROTECTION_REQUESTS)
    public void identityReceived(String reference, LocalDate on, String how) {
        String checked = requiredNote("identityHow", how, "Say what proof arrived and how it was checked");
        LocalDate day = pastOrToday("identityReceivedOn", on);
        change(reference, request -> request.identityReceived(day, checked), "Proof of identity received on " + day + ": " + checked);
    }

    /** Clarification asked for: the clock stops from that day until the answer arrives (Art 12A(4)). */
    @Requires(Permission.HANDLE_DATA_PROTECTION_REQUESTS)
    public void askForClarification(String reference, LocalDate on, String what) {
        String asked = requiredNote("clarificationWhat", what, "Say what the requester was asked to clarify");
        LocalDate day = pastOrToday("clarificationAskedOn", on);
        change(reference, request -> request.askForClarification(day, asked), "Clarification asked for on " + day + ": " + asked);
    }

    @Requires(Permission.HANDLE_DATA_PROTECTION_REQUESTS)
    public void clarificationReceived(String reference, LocalDate on) {
        LocalDate day = pastOrToday("clarificationAnsweredOn", on);
        change(reference, request -> request.clarificationReceived(day), "Clarification received on " + day + ": the clock runs again");
    }

    /** Two further months for a complex request, told to the requester with reasons within the first month (Art 12A(5), (6)). */
    @Requires(Permission.HANDLE_DATA_PROTECTION_REQUESTS)
    public void extend(String reference, LocalDate toldOn, String reason) {
        String why = requiredNote("extensionReason", reason, "Say why the request is complex enough to need more time, as told to the requester");
        LocalDate day = pastOrToday("extensionToldOn", toldOn);
        change(reference, request -> request.extend(day, why), "Extended by two months; requester told on " + day + ": " + why);
    }

    @Requires(Permission.HANDLE_DATA_PROTECTION_REQUESTS)
    public void decide(String reference, RequestDecision decision, String reason, LocalDate on) {
        FieldProblems problems = new FieldProblems();
        if (decision == null) {
            problems.add("decision", "Choose the decision");
        }
        String why = text(problems, "decisionReason", reason, LONGEST_DESCRIPTION, "Give the reasons for the decision, as told to the requester");
        problems.throwIfAny();
        LocalDate day = pastOrToday("decidedOn", on);
        change(reference, request -> request.decide(decision, why, day, actor.username()), "Decided on " + day + ": " + decision.label() + ". " + why);
    }

    /** The response sent: the request is closed and its clock stops for good. */
    @Requires(Permission.HANDLE_DATA_PROTECTION_REQUESTS)
    public void responded(String reference, LocalDate on) {
        LocalDate day = pastOrToday("respondedOn", on);
        change(reference, request -> request.responded(day), "Response sent on " + day + "; request closed");
    }

    @Requires(Permission.HANDLE_DATA_PROTECTION_REQUESTS)
    public void addChild(String reference, String childId) {
        if (childId == null || entityManagers.current().find(Child.class, childId) == null) {
            FieldProblems problems = new FieldProblems();
            problems.add("children", "That child is not on the borough's records: find them again");
            problems.throwIfAny();
        }
        change(reference, request -> request.addChild(childId), "Child record " + childId + " added");
    }

    @Requires(Permission.HANDLE_DATA_PROTECTION_REQUESTS)
    public void removeChild(String reference, String childId) {
        change(reference, request -> request.removeChild(childId), "Child record " + childId + " taken off the request");
    }

    /**
     * Carries out a granted erasure, restriction or objection on every child the request concerns, in one transaction:
     * either all are done or none (a legal hold on one refuses an erasure as a whole). An objection granted means the
     * service could not show compelling legitimate grounds (UK GDPR Article 21(1)), so processing stops: the record is
     * restricted and says why wherever it is shown.
     *
     * @throws org.pupilsupport.core.privacy.RecordHeldException if a record is under legal hold
     */
    @Requires(Permission.HANDLE_DATA_PROTECTION_REQUESTS)
    public void carryOut(String reference) {
        DataProtectionRequest request = byReference(reference);
        if (!request.awaitsCarryingOut()) {
            throw new IllegalArgumentException("Only a granted erasure, restriction or objection not yet carried out can be carried out");
        }
        String why = "Request " + request.reference() + " granted on " + request.decidedOn();
        for (String childId : request.childIds()) {
            if (request.kind() == RequestKind.ERASURE) {
                erasure.erase(childId, ErasureGround.ERASURE_REQUEST, why);
            } else if (request.kind() == RequestKind.OBJECTION) {
                restrictions.stopProcessing(childId, request.reference());
            } else if (restrictions.inForce(childId).isEmpty()) {
                restrictions.restrict(childId, why);
            }
        }
        request.carriedOut(clock.instant());
        String done = switch (request.kind()) {
            case ERASURE -> "Erased";
            case OBJECTION -> "Stopped the processing of";
            default -> "Restricted";
        };
        String what = done + " the records of " + request.childIds().size() + " child(ren)";
        request.step(clock.instant(), actor.username(), what);
        audit.record(new AuditEvent(AuditAction.UPDATE, SUBJECT, request.reference(), AuditOutcome.SUCCESS, null, what));
    }

    private void change(String reference, Consumer<DataProtectionRequest> step, String what) {
        DataProtectionRequest request = byReference(reference);
        step.accept(request);
        request.step(clock.instant(), actor.username(), what);
        audit.record(new AuditEvent(AuditAction.UPDATE, SUBJECT, request.reference(), AuditOutcome.SUCCESS, null, what));
    }

    private DataProtectionRequest byReference(String reference) {
        Matcher matcher = REFERENCE.matcher(reference == null ? "" : reference.strip());
        DataProtectionRequest request = matcher.matches()
                ? entityManagers.current().find(DataProtectionRequest.class, Long.parseLong(matcher.group(1))) : null;
        if (request == null) {
            audit.record(AuditEvent.about(AuditAction.VIEW, SUBJECT, reference, AuditOutcome.NOT_FOUND));
            throw new RequestNotFoundException(reference);
        }
        return request;
    }

    /** Today in England, the day every clock of the desk is read on. */
    @Requires(Permission.LOG_DATA_PROTECTION_REQUESTS)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ENGLAND));
    }

    private LocalDate pastOrToday(String field, LocalDate day) {
        FieldProblems problems = new FieldProblems();
        if (day == null) {
            problems.add(field, "Enter the date");
        } else if (day.isAfter(today())) {
            problems.add(field, "The date cannot be in the future");
        }
        problems.throwIfAny();
        return day;
    }

    private static String requiredNote(String field, String text, String missing) {
        FieldProblems problems = new FieldProblems();
        String checked = text(problems, field, text, LONGEST_NOTE, missing);
        problems.throwIfAny();
        return checked;
    }

    private static String text(FieldProblems problems, String field, String text, int longest, String missing) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            problems.add(field, missing);
            return null;
        }
        if (stripped.length() > longest) {
            problems.add(field, "Use " + longest + " characters or fewer");
            return null;
        }
        return stripped;
    }

    private static String optionalText(FieldProblems problems, String field, String text, int longest) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > longest) {
            problems.add(field, "Use " + longest + " characters or fewer");
        }
        return stripped.isEmpty() ? null : stripped;
    }
}

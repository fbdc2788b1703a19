package org.pupilsupport.core.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRepository;
import org.pupilsupport.core.children.CompulsorySchoolAge;
import org.pupilsupport.core.children.RollDeletion;
import org.pupilsupport.core.children.Upn;
import org.pupilsupport.core.reference.ReferenceData;
import org.pupilsupport.core.schools.School;
import org.pupilsupport.core.schools.SchoolRegister;
import org.pupilsupport.core.time.Clocks;
import org.pupilsupport.core.validation.FieldProblems;

/**
 * A school's return (a deletion from roll, a suspension or exclusion, a reduced timetable, a managed move)
 * received as one act: the return is checked as a whole, the child is found by UPN (or by name and date of
 * birth) or recorded, and a case is opened in the return's area with its facts, awaiting allocation. Nothing
 * is written unless all of it is valid.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = org.pupilsupport.core.children.RecordRestrictedException.class)
public class SchoolNotifications {

    static final int LONGEST_TEXT = 200;

    @Inject
    ChildRepository children;

    @Inject
    ChildRegister childRegister;

    @Inject
    SchoolRegister schools;

    @Inject
    CaseRepository cases;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    ReferenceData referenceData;

    @Inject
    AuditTrail audit;

    @Inject
    Actor actor;

    @Inject
    Clock clock;

    /** The child as the school names them. The UPN is optional; name and date of birth are not. */
    public record ChildAsNotified(String upn, String forename, String surname, LocalDate dateOfBirth) {
    }

    /**
     * A deletion return (PR 2024 reg 13): the ground and the date of deletion; each parent the pupil lives with,
     * with an address and a telephone number; and where the child went, if the school knows.
     *
     * @param firstDayAbsent         ground (i) only: the first day of the continuous absence
     * @param homeEducationNoticeOn  ground (f) only: the date of the parent's written notice
     * @param parents                one or two; blank rows are ignored
     */
    public record DeletionReturn(String ground, LocalDate deletedOn, LocalDate firstDayAbsent, LocalDate homeEducationNoticeOn,
                                 List<RollDeletion.Parent> parents, String newAddress, String destinationLaCode, Integer newSchoolUrn) {
    }

    public record TimetableNotice(BigDecimal hoursPerWeek, BigDecimal fullTimeHoursPerWeek, LocalDate startDate, LocalDate plannedEndDate,
                                  String reason) {
    }

    public record MoveNotice(Integer receivingSchoolUrn, LocalDate parentConsentOn, LocalDate receivingSchoolConsentOn, LocalDate startDate,
                             LocalDate decisionDue, String plan) {
    }

    /** One return; only the part for its kind is read. */
    public record SchoolNotification(NotificationKind kind, Integer schoolUrn, LocalDate receivedOn, ChildAsNotified child, String summary,
                                     DeletionReturn deletion, Casework.ExclusionNotice exclusion, TimetableNotice timetable, MoveNotice move) {
    }

    /**
     * What receiving a return did.
     *
     * @param reference the case opened, or null for a deletion recorded on the child only
     * @param route     for a deletion return, what its ground started; null for other returns
     */
    public record Received(CaseReference reference, String childId, boolean childNewlyRecorded, DeletionRoute route) {
    }

    /**
     * Receives a school's return.
     *
     * @throws IllegalArgumentException with an officer-readable message when any part is invalid; nothing is written then
     */
    @Requires(Permission.WORK_ON_CASES)
    public Received receive(SchoolNotification notification) {
        Objects.requireNonNull(notification, "notification");
        NotificationKind kind = Text.present(notification.kind(), "Choose the kind of return");
        School school = schools.require(Text.present(notification.schoolUrn(), "Enter the URN of the school that sent the return"));
        LocalDate today = LocalDate.now(clock.withZone(Clocks.ENGLAND));
        LocalDate receivedOn = Text.present(notification.receivedOn(), "Enter the date the return was received");
        ChildAsNotified named = Text.present(notification.child(), "Enter the child's details");
        if (kind == NotificationKind.DELETION) {
            return receiveDeletion(notification, school, receivedOn, named, today);
        }
        // Every part is checked before anything is written; the facts are built now and applied below.
        Details details = checkedDetails(notification, today);
        String summary = summaryOf(notification, school);

        boolean newlyRecorded = false;
        String childId = existingChild(named);
        refuseIfRestricted(childId);
        if (childId == null) {
            childId = childRegister.register(new ChildRegister.NewChild(named.forename(), null, named.surname(), named.dateOfBirth(), named.upn()));
            newlyRecorded = true;
        }
        Case aCase = Case.forChild(kind.area(), childId, school.urn(), CaseSource.SCHOOL_NOTIFICATION, receivedOn, summary, actor.username(),
                clock.instant(), today);
        cases.add(aCase);
        details.applyTo(aCase, actor.username(), clock);
        deadlines.refresh(aCase);
        audit.record(AuditEvent.about(AuditAction.CREATE, Casework.SUBJECT, aCase.reference().toString(), AuditOutcome.SUCCESS)
                .withDetails(kind.label() + " return from school " + school.urn() + " for child " + childId
                        + (newlyRecorded ? " (child newly recorded)" : " (child already known to the borough)")));
        return new Received(aCase.reference(), childId, newlyRecorded, null);
    }

    /**
     * A deletion return, routed by its ground ({@link DeletionRoute}): a case of the area the ground calls for,
     * or none; the deletion is kept on the child in every case. Checked whole before anything is written.
     */
    private Received receiveDeletion(SchoolNotification notification, School school, LocalDate receivedOn, ChildAsNotified named, LocalDate today) {
        DeletionReturn deletion = Text.present(notification.deletion(), "Enter the deletion return's details");
        FieldProblems problems = new FieldProblems();
        String ground = problems.check("ground", () -> referenceData.requireCurrent(Casework.DELETION_GROUNDS,
                Text.required(deletion.ground(), "the ground for deletion", 2)));
        problems.check("deletedOn", () -> Text.present(deletion.deletedOn(), "Enter the date the pupil's name is, or is to be, deleted"));
        if ("I".equals(ground) && deletion.firstDayAbsent() == null) {
            problems.add("firstDayAbsent", "Ground (i) needs the first day of the 20 school days' absence");
        }
        if ("F".equals(ground) && deletion.homeEducationNoticeOn() == null) {
            problems.add("noticeOn", "Ground (f) needs the date of the parent's written notice");
        }
        if (deletion.homeEducationNoticeOn() != null && deletion.homeEducationNoticeOn().isAfter(today)) {
            problems.add("noticeOn", "The parent's notice cannot be dated in the future");
        }
        List<RollDeletion.Parent> parents = checkedParents(deletion.parents(), problems);
        if (deletion.newSchoolUrn() != null) {
            problems.check("newSchoolUrn", () -> schools.require(deletion.newSchoolUrn()));
        }
        String newAddress = problems.check("newAddress", () -> Text.optional(deletion.newAddress(), "the new address", LONGEST_TEXT));
        MissingEducation missingEducation = ground == null ? null : problems.check(null, () -> new MissingEducation(ground, deletion.firstDayAbsent(),
                deletion.destinationLaCode(), null, today));
        problems.check("note", () -> Text.optional(notification.summary(), "the note", 1000));
        problems.throwIfAny();
        String summary = summaryOf(notification, school);

        DeletionRoute route = DeletionRoute.of(ground, named.dateOfBirth(), deletion.deletedOn());
        boolean ofCompulsorySchoolAge = named.dateOfBirth() == null || CompulsorySchoolAge.on(named.dateOfBirth(), deletion.deletedOn());
        HomeEducation homeEducation = route == DeletionRoute.HOME_EDUCATION
                ? new HomeEducation(deletion.homeEducationNoticeOn(), true, null, null, null, null, null, null, null, today) : null;
        boolean newlyRecorded = false;
        String childId = existingChild(named);
        refuseIfRestricted(childId);
        if (childId == null) {
            childId = childRegister.register(new ChildRegister.NewChild(named.forename(), null, named.surname(), named.dateOfBirth(), named.upn()));
            newlyRecorded = true;
        }
        Case aCase = switch (route) {
            case MISSING_EDUCATION -> Case.forChild(ServiceArea.MISSING_EDUCATION, childId, school.urn(), CaseSource.SCHOOL_NOTIFICATION, receivedOn,
                    summary, actor.username(), clock.instant(), today);
            case HOME_EDUCATION -> Case.forChild(ServiceArea.ELECTIVE_HOME_EDUCATION, childId, school.urn(), CaseSource.SCHOOL_NOTIFICATION,
                    receivedOn, summary, actor.username(), clock.instant(), today);
            case RECORDED_ON_CHILD -> null;
        };
        if (aCase != null) {
            cases.add(aCase);
            if (route == DeletionRoute.MISSING_EDUCATION) {
                aCase.recordMissingEducation(missingEducation, actor.username(), clock.instant());
            } else {
                aCase.recordHomeEducation(homeEducation, actor.username(), clock.instant());
            }
            deadlines.refresh(aCase);
        }
        String handledAs = aCase != null ? route.label() + " was opened: " + aCase.reference()
                : !ofCompulsorySchoolAge ? "no case opened: not of compulsory school age on " + deletion.deletedOn() + " (reg 9(3) applies)"
                : "no case opened: ground (" + ground.toLowerCase(java.util.Locale.ROOT) + ") is not a child missing education";
        childRegister.recordRollDeletion(childId, new RollDeletion(school.urn(), ground, deletion.deletedOn(), receivedOn, parents,
                missingEducation.destinationLaCode(), deletion.newSchoolUrn(), newAddress, handledAs));
        if (aCase != null) {
            // With no case, the child's own entry for the deletion is the trail of the return.
            audit.record(AuditEvent.about(AuditAction.CREATE, Casework.SUBJECT, aCase.reference().toString(), AuditOutcome.SUCCESS)
                    .withDetails("deletion return (ground " + ground + ") from school " + school.urn() + " for child " + childId + ": " + handledAs
                            + (newlyRecorded ? " (child newly recorded)" : " (child already known to the borough)")));
        }
        return new Received(aCase == null ? null : aCase.reference(), childId, newlyRecorded, route);
    }

    /** One or two parents the child lives with, each with an address and a telephone number (PR 2024 reg 13). */
    private static List<RollDeletion.Parent> checkedParents(List<RollDeletion.Parent> given, FieldProblems problems) {
        List<RollDeletion.Parent> parents = new java.util.ArrayList<>();
        List<RollDeletion.Parent> rows = given == null ? List.of() : given;
        for (int i = 0; i < rows.size() && i < 2; i++) {
            RollDeletion.Parent row = rows.get(i);
            if (row == null || (isBlank(row.name()) && isBlank(row.address()) && isBlank(row.phone()))) {
                continue;
            }
            String which = i == 0 ? "the first parent" : "the second parent";
            int number = i + 1;
            String name = problems.check("parentName" + number, () -> Text.required(row.name(), "the name of " + which, LONGEST_TEXT));
            String address = problems.check("parentAddress" + number, () -> Text.required(row.address(), "the address of " + which, LONGEST_TEXT));
            String phone = problems.check("parentPhone" + number, () -> Text.required(row.phone(), "a telephone number for " + which, 40));
            parents.add(new RollDeletion.Parent(name, address, phone));
        }
        if (parents.isEmpty() && !problems.has("parentName1")) {
            problems.add("parentName1", "Enter the parent the pupil lives with, with an address and a telephone number");
        }
        return parents;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * A return about a child whose record is restricted is refused before anything is written: the officer is told to
     * ask the data protection officer, who can lift the restriction if the return must be recorded.
     */
    private void refuseIfRestricted(String childId) {
        if (childId != null && children.find(childId).map(Child::isRestricted).orElse(false)) {
            audit.record(AuditEvent.about(AuditAction.CREATE, Casework.SUBJECT, null, AuditOutcome.REFUSED)
                    .withDetails("a return about child " + childId + ", whose record is restricted"));
            throw new org.pupilsupport.core.children.RecordRestrictedException();
        }
    }

    /** The child the return names: by UPN when given, else by legal name and date of birth when exactly one matches. */
    private String existingChild(ChildAsNotified named) {
        Text.required(named.forename(), "the child's forename", 100);
        Text.required(named.surname(), "the child's surname", 100);
        Text.present(named.dateOfBirth(), "Enter the child's date of birth");
        if (named.upn() != null && !named.upn().isBlank()) {
            Upn upn = Upn.parse(named.upn());
            Child byUpn = children.findByUpn(upn).orElse(null);
            if (byUpn != null && !byUpn.dateOfBirth().equals(named.dateOfBirth())) {
                throw new IllegalArgumentException("UPN " + upn.value() + " belongs to a child of the borough with another date of birth: check the return");
            }
            if (byUpn != null) {
                return byUpn.id();
            }
        }
        List<Child> byName = children.findByNameAndDateOfBirth(named.forename().strip(), named.surname().strip(), named.dateOfBirth());
        if (byName.size() > 1) {
            throw new IllegalArgumentException("Several children of the borough have this name and date of birth: enter the UPN from the return");
        }
        return byName.isEmpty() ? null : byName.get(0).id();
    }

    /** The kind's facts, checked. */
    private interface Details {
        void applyTo(Case aCase, String by, Clock clock);
    }

    private Details checkedDetails(SchoolNotification notification, LocalDate today) {
        return switch (notification.kind()) {
            case DELETION -> throw new IllegalStateException("A deletion return is routed by its ground: see receiveDeletion");
            case EXCLUSION -> {
                Casework.ExclusionNotice notice = Text.present(notification.exclusion(), "Enter the exclusion's details");
                // The return's own date is when the notice reached the authority, unless the notice says otherwise.
                Casework.ExclusionNotice dated = notice.notifiedOn() != null ? notice : new Casework.ExclusionNotice(notice.category(),
                        notice.startDate(), notice.lengthInSchoolDays(), notice.reasonCodes(), notification.receivedOn(), notice.missesPublicExam(),
                        notice.parentsMadeRepresentations());
                Exclusion facts = Casework.checkedExclusion(referenceData, dated, today);
                yield (aCase, by, clock) -> aCase.recordExclusion(facts, by, clock.instant());
            }
            case REDUCED_TIMETABLE -> {
                TimetableNotice notice = Text.present(notification.timetable(), "Enter the reduced timetable's details");
                ReducedTimetable facts = new ReducedTimetable(notification.receivedOn(), notice.hoursPerWeek(), notice.fullTimeHoursPerWeek(),
                        notice.startDate(), notice.plannedEndDate(), notice.reason(), today);
                yield (aCase, by, clock) -> aCase.recordReducedTimetable(facts, by, clock.instant());
            }
            case MANAGED_MOVE -> {
                MoveNotice notice = Text.present(notification.move(), "Enter the managed move's details");
                if (notice.receivingSchoolUrn() != null) {
                    schools.require(notice.receivingSchoolUrn());
                }
                ManagedMove facts = new ManagedMove(notification.schoolUrn(), notice.receivingSchoolUrn(), notice.parentConsentOn(),
                        notice.receivingSchoolConsentOn(), notice.startDate(), notice.decisionDue(), notice.plan(), today);
                yield (aCase, by, clock) -> aCase.recordManagedMove(facts, by, clock.instant());
            }
        };
    }

    private static String summaryOf(SchoolNotification notification, School school) {
        StringBuilder summary = new StringBuilder(notification.kind().label()).append(" return from ").append(school.name()).append('.');
        if (notification.kind() == NotificationKind.DELETION) {
            DeletionReturn deletion = notification.deletion();
            summary.append(" Deleted from the roll on ").append(deletion.deletedOn()).append(" under ground (")
                    .append(deletion.ground().strip().toLowerCase(java.util.Locale.ROOT)).append(").");
            List<String> parents = deletion.parents().stream().filter(parent -> parent != null && !isBlank(parent.name()))
                    .map(parent -> parent.name().strip() + ", " + parent.address().strip() + ", telephone " + parent.phone().strip()).toList();
            summary.append(" Parents the pupil lives with: ").append(String.join("; ", parents)).append('.');
            if (deletion.newAddress() != null && !deletion.newAddress().isBlank()) {
                summary.append(" New address if known: ").append(Text.optional(deletion.newAddress(), "the new address", LONGEST_TEXT)).append('.');
            }
            if (deletion.newSchoolUrn() != null) {
                summary.append(" New school: URN ").append(deletion.newSchoolUrn()).append('.');
            }
        }
        String note = Text.optional(notification.summary(), "the note", 1000);
        if (note != null) {
            summary.append(' ').append(note);
        }
        return summary.toString();
    }
}

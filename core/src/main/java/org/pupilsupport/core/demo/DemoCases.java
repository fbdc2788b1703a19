package org.pupilsupport.core.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pupilsupport.core.cases.AbsenceRecording;
import org.pupilsupport.core.cases.CaseOutcome;
import org.pupilsupport.core.cases.CaseSource;
import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.Casework.ExclusionNotice;
import org.pupilsupport.core.cases.Casework.HomeEducationFacts;
import org.pupilsupport.core.cases.Casework.NewChildCase;
import org.pupilsupport.core.cases.Commissioner;
import org.pupilsupport.core.cases.ConsultancyTopic;
import org.pupilsupport.core.cases.ContactChannel;
import org.pupilsupport.core.cases.EnquiryKind;
import org.pupilsupport.core.cases.ExclusionCategory;
import org.pupilsupport.core.cases.GoverningBoardDecision;
import org.pupilsupport.core.cases.SchoolBelief;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.cases.Suitability;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildSummary;
import org.pupilsupport.core.teams.Team;
import org.pupilsupport.core.time.Clocks;

/**
 * Invented cases in every service area, dated around today so the dashboard has tasks overdue, due this week
 * and later, notifications waiting for allocation, and closed cases with outcomes. Everything here is
 * invented for the demo; it runs as the system in one borough at a time.
 */
@ApplicationScoped
public class DemoCases {

    @Inject
    Casework casework;

    @Inject
    ChildRegister children;

    /** What a borough's demo cases name as providers when its configuration names none. */
    static final String UNNAMED_PUPIL_REFERRAL_UNIT = "The borough's pupil referral unit";

    /**
     * @param primaryUrns       and secondaryUrns: the borough's demo schools by phase
     * @param pupilReferralUnit the borough's own unit, from its configuration; null when it names none
     */
    public void addIfNone(String boroughPrefix, List<Integer> primaryUrns, List<Integer> secondaryUrns, String pupilReferralUnit) {
        String unit = pupilReferralUnit == null ? UNNAMED_PUPIL_REFERRAL_UNIT : pupilReferralUnit;
        if (casework.countAll() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(Clocks.ENGLAND);
        Map<String, Team> teams = casework.allocationTeams().stream().collect(Collectors.toMap(Team::name, Function.identity()));
        String cmeTeam = teams.get(DemoData.DEMO_TEAMS.get(0)).id();
        String inclusionTeam = teams.get(DemoData.DEMO_TEAMS.get(1)).id();
        String officer = boroughPrefix + ".officer";
        String senior = boroughPrefix + ".senior";
        int primary = primaryUrns.get(0);
        int secondary = secondaryUrns.get(0);
        Iterator<ChildSummary> primaryChildren = onRoll(primaryUrns).iterator();
        Iterator<ChildSummary> secondaryChildren = onRoll(secondaryUrns).iterator();

        // Children missing education: one past 20 days with enquiries, one recent, one waiting, one found.
        String cme = open(secondaryChildren.next(), ServiceArea.MISSING_EDUCATION, secondary, today.minusDays(33),
                "Deletion return: not seen since the start of the month; phone numbers unobtainable.", cmeTeam, officer);
        casework.recordMissingEducation(cme, "I", today.minusDays(35), null, null, AbsenceRecording.ONLY_G_N_O, SchoolBelief.NO_GROUNDS);
        casework.addEnquiry(cme, EnquiryKind.SCHOOL_CONTACTS, today.minusDays(30), "School rang both parents and the emergency contact: no answer.");
        casework.addEnquiry(cme, EnquiryKind.HOME_VISIT, today.minusDays(26), "Curtains drawn, post piling up; neighbour thinks the family went abroad.");
        casework.addContact(cme, today.minusDays(26).atTime(11, 15), ContactChannel.FACE_TO_FACE, "Neighbour at no. 14", "Family last seen about a month ago.");
        String recentCme = open(primaryChildren.next(), ServiceArea.MISSING_EDUCATION, primary, today.minusDays(6),
                "Not in school since last week; parents not answering.", cmeTeam, officer);
        casework.recordMissingEducation(recentCme, null, today.minusDays(8), null, null, null, null);
        waiting(primaryChildren.next(), ServiceArea.MISSING_EDUCATION, null, CaseSource.OTHER_LOCAL_AUTHORITY, today.minusDays(2),
                "Windsor and Maidenhead report the family moved into the borough; no school place found yet.");
        String found = open(primaryChildren.next(), ServiceArea.MISSING_EDUCATION, primary, today.minusDays(60), "Deletion return, ground (a) expected.", cmeTeam, officer);
        casework.addEnquiry(found, EnquiryKind.OTHER_LOCAL_AUTHORITIES, today.minusDays(55), "Found on roll at a school in Surrey.", true);
        casework.close(found, CaseOutcome.FOUND_ON_ROLL, "On roll in Surrey since last month.");

        // Exclusions: a permanent exclusion with the governors due, a suspension served, a pupil near the 45-day limit.
        String permanent = open(secondaryChildren.next(), ServiceArea.SUSPENSION_OR_EXCLUSION, secondary, today.minusDays(9),
                "Head teacher's notice of permanent exclusion.", inclusionTeam, officer);
        casework.recordExclusion(permanent, new ExclusionNotice(ExclusionCategory.PERMANENT, today.minusDays(9), null, List.of("PA", "DB"),
                today.minusDays(9), false, false));
        casework.addContact(permanent, today.minusDays(8).atTime(9, 30), ContactChannel.TELEPHONE, "Mother; head of year",
                "Explained the right to make representations to the governing board.");
        String served = open(secondaryChildren.next(), ServiceArea.SUSPENSION_OR_EXCLUSION, secondary, today.minusDays(40), "Suspension notice.", inclusionTeam, officer);
        casework.recordExclusion(served, new ExclusionNotice(ExclusionCategory.SUSPENSION, today.minusDays(40), new BigDecimal("3"), List.of("VA"),
                today.minusDays(40), false, false));
        casework.close(served, CaseOutcome.SUSPENSION_SERVED, null);
        ChildSummary repeated = secondaryChildren.next();
        LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        String first = open(repeated, ServiceArea.SUSPENSION_OR_EXCLUSION, secondary, yearStart.plusDays(10), "Suspension notice.", inclusionTeam, senior);
        casework.recordExclusion(first, new ExclusionNotice(ExclusionCategory.SUSPENSION, yearStart.plusDays(10), new BigDecimal("20"), List.of("DB"),
                yearStart.plusDays(10), false, false));
        String second = open(repeated, ServiceArea.SUSPENSION_OR_EXCLUSION, secondary, minOf(today, yearStart.plusDays(50)), "Further suspension notice.",
                inclusionTeam, officer);
        casework.recordExclusion(second, new ExclusionNotice(ExclusionCategory.SUSPENSION, minOf(today, yearStart.plusDays(50)), new BigDecimal("21"),
                List.of("DB", "MT"), minOf(today, yearStart.plusDays(50)), false, true));

        // At risk of exclusion: a support plan.
        String atRisk = open(secondaryChildren.next(), ServiceArea.AT_RISK_OF_EXCLUSION, secondary, today.minusDays(14),
                "School worried about escalating incidents; asks for support before considering exclusion.", inclusionTeam, officer);
        casework.addPlanAction(atRisk, "Weekly mentoring with the learning mentor", "Head of year", today.plusDays(3));
        casework.addPlanAction(atRisk, "Assessment by the educational psychologist", "SENCO", today.plusDays(20));

        // Managed move, reduced timetable.
        String move = open(secondaryChildren.next(), ServiceArea.MANAGED_MOVE, secondary, today.minusDays(25), "Managed move proposed by both head teachers.",
                inclusionTeam, officer);
        casework.recordManagedMove(move, secondary, secondaryUrns.get(1), today.minusDays(20), today.minusDays(19), today.minusDays(14),
                today.plusDays(5), "Six-week trial with a weekly check-in.");
        String timetable = open(primaryChildren.next(), ServiceArea.REDUCED_TIMETABLE, primary, today.minusDays(18), "Reduced timetable notification.",
                inclusionTeam, officer);
        casework.recordReducedTimetable(timetable, today.minusDays(18), new BigDecimal("15"), new BigDecimal("32.5"), today.minusDays(17),
                today.plusDays(60), "Anxiety after a long illness; hours to rise as confidence returns.");

        // Health needs: one needing education arranged, one arranged.
        String health = open(primaryChildren.next(), ServiceArea.HEALTH_NEEDS, primary, today.minusDays(4), "Hospital school nurse: long admission expected.",
                inclusionTeam, officer);
        casework.recordHealthNeeds(health, today.minusDays(16), 9, today.minusDays(3), null, null);
        String arranged = open(secondaryChildren.next(), ServiceArea.HEALTH_NEEDS, secondary, today.minusDays(30), "GP letter: chronic fatigue.", inclusionTeam, senior);
        casework.recordHealthNeeds(arranged, today.minusDays(45), 18, today.minusDays(25), null, null);
        casework.recordHealthProvision(arranged, unit + ", home tuition", new BigDecimal("10"), today.minusDays(20));

        // Elective home education: a new notice, and one where the education does not appear suitable.
        String ehe = open(primaryChildren.next(), ServiceArea.ELECTIVE_HOME_EDUCATION, primary, today.minusDays(5), "Parent's letter withdrawing the child to home educate.",
                cmeTeam, officer);
        casework.recordHomeEducation(ehe, new HomeEducationFacts(today.minusDays(6), true, new BigDecimal("15"), new BigDecimal("4"), "Online maths tutor",
                Suitability.NOT_YET_ASSESSED, null, null, null, null, null));
        String notSuitable = open(primaryChildren.next(), ServiceArea.ELECTIVE_HOME_EDUCATION, null, today.minusDays(90), "Home education since the spring.",
                cmeTeam, senior);
        casework.addContact(notSuitable, today.minusDays(60).atTime(14, 0), ContactChannel.FACE_TO_FACE, "Father", "Visit: no evidence of a curriculum.");
        casework.recordHomeEducation(notSuitable, new HomeEducationFacts(today.minusDays(88), true, new BigDecimal("5"), null, null,
                Suitability.NOT_SUITABLE, today.minusDays(40), today.minusDays(10), 21, null, null));

        // In-year transfer, alternative provision, consultancy, and one waiting exclusion notification.
        String transfer = open(primaryChildren.next(), ServiceArea.IN_YEAR_TRANSFER, null, today.minusDays(12), "Family arrived from abroad; no place offered yet.",
                cmeTeam, officer);
        casework.recordInYearTransfer(transfer, today.minusDays(12), true, today.minusDays(5), primary, null);
        String provision = open(secondaryChildren.next(), ServiceArea.ALTERNATIVE_PROVISION, secondary, today.minusDays(30), "Placement after a permanent exclusion.",
                inclusionTeam, officer);
        casework.recordAlternativeProvision(provision, unit, new BigDecimal("25"), today.minusDays(25), today.plusDays(30),
                "Permanently excluded; full-time education from the sixth day", Commissioner.LOCAL_AUTHORITY);
        String consultancy = casework.recordSchoolConsultancy(secondary, CaseSource.SCHOOL_NOTIFICATION, today.minusDays(7),
                "Head teacher asks for advice on the behaviour policy and use of internal exclusion.", false).toString();
        casework.allocate(consultancy, inclusionTeam, senior);
        casework.recordConsultancyTopic(consultancy, ConsultancyTopic.BEHAVIOUR);
        casework.addPlanAction(consultancy, "Observe two lessons and the inclusion room", senior, today.plusDays(6));
        waiting(secondaryChildren.next(), ServiceArea.SUSPENSION_OR_EXCLUSION, secondary, CaseSource.SCHOOL_NOTIFICATION, today.minusDays(1),
                "Suspension notice received by email this morning.");
    }

    private java.util.List<ChildSummary> onRoll(List<Integer> urns) {
        return urns.stream().flatMap(urn -> children.onRollAt(urn).stream()).toList();
    }

    private static LocalDate minOf(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }

    private String open(ChildSummary child, ServiceArea area, Integer schoolUrn, LocalDate referredOn, String summary, String teamId, String officer) {
        String reference = casework.recordChildCase(new NewChildCase(area, child.id(), schoolUrn, CaseSource.SCHOOL_NOTIFICATION, referredOn,
                summary, false)).toString();
        casework.allocate(reference, teamId, officer);
        return reference;
    }

    private void waiting(ChildSummary child, ServiceArea area, Integer schoolUrn, CaseSource source, LocalDate referredOn, String summary) {
        casework.recordChildCase(new NewChildCase(area, child.id(), schoolUrn, source, referredOn, summary, false));
    }

}

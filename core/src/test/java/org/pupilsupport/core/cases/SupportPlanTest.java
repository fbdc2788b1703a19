package org.pupilsupport.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.plugin.kingston.KingstonSchoolCalendar;

/**
 * Plans of actions: a support plan for a pupil at risk of exclusion, or the follow-ups agreed with a school
 * in consultancy. Each open action is reviewed by its date, and the case closes as a success only once all are done.
 */
class SupportPlanTest {

    private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    private static final LocalDate FIRST_REVIEW = LocalDate.of(2027, 1, 15);
    private static final LocalDate SECOND_REVIEW = LocalDate.of(2027, 2, 5);

    private static SchoolDays kingston() {
        return SchoolDays.of(new KingstonSchoolCalendar().schoolCalendar(), "Kingston term dates", "the kingston plugin");
    }

    private static Case allocatedAtRiskCase() {
        Case atRisk = Case.forChild(ServiceArea.AT_RISK_OF_EXCLUSION, "child-41", 100041, CaseSource.SCHOOL_NOTIFICATION,
                LocalDate.of(2026, 11, 16), "Third suspension this term; school asks for support", "intake.officer", NOW, TODAY);
        atRisk.allocate("officer.a", null, "lead.b", NOW, TODAY);
        return atRisk;
    }

    private static Case allocatedConsultancyCase() {
        Case consultancy = Case.forSchool(100042, CaseSource.SCHOOL_NOTIFICATION, LocalDate.of(2026, 11, 16),
                "Head asks for advice on the behaviour policy", "intake.officer", NOW, TODAY);
        consultancy.allocate("officer.a", null, "lead.b", NOW, TODAY);
        return consultancy;
    }

    private static List<Deadline> deadlines(Case theCase) {
        return theCase.deadlines(kingston(), CaseProtocol.DEFAULT, SuspensionTotals.NONE);
    }

    private static void reconcile(Case theCase) {
        theCase.reconcileTasks(deadlines(theCase), "system", TODAY);
    }

    @Test
    void anAtRiskCaseTakesPlanActions() {
        Case atRisk = allocatedAtRiskCase();

        PlanAction action = atRisk.addPlanAction(" Weekly mentoring with the head of year ", "Head of year", FIRST_REVIEW, "officer.a", NOW, TODAY);

        assertEquals(List.of(action), atRisk.planActions());
        assertEquals("Weekly mentoring with the head of year", action.description());
        assertEquals(FIRST_REVIEW, action.reviewBy());
        assertFalse(action.done());
    }

    @Test
    void aConsultancyCaseTakesFollowUps() {
        Case consultancy = allocatedConsultancyCase();

        PlanAction followUp = consultancy.addPlanAction("Rewrite the suspensions section of the policy", "Deputy head", FIRST_REVIEW,
                "officer.a", NOW, TODAY);

        assertEquals(List.of(followUp), consultancy.planActions());
    }

    @Test
    void aCaseOfAnotherAreaRefusesPlanActions() {
        Case move = Case.forChild(ServiceArea.MANAGED_MOVE, "child-43", 100043, CaseSource.SCHOOL_NOTIFICATION, LocalDate.of(2026, 11, 16),
                "Managed move proposed", "intake.officer", NOW, TODAY);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> move.addPlanAction("Mentoring", "Head of year", FIRST_REVIEW, "officer.a", NOW, TODAY));

        assertEquals("Plans of actions belong to at-risk-of-exclusion and consultancy cases", refused.getMessage());
        assertTrue(move.planActions().isEmpty());
    }

    @Test
    void aReviewDateInThePastIsRefused() {
        Case atRisk = allocatedAtRiskCase();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> atRisk.addPlanAction("Mentoring", "Head of year", TODAY.minusDays(1), "officer.a", NOW, TODAY));

        assertEquals("A new action's review date cannot be in the past", refused.getMessage());
        assertTrue(atRisk.planActions().isEmpty());
    }

    @Test
    void aReviewDateOfTodayIsAccepted() {
        Case atRisk = allocatedAtRiskCase();

        PlanAction action = atRisk.addPlanAction("Call the parents", "officer.a", TODAY, "officer.a", NOW, TODAY);

        assertEquals(TODAY, action.reviewBy());
    }

    @Test
    void eachOpenActionIsOneReviewDeadlineOnItsOwnDate() {
        Case atRisk = allocatedAtRiskCase();
        PlanAction mentoring = atRisk.addPlanAction("Weekly mentoring", "Head of year", FIRST_REVIEW, "officer.a", NOW, TODAY);
        PlanAction assessment = atRisk.addPlanAction("Educational psychology assessment", "SENCo", SECOND_REVIEW, "officer.a", NOW, TODAY);

        List<Deadline> deadlines = deadlines(atRisk);

        assertEquals(2, deadlines.size());
        Deadline first = deadlines.stream().filter(d -> d.key().equals("SUPPORT_PLAN_REVIEW:" + mentoring.actionId())).findFirst().orElseThrow();
        Deadline second = deadlines.stream().filter(d -> d.key().equals("SUPPORT_PLAN_REVIEW:" + assessment.actionId())).findFirst().orElseThrow();
        assertEquals(DeadlineKind.SUPPORT_PLAN_REVIEW, first.kind());
        assertEquals(FIRST_REVIEW, first.due().date());
        assertEquals("Weekly mentoring (Head of year)", first.detail());
        assertEquals(SECOND_REVIEW, second.due().date());
    }

    @Test
    void completingAnActionRemovesItsDeadlineAndLeavesTheOthers() {
        Case atRisk = allocatedAtRiskCase();
        PlanAction mentoring = atRisk.addPlanAction("Weekly mentoring", "Head of year", FIRST_REVIEW, "officer.a", NOW, TODAY);
        PlanAction assessment = atRisk.addPlanAction("Educational psychology assessment", "SENCo", SECOND_REVIEW, "officer.a", NOW, TODAY);

        atRisk.completePlanAction(mentoring.actionId(), "officer.a", NOW, TODAY);

        List<Deadline> deadlines = deadlines(atRisk);
        assertEquals(1, deadlines.size());
        assertEquals("SUPPORT_PLAN_REVIEW:" + assessment.actionId(), deadlines.get(0).key());
        assertEquals(TODAY, mentoring.doneOn());
    }

    @Test
    void completingAnActionMarksItsReviewTaskMetByTheRecord() {
        Case atRisk = allocatedAtRiskCase();
        PlanAction mentoring = atRisk.addPlanAction("Weekly mentoring", "Head of year", FIRST_REVIEW, "officer.a", NOW, TODAY);
        reconcile(atRisk);
        CaseTask review = atRisk.tasks().get(0);

        atRisk.completePlanAction(mentoring.actionId(), "officer.a", NOW, TODAY);
        reconcile(atRisk);

        assertEquals(1, atRisk.tasks().size());
        assertTrue(review.done());
        assertEquals("met: recorded on the case", review.doneNote());
        assertEquals("system", review.doneBy());
        assertEquals(TODAY, review.doneOn());
    }

    @Test
    void completingAnActionTwiceIsRefused() {
        Case atRisk = allocatedAtRiskCase();
        PlanAction mentoring = atRisk.addPlanAction("Weekly mentoring", "Head of year", FIRST_REVIEW, "officer.a", NOW, TODAY);
        atRisk.completePlanAction(mentoring.actionId(), "officer.a", NOW, TODAY);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> atRisk.completePlanAction(mentoring.actionId(), "officer.a", NOW, TODAY.plusDays(1)));

        assertEquals("That action was already done on 2026-12-10", refused.getMessage());
        assertEquals(TODAY, mentoring.doneOn());
    }

    @Test
    void completingAnActionOfAnotherPlanIsRefused() {
        Case atRisk = allocatedAtRiskCase();
        PlanAction elsewhere = allocatedConsultancyCase().addPlanAction("Staff training", "Deputy head", FIRST_REVIEW, "officer.a", NOW, TODAY);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> atRisk.completePlanAction(elsewhere.actionId(), "officer.a", NOW, TODAY));

        assertEquals("That action is not part of this case's plan", refused.getMessage());
    }

    @Test
    void closingAsRiskReducedIsRefusedWhileAnActionIsOpen() {
        Case atRisk = allocatedAtRiskCase();
        PlanAction mentoring = atRisk.addPlanAction("Weekly mentoring", "Head of year", FIRST_REVIEW, "officer.a", NOW, TODAY);
        atRisk.addPlanAction("Educational psychology assessment", "SENCo", SECOND_REVIEW, "officer.a", NOW, TODAY);
        atRisk.completePlanAction(mentoring.actionId(), "officer.a", NOW, TODAY);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> atRisk.close(CaseOutcome.RISK_REDUCED, null, "officer.a", NOW, TODAY));

        assertEquals("Every action of the plan must be done before closing as \"Risk reduced; support plan completed\"", refused.getMessage());
        assertEquals(CaseStatus.OPEN, atRisk.status());
    }

    @Test
    void closingAsRiskReducedIsAllowedOnceEveryActionIsDone() {
        Case atRisk = allocatedAtRiskCase();
        PlanAction mentoring = atRisk.addPlanAction("Weekly mentoring", "Head of year", FIRST_REVIEW, "officer.a", NOW, TODAY);
        atRisk.completePlanAction(mentoring.actionId(), "officer.a", NOW, TODAY);

        atRisk.close(CaseOutcome.RISK_REDUCED, "No suspensions since the plan began", "officer.a", NOW, TODAY);

        assertEquals(CaseStatus.CLOSED, atRisk.status());
        assertEquals(CaseOutcome.RISK_REDUCED, atRisk.outcome());
    }

    @Test
    void closingAsExcludedDespiteSupportIsAllowedWithActionsStillOpen() {
        Case atRisk = allocatedAtRiskCase();
        atRisk.addPlanAction("Weekly mentoring", "Head of year", FIRST_REVIEW, "officer.a", NOW, TODAY);

        // The plan failing is exactly when its actions are left undone.
        atRisk.close(CaseOutcome.EXCLUDED_DESPITE_SUPPORT, null, "officer.a", NOW, TODAY);

        assertEquals(CaseOutcome.EXCLUDED_DESPITE_SUPPORT, atRisk.outcome());
    }

    @Test
    void closingAsAdviceCompletedIsRefusedWhileAFollowUpIsOpen() {
        Case consultancy = allocatedConsultancyCase();
        consultancy.addPlanAction("Rewrite the suspensions section of the policy", "Deputy head", FIRST_REVIEW, "officer.a", NOW, TODAY);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> consultancy.close(CaseOutcome.ADVICE_COMPLETED, null, "officer.a", NOW, TODAY));

        assertEquals("Every action of the plan must be done before closing as \"Advice given and follow-ups done\"", refused.getMessage());
        assertEquals(CaseStatus.OPEN, consultancy.status());
    }

    @Test
    void closingAsAdviceCompletedIsAllowedOnceEveryFollowUpIsDone() {
        Case consultancy = allocatedConsultancyCase();
        PlanAction followUp = consultancy.addPlanAction("Rewrite the suspensions section of the policy", "Deputy head", FIRST_REVIEW,
                "officer.a", NOW, TODAY);
        consultancy.completePlanAction(followUp.actionId(), "officer.a", NOW, TODAY);

        consultancy.close(CaseOutcome.ADVICE_COMPLETED, null, "officer.a", NOW, TODAY);

        assertEquals(CaseOutcome.ADVICE_COMPLETED, consultancy.outcome());
    }

    @Test
    void aConsultancyCaseRecordsItsTopic() {
        Case consultancy = allocatedConsultancyCase();

        consultancy.recordConsultancyTopic(ConsultancyTopic.BEHAVIOUR, "officer.a", NOW);

        assertEquals(ConsultancyTopic.BEHAVIOUR, consultancy.consultancyTopic());
    }

    @Test
    void aConsultancyTopicIsRefusedOnAChildsCase() {
        Case atRisk = allocatedAtRiskCase();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> atRisk.recordConsultancyTopic(ConsultancyTopic.BEHAVIOUR, "officer.a", NOW));

        assertTrue(refused.getMessage().endsWith("case, not school consultancy"), refused.getMessage());
        assertNull(atRisk.consultancyTopic());
    }

    @Test
    void aConsultancyTopicMustBeChosen() {
        Case consultancy = allocatedConsultancyCase();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> consultancy.recordConsultancyTopic(null, "officer.a", NOW));

        assertEquals("Choose the topic of the advice", refused.getMessage());
    }
}

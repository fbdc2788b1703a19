package org.pupilsupport.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.cases.ServiceArea;

/** The date a child's record falls due: the latest of its own line and each case's line, never while a case is open. */
class KeepingTest {

    private static final LocalDate BORN = LocalDate.of(2012, 3, 3);
    private static final LocalDate RECORDED = LocalDate.of(2024, 9, 10);

    private static RetentionRule line(RecordKind kind, ServiceArea area, int years, int months, RetentionTrigger from, RetentionAction action) {
        return new RetentionRule(new RetentionTerms(kind, area, years, months, from, action, "test"), false, "dpo", Instant.EPOCH);
    }

    private static final RetentionRule CHILD = line(RecordKind.CHILD_RECORD, null, 0, 0, RetentionTrigger.TWENTY_FIFTH_BIRTHDAY, RetentionAction.REVIEW);
    private static final RetentionRule CME = line(RecordKind.CASE, ServiceArea.MISSING_EDUCATION, 6, 0, RetentionTrigger.CASE_CLOSED, RetentionAction.DISPOSE);

    private static Keeping keeping(List<Keeping.CaseFacts> cases) {
        return Keeping.of(new Keeping.RecordFacts(BORN, RECORDED, cases), Optional.of(CHILD),
                area -> area == ServiceArea.MISSING_EDUCATION ? Optional.of(CME) : Optional.empty());
    }

    @Test
    void aRecordWithoutCasesIsKeptToTheChildsLine() {
        // Born 3 March 2012: 25 on 3 March 2037.
        Keeping.Until until = assertInstanceOf(Keeping.Until.class, keeping(List.of()));
        assertEquals(LocalDate.of(2037, 3, 3), until.date());
        assertEquals(RetentionAction.REVIEW, until.action());
    }

    @Test
    void aCaseClosedLateEnoughSetsTheDateAndItsAction() {
        // Closed 1 April 2032: plus 6 years is 1 April 2038, after the 25th birthday (3 March 2037).
        Keeping.Until until = assertInstanceOf(Keeping.Until.class, keeping(List.of(
                new Keeping.CaseFacts("CME-000001", ServiceArea.MISSING_EDUCATION, false, LocalDate.of(2031, 9, 1), LocalDate.of(2032, 4, 1), null))));
        assertEquals(LocalDate.of(2038, 4, 1), until.date());
        assertEquals(RetentionAction.DISPOSE, until.action());
        assertEquals("case CME-000001 (Child missing education): 6 years from the case was closed, then dispose of", until.why());
    }

    @Test
    void anOpenCaseKeepsTheRecord() {
        assertEquals(new Keeping.WhileOpen("CME-000002"), keeping(List.of(
                new Keeping.CaseFacts("CME-000002", ServiceArea.MISSING_EDUCATION, true, LocalDate.of(2026, 9, 1), null, null))));
    }

    @Test
    void aCaseOfAnAreaWithoutALineOrWithoutItsDateKeepsTheRecordWithNoEnd() {
        assertEquals(new Keeping.NoEnd("the retention schedule has no line for cases of Managed move"), keeping(List.of(
                new Keeping.CaseFacts("MMV-000003", ServiceArea.MANAGED_MOVE, false, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), null))));
        assertEquals(new Keeping.NoEnd("case CME-000004 has no date for the case was closed"), keeping(List.of(
                new Keeping.CaseFacts("CME-000004", ServiceArea.MISSING_EDUCATION, false, LocalDate.of(2026, 9, 1), null, null))));
    }

    @Test
    void monthsCountFromTheSameDayAndFallBackAtTheMonthsEnd() {
        // 31 August 2030 plus 6 months is 28 February 2031 (no 31 February).
        RetentionRule sixMonths = line(RecordKind.CHILD_RECORD, null, 0, 6, RetentionTrigger.DATE_RECEIVED, RetentionAction.DISPOSE);
        assertEquals(LocalDate.of(2031, 2, 28), sixMonths.endsAfter(LocalDate.of(2030, 8, 31)));
    }
}

package org.pupilsupport.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pupilsupport.plugin.api.TermTimeCalendar;
import org.pupilsupport.plugin.kingston.KingstonSchoolCalendar;
import org.pupilsupport.plugin.richmond.RichmondSchoolCalendar;

/**
 * School-day arithmetic on the boroughs' real term-date files. Every expected date was counted by hand from
 * plugins/kingston/.../term-dates.txt and plugins/richmond/.../term-dates.txt.
 */
class SchoolDaysTest {

    private static final String BASELINE = "baseline calendar (weekdays less English bank holidays)";

    private static SchoolDays kingston() {
        return SchoolDays.of(new KingstonSchoolCalendar().schoolCalendar(), "Kingston term dates", "the kingston plugin");
    }

    private static SchoolDays richmond() {
        return SchoolDays.of(new RichmondSchoolCalendar().schoolCalendar(), "Richmond term dates", "the richmond plugin");
    }

    @Test
    void dayNumberCountsAFirstDayThatIsASchoolDayAsDayOne() {
        SchoolDays schoolDays = kingston();

        SchoolDayDate dayOne = schoolDays.dayNumber(LocalDate.of(2026, 9, 7), 1);
        SchoolDayDate dayFive = schoolDays.dayNumber(LocalDate.of(2026, 9, 7), 5);

        // Monday 7 Sep 2026 is in Kingston's autumn term, so it is day 1 and that week's Friday is day 5.
        assertEquals(LocalDate.of(2026, 9, 7), dayOne.date());
        assertEquals(LocalDate.of(2026, 9, 11), dayFive.date());
        assertEquals("Kingston term dates", dayFive.calendarDescription());
        assertNull(dayFive.fallbackReason());
        assertFalse(dayFive.fromBaseline());
    }

    @Test
    void dayNumberStartsCountingAtTheNextSchoolDayWhenTheFirstDayIsNotOne() {
        SchoolDays schoolDays = kingston();

        SchoolDayDate fromSaturday = schoolDays.dayNumber(LocalDate.of(2026, 9, 5), 1);

        // A Saturday cannot be day 1: the run's first school day is Monday 7 Sep.
        assertEquals(LocalDate.of(2026, 9, 7), fromSaturday.date());
    }

    @Test
    void dayNumberDependsOnWhetherTheBoroughIsInTermOnTheFirstDay() {
        LocalDate wednesdaySecondSeptember = LocalDate.of(2026, 9, 2);

        SchoolDayDate kingstonDayOne = kingston().dayNumber(wednesdaySecondSeptember, 1);
        SchoolDayDate richmondDayOne = richmond().dayNumber(wednesdaySecondSeptember, 1);

        // Richmond's autumn term 2026 starts on 2 Sep, Kingston's on 3 Sep.
        assertEquals(LocalDate.of(2026, 9, 3), kingstonDayOne.date());
        assertEquals(LocalDate.of(2026, 9, 2), richmondDayOne.date());
    }

    @Test
    void dayNumberRefusesADayZero() {
        SchoolDays schoolDays = kingston();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> schoolDays.dayNumber(LocalDate.of(2026, 9, 7), 0));

        assertEquals("Days of a run are numbered from 1", refused.getMessage());
    }

    @Test
    void afterSkipsTheHalfTermHoliday() {
        SchoolDays schoolDays = kingston();

        SchoolDayDate oneAfterLastFriday = schoolDays.after(LocalDate.of(2026, 10, 23), 1);
        SchoolDayDate threeAfterThursday = schoolDays.after(LocalDate.of(2026, 10, 22), 3);

        // Half term is 26-30 Oct 2026: the day after Friday 23 Oct is Monday 2 Nov.
        assertEquals(LocalDate.of(2026, 11, 2), oneAfterLastFriday.date());
        // Fri 23 Oct (1), Mon 2 Nov (2), Tue 3 Nov (3).
        assertEquals(LocalDate.of(2026, 11, 3), threeAfterThursday.date());
        assertFalse(threeAfterThursday.fromBaseline());
    }

    @Test
    void theBaselineDoesNotKnowTheHalfTermButSkipsBankHolidays() {
        SchoolDays baseline = SchoolDays.baselineBecause("no plugin in this test");

        SchoolDayDate overHalfTerm = baseline.after(LocalDate.of(2026, 10, 23), 1);
        SchoolDayDate overEaster = baseline.dayNumber(LocalDate.of(2027, 3, 25), 3);

        // Weekdays only: Monday 26 Oct is a school day to the baseline, though Kingston is on half term.
        assertEquals(LocalDate.of(2026, 10, 26), overHalfTerm.date());
        // Thu 25 Mar (1); Good Friday 26 Mar and Easter Monday 29 Mar skipped; Tue 30 (2), Wed 31 (3).
        assertEquals(LocalDate.of(2027, 3, 31), overEaster.date());
        assertEquals("no plugin in this test", overEaster.fallbackReason());
        assertEquals(BASELINE, overEaster.calendarDescription());
        assertTrue(overEaster.fromBaseline());
    }

    @Test
    void aDatePastThePluginsTermDatesIsAnsweredByTheBaselineWhichSaysWhy() {
        SchoolDays schoolDays = kingston();

        SchoolDayDate answer = schoolDays.after(LocalDate.of(2028, 10, 2), 5);

        // Kingston's file ends with 2027/28 (covered to 31 Aug 2028); five weekdays after Mon 2 Oct 2028 is Mon 9 Oct.
        assertEquals(LocalDate.of(2028, 10, 9), answer.date());
        assertTrue(answer.fromBaseline());
        assertEquals(BASELINE, answer.calendarDescription());
        assertEquals("the kingston plugin has no term dates for 2028-10-03", answer.fallbackReason());
    }

    @Test
    void aCountThatRunsOutOfTheCoveredSpanIsAskedAgainOfTheBaselineFromTheStart() {
        SchoolDays schoolDays = kingston();

        SchoolDayDate answer = schoolDays.after(LocalDate.of(2028, 7, 20), 1);

        // Thu 20 Jul 2028 is Kingston's last day; the summer holiday runs to 31 Aug, so the count reaches
        // 1 Sep 2028, which no file covers. The baseline then answers the whole question: Fri 21 Jul.
        assertEquals(LocalDate.of(2028, 7, 21), answer.date());
        assertEquals("the kingston plugin has no term dates for 2028-09-01", answer.fallbackReason());
    }

    @Test
    void dayNumberOfAFirstDayOutsideTheTermDatesFallsBackToo() {
        SchoolDays schoolDays = richmond();

        SchoolDayDate answer = schoolDays.dayNumber(LocalDate.of(2028, 10, 2), 1);

        // Mon 2 Oct 2028 is a weekday, so the baseline makes it day 1 itself.
        assertEquals(LocalDate.of(2028, 10, 2), answer.date());
        assertEquals("the richmond plugin has no term dates for 2028-10-02", answer.fallbackReason());
    }

    @Test
    void termContainingGivesTheTermAroundADateEvenInItsHalfTerm() {
        SchoolDays schoolDays = kingston();

        Optional<TermTimeCalendar.DateSpan> inTerm = schoolDays.termContaining(LocalDate.of(2026, 11, 10));
        Optional<TermTimeCalendar.DateSpan> inHalfTerm = schoolDays.termContaining(LocalDate.of(2026, 10, 28));

        TermTimeCalendar.DateSpan autumn2026 = new TermTimeCalendar.DateSpan(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 18),
                "Autumn term 2026");
        assertEquals(Optional.of(autumn2026), inTerm);
        // Half term is a closure inside the term, not a gap between terms.
        assertEquals(Optional.of(autumn2026), inHalfTerm);
    }

    @Test
    void termContainingIsEmptyInTheHolidaysAndOnTheBaseline() {
        SchoolDays kingston = kingston();
        SchoolDays baseline = SchoolDays.baselineBecause("no plugin in this test");

        Optional<TermTimeCalendar.DateSpan> christmasHoliday = kingston.termContaining(LocalDate.of(2026, 12, 21));
        Optional<TermTimeCalendar.DateSpan> baselineTerm = baseline.termContaining(LocalDate.of(2026, 11, 10));

        // Kingston's autumn term ends on 18 Dec 2026 and spring starts on 4 Jan 2027.
        assertTrue(christmasHoliday.isEmpty());
        assertTrue(baselineTerm.isEmpty());
    }

    @Test
    void richmondsSpringTermStartsADayLaterThanKingstons() {
        SchoolDays kingston = kingston();
        SchoolDays richmond = richmond();

        Optional<TermTimeCalendar.DateSpan> kingstonTerm = kingston.termContaining(LocalDate.of(2027, 1, 4));
        Optional<TermTimeCalendar.DateSpan> richmondTerm = richmond.termContaining(LocalDate.of(2027, 1, 4));

        // Kingston's spring term 2027 starts Mon 4 Jan; Richmond's on Tue 5 Jan.
        assertEquals(LocalDate.of(2027, 3, 25), kingstonTerm.orElseThrow().last());
        assertTrue(richmondTerm.isEmpty());
    }
}

package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pupilsupport.web.it.CaseScreens.today;
import static org.pupilsupport.web.it.CaseScreens.typed;
import static org.pupilsupport.web.it.CaseScreens.uniqueSurname;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pupilsupport.core.demo.DemoData;
import org.pupilsupport.plugin.api.TermTimeCalendar;
import org.pupilsupport.plugin.kingston.KingstonSchoolCalendar;

/**
 * A borough administrator gives a school its own calendar in the browser, and an officer sees a deadline about a pupil
 * at that school move by the school's extra INSET day while the same deadline at another school does not. The
 * school's file is Kingston's term dates for the current academic year plus one INSET day, so that day is the only
 * difference between the two deadlines.
 */
class CalendarsBrowserIT extends BrowserTest {

    /** A Kingston demo secondary school no other browser test records cases at. */
    private static final String ACADEMY = "991409";
    private static final String OTHER_SCHOOL = CaseAreasBrowserIT.ANOTHER_KINGSTON_SECONDARY;
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @TempDir
    Path files;

    private CaseScreens screens;
    private final TermTimeCalendar kingston = (TermTimeCalendar) new KingstonSchoolCalendar().schoolCalendar();

    @BeforeEach
    void caseScreens() {
        screens = new CaseScreens(browser);
    }

    @Test
    void aSchoolsOwnInsetDayMovesTheSixthDayDeadlineOfItsPupilsOnly() throws IOException {
        LocalDate start = lastSchoolDayOnOrBefore(today());
        LocalDate inset = kingston.schoolDaysAfter(start, 2);

        browser.signIn("kingston.admin", DemoData.DEMO_PASSWORD);
        browser.find(By.id("navCalendars")).click();
        browser.waitFor(ExpectedConditions.urlContains("/admin/calendars.xhtml"));
        assertTrue(browser.find(By.id("current")).getText().contains("term dates of the kingston plugin"), "the plugin's dates were adopted");

        browser.find(By.id("choose:schoolUrn_input")).sendKeys(ACADEMY);
        browser.find(By.id("choose:showSchool")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("calendarHeading"), "(URN " + ACADEMY + ")"));

        browser.find(By.id("closure:addClosure")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errorSummary .error-summary-list")));
        String missing = browser.find(By.cssSelector("#errorSummary .error-summary-list")).getText();
        assertTrue(missing.contains("Enter the first day the school is closed") && missing.contains("Say what the closure is"), missing);
        assertEquals("true", browser.find(By.id("closure:closureLabel")).getAttribute("aria-invalid"));

        browser.upload("upload:file_input", overlappingTerms());
        browser.find(By.id("upload:preview")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errorSummary .error-summary-list")));
        assertTrue(browser.find(By.cssSelector("#errorSummary .error-summary-list")).getText().contains("overlap"),
                browser.find(By.cssSelector("#errorSummary .error-summary-list")).getText());
        assertTrue(browser.findAll(By.id("decide:replace")).isEmpty(), "a file with problems cannot be put in place");

        browser.upload("upload:file_input", kingstonsYearWith(inset));
        browser.find(By.id("upload:preview")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("decide:replace")));
        assertTrue(browser.find(By.id("previewSpans")).getText().contains("Academy INSET day"), browser.find(By.id("previewSpans")).getText());
        browser.find(By.id("decide:replace")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("current"), "Academy INSET day"));
        assertTrue(browser.find(By.id("ownCalendars")).getText().contains(ACADEMY), browser.find(By.id("ownCalendars")).getText());
        assertEquals(List.of(), browser.javaScriptErrors());
        browser.signOut();

        LocalDate sixthDayElsewhere = kingston.schoolDaysAfter(start, 5);
        LocalDate sixthDayAtTheAcademy = kingston.schoolDaysAfter(start, 6);
        assertEquals(sixthDayAtTheAcademy.toString(), sixthDayOfAnExclusionAt(ACADEMY, start).toString());
        assertEquals(sixthDayElsewhere.toString(), sixthDayOfAnExclusionAt(OTHER_SCHOOL, start).toString());
    }

    /** Records a permanent exclusion at the school, has it allocated, and reads its sixth-day task's due date. */
    private LocalDate sixthDayOfAnExclusionAt(String schoolUrn, LocalDate start) {
        screens.signInTo(CaseScreens.OFFICER);
        String reference = screens.enterReturn("Suspension or permanent exclusion", schoolUrn, "Noor", uniqueSurname(), "03/03/2012", () -> {
            browser.selectOneMenu("notification:category", "Permanent exclusion");
            browser.typeDate("notification:startDate_input", typed(start));
            browser.selectOneMenu("notification:reason1", "PA: Physical assault against an adult");
        });
        browser.signOut();
        screens.allocateAsSenior(reference, CaseScreens.KINGSTON_OFFICER_CHOICE);
        screens.signInTo(CaseScreens.OFFICER);
        browser.open("officer/case.xhtml?ref=" + reference);
        List<String> sixthDay = screens.openTaskRows("sixth school day");
        assertEquals(1, sixthDay.size(), sixthDay.toString());
        browser.signOut();
        String row = sixthDay.get(0);
        return LocalDate.parse(row.substring(0, row.indexOf(' ', row.indexOf(' ') + 1) + 5).strip(), SHOWN);
    }

    private LocalDate lastSchoolDayOnOrBefore(LocalDate day) {
        LocalDate candidate = day;
        while (!kingston.isSchoolDay(candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    /** Kingston's terms and closures of the academic year the INSET day falls in, and the INSET day. */
    private Path kingstonsYearWith(LocalDate inset) throws IOException {
        LocalDate yearStart = LocalDate.of(inset.getMonthValue() >= Month.SEPTEMBER.getValue() ? inset.getYear() : inset.getYear() - 1, Month.SEPTEMBER, 1);
        LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
        List<String> lines = new ArrayList<>(List.of("kind,first day,last day,label"));
        kingston.terms().stream().filter(term -> !term.first().isBefore(yearStart) && !term.first().isAfter(yearEnd))
                .forEach(term -> lines.add("term," + term.first().format(ISO_DAY) + "," + term.last().format(ISO_DAY) + ",\"" + term.label() + "\""));
        kingston.closures().stream().filter(closure -> !closure.first().isBefore(yearStart) && !closure.first().isAfter(yearEnd))
                .forEach(closure -> lines.add("closed," + closure.first().format(ISO_DAY) + "," + closure.last().format(ISO_DAY) + ",\"" + closure.label() + "\""));
        lines.add("closed," + inset.format(ISO_DAY) + "," + inset.format(ISO_DAY) + ",Academy INSET day");
        return Files.write(files.resolve("academy-term-dates.csv"), lines, StandardCharsets.UTF_8);
    }

    private Path overlappingTerms() throws IOException {
        return Files.writeString(files.resolve("overlapping.csv"), String.join("\n", "kind,first day,last day,label",
                "term,03/09/2026,18/12/2026,Autumn term", "term,14/12/2026,25/03/2027,Spring term", "term,12/04/2027,21/07/2027,Summer term"),
                StandardCharsets.UTF_8);
    }
}

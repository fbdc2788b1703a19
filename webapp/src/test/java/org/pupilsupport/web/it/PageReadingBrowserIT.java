package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pupilsupport.web.it.CaseScreens.KINGSTON_PRIMARY;
import static org.pupilsupport.web.it.CaseScreens.today;
import static org.pupilsupport.web.it.CaseScreens.uniqueSurname;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pupilsupport.core.demo.DemoData;

/**
 * What officers read on the pages, in a real browser: words that belong apart are apart (for the eye and for
 * a screen reader), dates read one way, deadlines name the borough's calendar, and a school's page and search
 * never show a blank where GIAS gave nothing or nothing was asked yet.
 */
class PageReadingBrowserIT extends BrowserTest {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @Test
    void anOverdueTaskReadsApartFromItsDateInOneDateFormatAndNamesTheBoroughsCalendar() {
        CaseScreens screens = new CaseScreens(browser);
        String surname = uniqueSurname();
        screens.signInTo(CaseScreens.OFFICER);
        String reference = screens.enterReturn("Deletion from the admission register", KINGSTON_PRIMARY, "Lena", surname, "12/05/2016", () -> {
            screens.fillGroundIDeletion(40, "Maria " + surname, "07700 900123");
        });
        browser.signOut();
        screens.allocateAsSenior(reference, CaseScreens.KINGSTON_OFFICER_CHOICE);
        screens.signInTo(CaseScreens.OFFICER);

        WebElement task = screens.taskRowOnDashboard(reference);
        WebElement due = task.findElement(By.cssSelector("td"));
        assertTrue(due.getText().matches("(?s)\\d{1,2} [A-Z][a-z]{2,3} \\d{4}\\s.*Overdue"), "the date and the tag read apart: " + due.getText());
        assertTrue(due.getAttribute("textContent").matches("(?s).*\\d{4}, Overdue.*"), "a screen reader hears them apart: " + due.getAttribute("textContent"));
        assertTrue(task.getText().contains("Kingston upon Thames term dates"), task.getText());
        assertFalse(task.getText().contains("plugin"), task.getText());

        task.findElement(By.linkText(reference)).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/case.xhtml"));
        String tasks = browser.find(By.id("tasks:openTasks")).getText();
        assertTrue(tasks.contains("Kingston upon Thames term dates"), tasks);
        assertFalse(tasks.contains("plugin"), tasks);
        String facts = browser.find(By.cssSelector("dl.facts")).getText();
        assertTrue(facts.contains(SHOWN.format(today())), "the referral date reads like every other date: " + facts);

        browser.find(By.id("close:closingNote")).sendKeys("Closed during the review of the roll");
        screens.closeAs("Found on a school roll");
        assertEquals("Closed during the review of the roll", browser.find(By.id("outcomeNote")).getText());
        String outcome = browser.find(By.id("outcomeShown")).findElement(By.xpath("..")).getText();
        assertTrue(outcome.startsWith("Found on a school roll\n") || outcome.startsWith("Found on a school roll "), outcome);
    }

    @Test
    void theSchoolSearchWaitsForASearchAndASchoolPageHasNoBlankFacts() {
        browser.signIn("kingston.officer", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        browser.open("officer/schools.xhtml");
        String before = browser.find(By.id("schools:results")).getText();
        assertFalse(before.contains("No school found"), before);

        browser.find(By.id("schools:search")).sendKeys("Zzzz no such school");
        browser.find(By.id("schools:find")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("schools:results"), "No school found"));

        browser.open("officer/school.xhtml?urn=" + KINGSTON_PRIMARY);
        for (String fact : new String[] {"ages", "address", "pupils"}) {
            String shown = browser.find(By.id(fact)).getText();
            assertFalse(shown.isBlank(), fact + " is shown, or said to be not known");
        }
    }
}

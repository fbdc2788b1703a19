package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pupilsupport.web.it.CaseScreens.KINGSTON_PRIMARY;
import static org.pupilsupport.web.it.CaseScreens.today;
import static org.pupilsupport.web.it.CaseScreens.uniqueSurname;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pupilsupport.core.demo.DemoData;

/**
 * The case page as an officer uses it over a day: the case stays in the address after every action (so a
 * reload or a bookmark opens it again), and "Done" on a deadline asks first and can be taken back by the
 * officer who pressed it, but by nobody else.
 */
class CasePageUsabilityBrowserIT extends BrowserTest {

    private CaseScreens screens;

    @BeforeEach
    void caseScreens() {
        screens = new CaseScreens(browser);
    }

    /** A deletion return allocated to kingston.officer, whose case page is open in the browser. */
    private String caseOpenForTheOfficer() {
        String surname = uniqueSurname();
        browser.signIn("kingston.officer", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        String reference = screens.enterReturn("Deletion from the admission register", KINGSTON_PRIMARY, "Ivo", surname, "02/02/2016", () -> {
            screens.fillGroundIDeletion(40, "Ana " + surname, "07700 900456");
        });
        browser.signOut();
        screens.allocateAsSenior(reference, CaseScreens.KINGSTON_OFFICER_CHOICE);
        browser.signIn("kingston.officer", DemoData.DEMO_PASSWORD);
        screens.taskRowOnDashboard(reference).findElement(By.linkText(reference)).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/case.xhtml"));
        return reference;
    }

    @Test
    void theCaseStaysInTheAddressAfterEveryActionSoAReloadOpensItAgain() {
        String reference = caseOpenForTheOfficer();

        screens.addContactYesterday("Telephone", "Ana (parent)", "Called; no answer");
        assertTrue(browser.currentUrl().contains("ref=" + reference), "after an action: " + browser.currentUrl());

        // Reloading (or opening a bookmark of) the address after the action shows the case, not "Case not found".
        browser.open(browser.currentUrl().substring(browser.httpsBase().length()));
        assertEquals("Open", browser.find(By.id("status")).getText());
        assertFalse(browser.pageText().contains("Case not found"));

        // The same on the child's page: after showing the sensitive details the address still names the child.
        browser.find(By.id("childLink")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/child.xhtml"));
        String childId = browser.currentUrl().replaceAll(".*[?&]id=([^&#]+).*", "$1");
        screens.press("sensitive:reveal");
        browser.find(By.id("sensitive:sensitiveShown"));
        assertTrue(browser.currentUrl().contains("id=" + childId), "the child's id stays in the address: " + browser.currentUrl());
        browser.open(browser.currentUrl().substring(browser.httpsBase().length()));
        assertFalse(browser.pageText().contains("Child not found"), browser.pageText());
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void doneAsksFirstAndTheOfficerWhoPressedItCanUndoItButNobodyElse() {
        String reference = caseOpenForTheOfficer();
        String task = "20th school day of absence";

        // "Done" only asks; "No" leaves the task open.
        screens.press("tasks:openTasks:0:done");
        assertTrue(browser.find(By.id("confirmDone")).getText().contains(task), browser.find(By.id("confirmDone")).getText());
        assertEquals(1, screens.openTaskRows(task).size(), "nothing is done before the officer confirms");
        screens.press("tasks:cancelTaskDone");
        assertTrue(browser.findAll(By.id("confirmDone")).isEmpty());
        assertEquals(1, screens.openTaskRows(task).size());

        // A statutory deadline is not marked done by hand without saying what met it.
        screens.press("tasks:openTasks:0:done");
        assertTrue(browser.find(By.id("statutoryBasis")).getText().contains("reg 9(1)(i)"), browser.find(By.id("statutoryBasis")).getText());
        String refusal = screens.pressExpectingRefusal("tasks:confirmTaskDone");
        assertTrue(refusal.contains("is a statutory deadline: say what met it"), refusal);
        assertEquals("true", browser.find(By.id("tasks:taskNote")).getAttribute("aria-invalid"), "the reason box is marked");
        assertEquals(1, screens.openTaskRows(task).size(), "still open");
        String reason = "Enquiries with the school and a home visit made; child not found";
        browser.find(By.id("tasks:taskNote")).sendKeys(reason);
        screens.saveAndExpect("tasks:confirmTaskDone", "doneTasks", task);
        assertTrue(screens.openTaskRows(task).isEmpty());
        assertTrue(screens.doneTaskRows(task).get(0).contains(reason), "the reason is shown with the task");
        assertTrue(browser.currentUrl().contains("ref=" + reference), browser.currentUrl());

        // Someone else on the case sees the task done but has no undo.
        browser.signOut();
        browser.signIn("kingston.senior", DemoData.DEMO_PASSWORD);
        browser.open("officer/case.xhtml?ref=" + reference);
        assertEquals(1, screens.doneTaskRows(task).size());
        assertTrue(browser.findAll(By.id("doneTasks:0:undoDone")).isEmpty(), "only the officer who pressed Done may undo it");
        browser.signOut();

        browser.signIn("kingston.officer", DemoData.DEMO_PASSWORD);
        browser.open("officer/case.xhtml?ref=" + reference);
        screens.press("doneTasks:0:undoDone");
        assertEquals(1, screens.openTaskRows(task).size(), "the task is open again");
        assertTrue(browser.find(By.id("caseHistory")).getText().contains("task done undone: " + task), browser.find(By.id("caseHistory")).getText());
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void doneOnMyDayAsksFirstAndCanBeUndoneAtOnce() {
        String reference = caseOpenForTheOfficer();
        browser.find(By.id("navMyDay")).click();
        List<org.openqa.selenium.WebElement> rows = browser.findAll(By.cssSelector("[id='tasks:taskTable_data'] tr"));
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(index -> rows.get(index).getText().contains(reference)
                && rows.get(index).getText().contains("20th school day of absence")).findFirst().orElseThrow();

        screens.press("tasks:taskTable:" + row + ":done");
        assertTrue(browser.find(By.id("confirmDone")).getText().contains(reference), browser.find(By.id("confirmDone")).getText());
        assertTrue(screens.taskRowOnDashboard(reference).isDisplayed(), "nothing is done before the officer confirms");
        String refusal = screens.pressExpectingRefusal("tasks:confirmTaskDone");
        assertTrue(refusal.contains("is a statutory deadline: say what met it"), "My day asks the same reason as the case page: " + refusal);
        assertTrue(screens.taskRowOnDashboard(reference).isDisplayed(), "still on My day");
        browser.find(By.id("tasks:taskReason")).sendKeys("School confirmed the enquiries; home visit made");
        screens.press("tasks:confirmTaskDone");
        assertTrue(browser.find(By.id("lastDone")).getText().contains(reference));
        assertTrue(browser.findAll(By.cssSelector("[id='tasks:taskTable_data'] tr")).stream()
                .noneMatch(line -> line.getText().contains(reference) && line.getText().contains("20th school day of absence")));

        screens.press("tasks:undoDone");
        assertTrue(screens.taskRowOnDashboard(reference).getText().contains("20th school day of absence"), "the task is back on My day");
        assertEquals(List.of(), browser.javaScriptErrors());
    }
}

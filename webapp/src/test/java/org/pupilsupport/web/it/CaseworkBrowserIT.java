package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pupilsupport.web.it.CaseScreens.KINGSTON_PRIMARY;
import static org.pupilsupport.web.it.CaseScreens.KINGSTON_SECONDARY;
import static org.pupilsupport.web.it.CaseScreens.TYPED;
import static org.pupilsupport.web.it.CaseScreens.today;
import static org.pupilsupport.web.it.CaseScreens.uniqueSurname;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pupilsupport.core.demo.DemoData;

/**
 * Cases taken from a school's return to closure in a real browser, by the demo officers of Kingston: the
 * officer enters the return, the senior officer allocates it from the dashboard, the deadline appears as the
 * officer's task, and the officer does the work, marks the task done and closes the case.
 */
class CaseworkBrowserIT extends BrowserTest {

    /** The case screens' shared steps (entering a return, allocating, saving and waiting), also used by {@link CaseAreasBrowserIT}. */
    private CaseScreens screens;

    @BeforeEach
    void caseScreens() {
        screens = new CaseScreens(browser);
    }

    @Test
    void aDeletionReturnIsTracedToClosureWithTheTwentyDayTaskDone() {
        String surname = uniqueSurname();
        browser.signIn("kingston.officer", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        String reference = screens.enterReturn("Deletion from the admission register", KINGSTON_PRIMARY, "Lena", surname, "12/05/2016", () -> {
            screens.fillGroundIDeletion(40, "Maria " + surname, "07700 900123");
        });
        browser.signOut();

        screens.allocateAsSenior(reference, CaseScreens.KINGSTON_OFFICER_CHOICE);

        browser.signIn("kingston.officer", DemoData.DEMO_PASSWORD);
        WebElement task = screens.taskRowOnDashboard(reference);
        assertTrue(task.getText().contains("20th school day of absence"), task.getText());
        assertTrue(task.getText().contains("Overdue"), "40 days ago is past the 20th school day: " + task.getText());
        browser.screenshot("dashboard-officer");
        task.findElement(By.linkText(reference)).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/case.xhtml"));
        assertEquals("Open", browser.find(By.id("status")).getText());

        // The advice never suggests a ground (i) deletion while a condition is unknown, however long the absence.
        assertTrue(browser.find(By.id("groundIHeadline")).getText().startsWith("Ground (i) is not met yet"), browser.find(By.id("groundIHeadline")).getText());
        assertTrue(browser.find(By.id("groundI")).getText().contains("Not yet Every session recorded with code G, N or O"),
                browser.find(By.id("groundI")).getText());
        screens.addEnquiry("Home visit", "No answer; neighbours say the family left in the summer");
        browser.selectOneMenu("cme:absenceRecording", "Only codes G, N or O");
        browser.selectOneMenu("cme:schoolBelief", "No: no reason to think the child is ill or unavoidably absent");
        screens.saveAndExpect("cme:saveCme", "groundI", "Met Every session recorded with code G, N or O");
        assertTrue(browser.find(By.id("groundIHeadline")).getText().startsWith("Ground (i) is not met yet"), "the school's own enquiries are missing");
        screens.addEnquiry("School's contacts with the family and friends", "Both parents' phones unobtainable; friends do not know");
        assertTrue(browser.find(By.id("groundIHeadline")).getText().startsWith("Every condition of ground (i) is met"),
                browser.find(By.id("groundIHeadline")).getText());
        browser.screenshot("cme-ground-i-met");
        screens.addEnquiry("DfE lost-pupil area (School2School)", "Details placed in the lost-pupil area");
        screens.markTaskDone(0, "20th school day of absence", "Every condition of ground (i) checked with the school");

        browser.selectOneMenu("close:outcome", "Not traced: details placed in the DfE lost-pupil area");
        browser.find(By.id("close:closeCase")).click();
        browser.waitFor(ExpectedConditions.textToBe(By.id("status"), "Closed"));
        browser.screenshot("cme-closed");
        assertTrue(browser.find(By.id("caseHistory")).getText().contains("closed: Not traced"));
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    /** A transfer to another school is kept on the child's record, with its parents, and opens no missing-education case. */
    @Test
    void aTransferReturnIsRecordedOnTheChildWithoutACase() {
        String surname = uniqueSurname();
        browser.signIn("kingston.officer", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        browser.find(By.id("navNotification")).click();
        browser.find(By.linkText("Deletion from the admission register")).click();
        browser.find(By.id("notification:schoolUrn_input")).sendKeys(KINGSTON_PRIMARY);
        browser.find(By.id("notification:forename")).sendKeys("Theo");
        browser.find(By.id("notification:surname")).sendKeys(surname);
        browser.typeDate("notification:dateOfBirth_input", "09/09/2016");
        browser.selectOneMenu("notification:ground", "(a) Registered at another school");
        browser.typeDate("notification:deletedOn_input", TYPED.format(today()));
        browser.find(By.id("notification:parentName1")).sendKeys("Jo " + surname);
        browser.find(By.id("notification:parentAddress1")).sendKeys("3 Canbury Park Road, Kingston upon Thames KT2 6JX");
        browser.find(By.id("notification:parentPhone1")).sendKeys("07700 900789");
        browser.find(By.id("notification:receive")).click();

        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("receivedCase"), "no case was opened"));
        assertTrue(browser.findAll(By.id("openReceived")).isEmpty(), "no case to open");
        browser.find(By.id("navChildren")).click();
        browser.find(By.id("children:search")).sendKeys(surname);
        browser.find(By.id("children:find")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("children:results"), surname));
        browser.find(By.cssSelector("[id='children:results_data'] tr:first-child a")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/child.xhtml"));
        String deletions = browser.find(By.id("rollDeletions")).getText();
        assertTrue(deletions.contains("(a) Registered at another school"), deletions);
        assertTrue(deletions.contains("3 Canbury Park Road"), deletions);
        assertTrue(deletions.contains("no case opened"), deletions);
        assertTrue(browser.find(By.id("cases")).getText().contains("No case is recorded for this child."), browser.find(By.id("cases")).getText());
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void aPermanentExclusionGetsItsGovernorsTaskAndClosesWhenUpheld() {
        String surname = uniqueSurname();
        browser.signIn("kingston.officer", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        String reference = screens.enterReturn("Suspension or permanent exclusion", KINGSTON_SECONDARY, "Kai", surname, "03/03/2012", () -> {
            browser.selectOneMenu("notification:category", "Permanent exclusion");
            browser.typeDate("notification:startDate_input", TYPED.format(today().minusDays(2)));
            browser.selectOneMenu("notification:reason1", "PA: Physical assault against an adult");
        });
        browser.signOut();

        screens.allocateAsSenior(reference, CaseScreens.KINGSTON_OFFICER_CHOICE);

        browser.signIn("kingston.officer", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        browser.open("officer/case.xhtml?ref=" + reference);
        String tasks = browser.find(By.id("tasks:openTasks")).getText();
        assertTrue(tasks.contains("Governing board must consider reinstatement by"), tasks);
        assertTrue(tasks.contains("Full-time education must start by the sixth school day"), tasks);

        browser.find(By.id("provision:provisionText")).sendKeys("Pupil referral unit, mornings only");
        browser.typeDate("provision:provisionFrom_input", TYPED.format(today()));
        browser.find(By.id("provision:provisionHours_input")).sendKeys("15");
        browser.find(By.id("provision:fullTimeHours_input")).sendKeys("25");
        screens.saveAndExpect("provision:saveProvision", "doneTasks", "sixth school day");
        String notFullTime = browser.find(By.id("provision:provisionProblem")).getText();
        assertTrue(notFullTime.contains("15 hours a week against a full-time week of 25") && notFullTime.contains("s19(3A)"), notFullTime);

        browser.typeDate("governors:governorsMetOn_input", TYPED.format(today()));
        browser.selectOneMenu("governors:governorsDecision", "Exclusion upheld");
        browser.typeDate("governors:decisionNoticeOn_input", TYPED.format(today()));
        screens.tick("governors:decisionNoticePosted");
        screens.saveAndExpect("governors:saveGovernors", "tasks:openTasks", "independent review panel");
        String reviewWindow = browser.find(By.id("tasks:openTasks")).getText();
        assertTrue(reviewWindow.contains("given on the second working day after"), reviewWindow);
        assertTrue(browser.findAll(By.id("cancellation:saveCancellation")).isEmpty(), "no cancelling once the board has considered it");

        browser.selectOneMenu("close:outcome", "Permanent exclusion upheld; pupil off roll");
        browser.find(By.id("close:closingNote")).sendKeys("Parents do not seek a review");
        browser.find(By.id("close:closeCase")).click();
        browser.waitFor(ExpectedConditions.textToBe(By.id("status"), "Closed"));
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    /**
     * The head teacher's notice as the board received it, then a cancellation before the board met: the board's clock
     * counts from its own receipt, the cancellation ends every clock, and the case closes as cancelled.
     */
    @Test
    void aPermanentExclusionCancelledBeforeTheBoardMetClosesAsCancelled() {
        browser.signIn("kingston.officer", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        String reference = screens.enterReturn("Suspension or permanent exclusion", KINGSTON_SECONDARY, "Ifeoma", uniqueSurname(), "09/09/2011", () -> {
            browser.selectOneMenu("notification:category", "Permanent exclusion");
            browser.typeDate("notification:startDate_input", TYPED.format(today().minusDays(1)));
            browser.selectOneMenu("notification:reason1", "PA: Physical assault against an adult");
        });
        browser.signOut();
        screens.allocateAsSenior(reference, CaseScreens.KINGSTON_OFFICER_CHOICE);
        browser.signIn("kingston.officer", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        browser.open("officer/case.xhtml?ref=" + reference);
        assertTrue(screens.openTaskRows("Governing board").get(0).contains("the board's own receipt is not recorded"),
                screens.openTaskRows("Governing board").toString());

        browser.typeDate("exclusion:boardNotifiedOn_input", TYPED.format(today()));
        browser.find(By.id("exclusion:homeLaCode")).sendKeys("318");
        screens.tick("exclusion:socialWorkerTold");
        screens.saveAndExpect("exclusion:saveExclusion", "tasks:openTasks", "the board's receipt of the notice on " + today());
        assertEquals("318", browser.find(By.id("exclusion:homeLaCode")).getAttribute("value"), "the home authority is kept");

        browser.typeDate("cancellation:cancelledOn_input", TYPED.format(today()));
        browser.find(By.id("cancellation:cancelReason")).sendKeys("New evidence showed another pupil was responsible");
        screens.saveAndExpect("cancellation:saveCancellation", "cancelledNotice", "New evidence showed another pupil was responsible");
        assertTrue(browser.find(By.id("tasks:openTasks")).getText().contains("No deadline is outstanding."), "a cancellation ends every clock");
        assertTrue(browser.findAll(By.id("cancellation:saveCancellation")).isEmpty(), "an exclusion is cancelled once");

        screens.closeAs("Cancelled by the head teacher; pupil back at school");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void aReducedTimetableRecordedFromTheChildsPageIsReviewedThenEnds() {
        browser.signIn("kingston.officer", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        browser.open("officer/children.xhtml");
        browser.findAll(By.cssSelector("[id='children:results_data'] tr")).stream().filter(row -> row.getText().contains("Your teams"))
                .findFirst().orElseThrow().findElement(By.tagName("a")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/child.xhtml"));
        browser.find(By.id("newCase")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/new-case.xhtml"));
        browser.selectOneMenu("newCase:area", "Reduced timetable");
        browser.selectOneMenu("newCase:source", "School notification");
        browser.find(By.id("newCase:summary")).sendKeys("School emailed its reduced-timetable form");
        browser.find(By.id("newCase:record")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/case.xhtml"));
        assertEquals("Open", browser.find(By.id("status")).getText(), "an officer who knows the child takes the case");

        browser.typeDate("timetable:notifiedOn_input", TYPED.format(today()));
        browser.find(By.id("timetable:hours_input")).sendKeys("15");
        browser.find(By.id("timetable:fullTime_input")).sendKeys("32.5");
        browser.typeDate("timetable:start_input", TYPED.format(today().minusDays(7)));
        browser.typeDate("timetable:plannedEnd_input", TYPED.format(today().plusDays(120)));
        browser.find(By.id("timetable:reason")).sendKeys("Anxiety after a long absence");
        browser.find(By.id("timetable:saveTimetable")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("overLong")));
        String tasks = browser.find(By.id("tasks:openTasks")).getText();
        assertTrue(tasks.contains("Review the reduced timetable"), tasks);
        assertTrue(tasks.contains("Kingston upon Thames's protocol"), "the borough's protocol counted it: " + tasks);

        browser.typeDate("review:heldOn_input", TYPED.format(today()));
        browser.find(By.id("review:reviewNote")).sendKeys("Hours rise to 20 from Monday");
        screens.saveAndExpect("review:addReview", "doneTasks", "Review the reduced timetable");

        browser.typeDate("contact:contactAt_input", today().minusDays(1).format(TYPED) + " 10:30");
        browser.selectOneMenu("contact:channel", "Telephone");
        browser.find(By.id("contact:people")).sendKeys("Mother");
        browser.find(By.id("contact:contactSummary")).sendKeys("Agreed the next review");
        screens.saveAndExpect("contact:addContact", "contactList", "Agreed the next review");

        browser.selectOneMenu("close:outcome", "Back on a full-time timetable");
        browser.find(By.id("close:closeCase")).click();
        browser.waitFor(ExpectedConditions.textToBe(By.id("status"), "Closed"));
        browser.screenshot("reduced-timetable-closed");
        assertEquals(List.of(), browser.javaScriptErrors());
    }
}

package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pupilsupport.web.it.CaseScreens.KINGSTON_SECONDARY;
import static org.pupilsupport.web.it.CaseScreens.OFFICER;
import static org.pupilsupport.web.it.CaseScreens.today;
import static org.pupilsupport.web.it.CaseScreens.typed;
import static org.pupilsupport.web.it.CaseScreens.uniqueSurname;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Each service area's case taken from its start to closure in a real browser by Kingston's demo officers: the
 * area's facts are entered on the case page, the deadline they raise appears in "Deadlines and tasks" in the
 * words officers know, it moves to "Done" when the fact that meets it is recorded (or the officer presses Done),
 * closing is refused while the facts do not support the outcome, and the case closes with the outcome chosen.
 * A last test attaches files to a case, and checks that a file whose content is not what its name says is refused.
 */
class CaseAreasBrowserIT extends BrowserTest {

    /** A Kingston secondary other than {@link CaseScreens#KINGSTON_SECONDARY}: the receiving school of a managed move. */
    static final String ANOTHER_KINGSTON_SECONDARY = "991408";
    /** A Kingston primary no other browser test records returns for, for a consultancy. */
    static final String CONSULTED_PRIMARY = "991402";
    /** A Kingston primary a fair access panel places a child at. */
    static final String PLACING_PRIMARY = "991401";

    private CaseScreens screens;

    @BeforeEach
    void caseScreens() {
        screens = new CaseScreens(browser);
    }

    @Test
    void aPupilAtRiskOfExclusionHasAPlanWhoseActionsAreReviewedThenDone() {
        screens.signInTo(OFFICER);
        screens.openAChildMyTeamsKnow();
        String reference = screens.recordFromChildsPage("At risk of exclusion", "School notification",
                "School fears a permanent exclusion after repeated incidents");
        assertTrue(reference.startsWith("ARE-"), reference);
        assertEquals("Support plan", browser.find(By.id("planHeading")).getText());

        addPlanAction("Weekly mentoring with the learning mentor", "Head of year", 14);
        addPlanAction("Educational psychologist assessment", "Inclusion officer", 28);
        List<String> reviews = screens.openTaskRows("Review an action of the plan");
        assertEquals(2, reviews.size(), "one review task for each action: " + reviews);
        assertTrue(reviews.get(0).contains("Weekly mentoring with the learning mentor (Head of year)"), reviews.get(0));
        assertTrue(reviews.get(1).contains("Educational psychologist assessment (Inclusion officer)"), reviews.get(1));
        assertTrue(reviews.get(0).contains(OFFICER), "the task is the case officer's: " + reviews.get(0));

        screens.saveAndExpect("actions:actionList:0:actionDone", "doneTasks", "Review an action of the plan");
        assertEquals(1, screens.openTaskRows("Review an action of the plan").size(), "the second action is still to review");
        assertEquals(1, screens.doneTaskRows("Review an action of the plan").size());

        screens.chooseOutcomeAndPressClose("Risk reduced; support plan completed");
        String refusal = browser.find(By.cssSelector("#errorSummary .error-summary-list")).getText();
        assertTrue(refusal.contains("Every action of the plan must be done before closing as \"Risk reduced; support plan completed\""), refusal);
        assertEquals("Open", browser.find(By.id("status")).getText());

        screens.press("actions:actionList:1:actionDone");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks:openTasks"), "No deadline is outstanding."));
        assertEquals(2, screens.doneTaskRows("Review an action of the plan").size(), "both reviews are done");
        assertTrue(browser.findAll(By.cssSelector("[id^='actions:actionList:'][id$=':actionDone']")).isEmpty(), "no action is left to do");

        screens.closeAs("Risk reduced; support plan completed");
        browser.screenshot("at-risk-closed");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void aManagedMoveReturnIsAllocatedDecidedAndMadePermanent() {
        String surname = uniqueSurname();
        screens.signInTo(OFFICER);
        String reference = screens.enterReturn("Managed move", KINGSTON_SECONDARY, "Rhys", surname, "17/09/2011", () -> {
            browser.find(By.id("notification:receivingUrn_input")).sendKeys(ANOTHER_KINGSTON_SECONDARY);
            browser.typeDate("notification:parentConsent_input", typed(today().minusDays(12)));
            browser.typeDate("notification:schoolConsent_input", typed(today().minusDays(11)));
            browser.typeDate("notification:moveStart_input", typed(today().minusDays(7)));
            browser.typeDate("notification:decisionDue_input", typed(today().plusDays(5)));
            browser.find(By.id("notification:plan")).sendKeys("Six-week trial with a weekly review by both schools");
        });
        assertTrue(reference.startsWith("MMV-"), reference);
        browser.signOut();

        screens.allocateAsSenior(reference, CaseScreens.KINGSTON_OFFICER_CHOICE);

        screens.signInTo(OFFICER);
        WebElement task = screens.taskRowOnDashboard(reference);
        assertTrue(task.getText().contains("Decide whether the managed move becomes permanent"), task.getText());
        assertFalse(task.getText().contains("Overdue"), "the decision is due in five days: " + task.getText());
        task.findElement(By.linkText(reference)).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/case.xhtml"));
        assertEquals("Open", browser.find(By.id("status")).getText());
        assertEquals(OFFICER, browser.find(By.id("officer")).getText());
        assertEquals(ANOTHER_KINGSTON_SECONDARY, browser.find(By.id("move:receivingUrn_input")).getAttribute("value"),
                "the return's receiving school is on the case");
        List<String> decisions = screens.openTaskRows("Decide whether the managed move becomes permanent");
        assertEquals(1, decisions.size(), decisions.toString());
        assertTrue(decisions.get(0).contains("agreed when the move started on " + today().minusDays(7)), decisions.get(0));

        // The schools and the parents have met and agreed: the officer marks the decision done with a note.
        screens.markTaskDone(0, "Decide whether the managed move becomes permanent", "Both schools and the parents agreed to make it permanent");
        assertTrue(screens.doneTaskRows("Decide whether the managed move becomes permanent").get(0)
                .contains("Both schools and the parents agreed to make it permanent"));
        assertTrue(browser.find(By.id("tasks:openTasks")).getText().contains("No deadline is outstanding."));

        screens.closeAs("Move made permanent");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void aChildMissingSchoolThroughIllHealthGetsEducationArrangedThenReturns() {
        screens.signInTo(OFFICER);
        screens.openAChildMyTeamsKnow();
        String reference = screens.recordFromChildsPage("Health needs (s19)", "Parent or carer", "Mother reports a long hospital stay");
        assertTrue(reference.startsWith("S19-"), reference);

        browser.typeDate("health:firstDayMissed_input", typed(today().minusDays(14)));
        browser.find(By.id("health:daysMissed_input")).sendKeys("9");
        browser.typeDate("health:countedOn_input", typed(today().minusDays(1)));
        screens.saveAndExpect("health:saveHealth", "tasks:openTasks", "15th school day missed through ill health");
        List<String> s19 = screens.openTaskRows("15th school day missed through ill health: s19 education must be arranged");
        assertEquals(1, s19.size(), s19.toString());
        assertTrue(s19.get(0).contains("9 school days missed by " + today().minusDays(1)), s19.get(0));
        assertTrue(browser.find(By.id("fifteenthDay")).getText().matches("\\d{1,2} \\w{3} \\d{4}"), "the page says when the 15th day falls");

        // The doctor's letter of yesterday says six weeks: education is due from that day, not on the 15th day.
        browser.find(By.id("health:expectedDays_input")).sendKeys("30");
        browser.typeDate("health:expectedClearOn_input", typed(today().minusDays(1)));
        screens.saveAndExpect("health:saveHealth", "dueNow",
                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK).format(today().minusDays(1)));
        assertTrue(screens.openTaskRows("15th school day missed through ill health").get(0).contains("expected to miss 30 school days in all"),
                screens.openTaskRows("15th school day missed through ill health").get(0));

        browser.find(By.id("healthProvision:provider")).sendKeys("Kingston hospital and home tuition service");
        browser.find(By.id("healthProvision:healthHours_input")).sendKeys("10");
        browser.typeDate("healthProvision:healthFrom_input", typed(today()));
        screens.saveAndExpect("healthProvision:saveHealthProvision", "doneTasks", "15th school day missed through ill health");
        assertTrue(screens.openTaskRows("15th school day").isEmpty(), "the education arranged meets the deadline");
        assertTrue(screens.doneTaskRows("15th school day").get(0).contains("met: recorded on the case"),
                screens.doneTaskRows("15th school day").get(0));

        screens.addContactYesterday("Telephone", "Mother", "Tuition going well; a phased return is planned");
        screens.closeAs("Returned to school");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void aHomeEducatingFamilyIsContactedAndTheEducationFoundSuitable() {
        screens.signInTo(OFFICER);
        screens.openAChildMyTeamsKnow();
        String reference = screens.recordFromChildsPage("Elective home education", "Parent or carer", "Parents' letter: they will home educate");
        assertTrue(reference.startsWith("EHE-"), reference);

        browser.typeDate("ehe:noticeOn_input", typed(today().minusDays(3)));
        screens.saveAndExpect("ehe:saveEhe", "tasks:openTasks", "First contact with the home-educating family");
        assertTrue(browser.find(By.id("noticeProblem")).getText().contains("only on written notice"),
                "a notice given by word of mouth does not let the school delete under ground (f)");
        screens.tick("ehe:written");
        screens.saveAndExpect("ehe:saveEhe", "messages", "Home education saved");
        assertTrue(browser.findAll(By.id("noticeProblem")).isEmpty(), "the written notice is recorded");
        assertEquals(1, screens.openTaskRows("First contact with the home-educating family").size());

        screens.addContactYesterday("Face to face", "Both parents", "Home visit: talked through the education planned");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks:openTasks"), "No deadline is outstanding."));
        List<String> done = screens.doneTaskRows("First contact with the home-educating family");
        assertEquals(1, done.size(), "the visit is the first contact: " + done);

        browser.selectOneMenu("ehe:suitability", "Appears suitable");
        browser.typeDate("ehe:decidedOn_input", typed(today()));
        screens.saveAndExpect("ehe:saveEhe", "caseHistory", "appears suitable");

        screens.closeAs("No further action needed");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void aFairAccessChildIsPlacedWithinTheTwentySchoolDays() {
        screens.signInTo(OFFICER);
        screens.openAChildMyTeamsKnow();
        String reference = screens.recordFromChildsPage("In-year transfer or fair access", "Parent or carer", "Family new to the area asks for a place");
        assertTrue(reference.startsWith("IYT-"), reference);

        browser.typeDate("transfer:requestedOn_input", typed(today().minusDays(10)));
        screens.tick("transfer:fairAccess");
        browser.typeDate("transfer:panelOn_input", typed(today().minusDays(3)));
        screens.saveAndExpect("transfer:saveTransfer", "tasks:openTasks", "Child must be placed: 20 school days from the decision to use fair access");
        List<String> placing = screens.openTaskRows("Child must be placed: 20 school days from the decision to use fair access");
        assertEquals(1, placing.size(), placing.toString());
        assertTrue(placing.get(0).contains("20 school days from the panel's decision of " + today().minusDays(3)), placing.get(0));
        assertTrue(screens.openTaskRows("in-year application in writing").isEmpty(), "a fair access case has no outcome letter to send");

        screens.chooseOutcomeAndPressClose("Placed at a school");
        String refusal = browser.find(By.cssSelector("#errorSummary .error-summary-list")).getText();
        assertTrue(refusal.contains("Record the school and the date the child was placed before closing as placed"), refusal);
        assertEquals("Open", browser.find(By.id("status")).getText());

        browser.find(By.id("transfer:allocatedUrn_input")).sendKeys(PLACING_PRIMARY);
        browser.typeDate("transfer:placedOn_input", typed(today()));
        screens.saveAndExpect("transfer:saveTransfer", "doneTasks", "Child must be placed: 20 school days from the decision to use fair access");
        assertTrue(screens.openTaskRows("Child must be placed").isEmpty(), "the placement meets the deadline");

        screens.closeAs("Placed at a school");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void anAlternativeProvisionPlacementCannotBeClosedAsEndedBeforeItsEnd() {
        screens.signInTo(OFFICER);
        screens.openAChildMyTeamsKnow();
        String reference = screens.recordFromChildsPage("Alternative provision", "School notification", "School commissions a part-time placement");
        assertTrue(reference.startsWith("ALP-"), reference);

        browser.find(By.id("placement:apProvider")).sendKeys("Malden Oaks School");
        browser.find(By.id("placement:apHours_input")).sendKeys("25");
        browser.typeDate("placement:apStart_input", typed(today().minusDays(7)));
        browser.typeDate("placement:apEnd_input", typed(today().plusDays(60)));
        browser.selectOneMenu("placement:commissioner", "The local authority");
        browser.find(By.id("placement:apReason")).sendKeys("Respite from mainstream while behaviour support is arranged");
        screens.saveAndExpect("placement:savePlacement", "tasks:openTasks", "The alternative provision placement ends");
        List<String> ends = screens.openTaskRows("The alternative provision placement ends");
        assertEquals(1, ends.size(), ends.toString());
        assertTrue(ends.get(0).contains("plan the next step before the placement at Malden Oaks School ends"), ends.get(0));

        screens.chooseOutcomeAndPressClose("Placement ended");
        String refusal = browser.find(By.cssSelector("#errorSummary .error-summary-list")).getText();
        assertTrue(refusal.contains("The placement is planned to run until " + today().plusDays(60) + ": change its end date if it ended early"), refusal);
        assertEquals("Open", browser.find(By.id("status")).getText());

        screens.closeAs("No further action needed");
        assertTrue(screens.openTaskRows("The alternative provision placement ends").isEmpty());
        assertEquals(1, screens.doneTaskRows("The alternative provision placement ends").size(), "closing the case closes its task");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void aSchoolsRequestForConsultancyIsRecordedFromTheSchoolsPageAndClosedWhenFollowedUp() {
        screens.signInTo(OFFICER);
        browser.find(By.id("navSchools")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/schools.xhtml"));
        browser.find(By.id("schools:search")).sendKeys(CONSULTED_PRIMARY);
        browser.find(By.id("schools:find")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("schools:results"), CONSULTED_PRIMARY));
        browser.find(By.id("schools:results:0:open")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/school.xhtml"));
        String schoolName = browser.find(By.id("schoolName")).getText();

        browser.find(By.id("newConsultancy")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/new-case.xhtml"));
        assertEquals("Record a request for consultancy", browser.find(By.tagName("h1")).getText());
        assertTrue(browser.findAll(By.id("newCase:area")).isEmpty(), "a consultancy's area is not chosen");
        browser.selectOneMenu("newCase:source", "School notification");
        browser.find(By.id("newCase:summary")).sendKeys("Head teacher asks for advice on lunchtime behaviour");
        browser.find(By.id("newCase:record")).click();
        String reference = screens.referenceOnceOpen("School consultancy");
        assertTrue(reference.startsWith("SCO-"), reference);
        assertEquals(schoolName + " (" + CONSULTED_PRIMARY + ")", browser.find(By.id("school")).getText());
        assertEquals("Advice and follow-ups", browser.find(By.id("planHeading")).getText());

        browser.selectOneMenu("topic:topicChoice", "Behaviour");
        screens.saveAndExpect("topic:saveTopic", "caseHistory", "consultancy topic: Behaviour");
        addPlanAction("Observe two lunchtimes and share a written report", "Behaviour support teacher", 10);
        assertEquals(1, screens.openTaskRows("Review an action of the plan").size());

        // The school's page lists the case among its open cases, and leads back to it.
        browser.open("officer/school.xhtml?urn=" + CONSULTED_PRIMARY);
        String atSchool = browser.find(By.id("activeCases")).getText();
        assertTrue(atSchool.contains(reference) && atSchool.contains("School consultancy"), atSchool);
        browser.find(By.id("activeCases")).findElement(By.linkText(reference)).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/case.xhtml"));

        screens.saveAndExpect("actions:actionList:0:actionDone", "doneTasks", "Review an action of the plan");
        assertTrue(screens.openTaskRows("Review an action of the plan").isEmpty());
        screens.closeAs("Advice given and follow-ups done");

        browser.open("officer/school.xhtml?urn=" + CONSULTED_PRIMARY);
        assertFalse(browser.find(By.id("activeCases")).getText().contains(reference), "a closed case is no longer open at the school");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void aPdfIsAttachedToACaseAndAFakeOneIsRefused(@TempDir Path files) throws Exception {
        Path letter = files.resolve("letter.pdf");
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        Files.write(letter, pdf);
        Path fake = files.resolve("fake.pdf");
        Files.writeString(fake, "<html>", StandardCharsets.US_ASCII);

        screens.signInTo(OFFICER);
        screens.openAChildMyTeamsKnow();
        screens.recordFromChildsPage("At risk of exclusion", "Referral (another service or agency)", "Youth service referral with its letter");
        assertTrue(browser.find(By.id("files:fileList")).getText().contains("No file is attached."));

        // The simple upload renders its file input hidden behind the styled button, with the id the test gives it.
        assertEquals("file", browser.findAll(By.id("attach:file_input")).get(0).getAttribute("type"));
        browser.upload("attach:file_input", letter);
        screens.saveAndExpect("attach:upload", "files:fileList", "letter.pdf");
        String listed = browser.find(By.id("files:fileList")).getText();
        assertTrue(listed.contains(pdf.length + " bytes"), listed);
        assertTrue(listed.contains("by " + OFFICER), listed);
        assertTrue(browser.find(By.id("caseHistory")).getText().contains("file attached: letter.pdf"));

        // Downloading gives back the very bytes attached, under the file's name.
        browser.find(By.id("files:fileList:0:download")).click();
        Path downloaded = browser.downloadDirectory().resolve("letter.pdf");
        browser.waitFor(driver -> Files.isRegularFile(downloaded) && fileSize(downloaded) == pdf.length ? downloaded : null);
        assertArrayEquals(pdf, Files.readAllBytes(downloaded));

        browser.upload("attach:file_input", fake);
        String refusal = screens.pressExpectingRefusal("attach:upload");
        assertTrue(refusal.contains("The file's content is not a PDF file, though its name says so"), refusal);
        listed = browser.find(By.id("files:fileList")).getText();
        assertFalse(listed.contains("fake.pdf"), "the refused file is not kept: " + listed);
        assertTrue(listed.contains("letter.pdf"), listed);
        assertEquals(1, browser.findAll(By.cssSelector("[id='files:fileList_data'] tr")).size(), listed);
        browser.screenshot("files-attached");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException stillBeingWritten) {
            return -1;
        }
    }

    /** Adds an action to the plan, reviewed some days from today, and waits for it in the plan's list. */
    private void addPlanAction(String description, String owner, int reviewInDays) {
        browser.find(By.id("action:actionDescription")).sendKeys(description);
        browser.find(By.id("action:actionOwner")).sendKeys(owner);
        browser.typeDate("action:actionReviewBy_input", typed(today().plusDays(reviewInDays)));
        screens.saveAndExpect("action:addAction", "actions:actionList", description);
    }
}

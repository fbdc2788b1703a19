package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pupilsupport.core.demo.DemoData;

/**
 * What the casework browser tests do on the case screens, as an officer would: sign in, enter a school's return,
 * record a case from a child's page, allocate as the senior officer, press a save button and see its effect or
 * its refusal, record a contact, close the case.
 */
final class CaseScreens {

    /** DemoData's first invented Kingston school (a primary) and the first secondary. */
    static final String KINGSTON_PRIMARY = "991400";
    static final String KINGSTON_SECONDARY = "991407";
    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String OFFICER = "kingston.officer";
    static final String SENIOR = "kingston.senior";

    private final Browser browser;

    CaseScreens(Browser browser) {
        this.browser = browser;
    }

    /** Today where the service runs: its deadlines and date checks use England's clock. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** A date as officers type it into a date picker. */
    static String typed(LocalDate date) {
        return TYPED.format(date);
    }

    /** A surname no earlier run has used, so searches and rows find this run's child. */
    static String uniqueSurname() {
        // Digits become letters (0 to g ... 9 to p) rather than being dropped, so there are always six letters to take.
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
            letters.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return "Casework" + letters.substring(0, 6);
    }

    /** Signs in as a demo officer of Kingston and waits for the officer's day. */
    void signInTo(String username) {
        browser.signIn(username, DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
    }

    /** Enters a school's return on the notification page and gives back the new case's reference. */
    String enterReturn(String kindLabel, String schoolUrn, String forename, String surname, String dateOfBirth, Runnable kindFacts) {
        browser.find(By.id("navNotification")).click();
        browser.find(By.linkText(kindLabel)).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("notification:schoolUrn_input")));
        browser.find(By.id("notification:schoolUrn_input")).sendKeys(schoolUrn);
        browser.find(By.id("notification:forename")).sendKeys(forename);
        browser.find(By.id("notification:surname")).sendKeys(surname);
        browser.typeDate("notification:dateOfBirth_input", dateOfBirth);
        kindFacts.run();
        browser.find(By.id("notification:receive")).click();
        browser.waitFor(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("openReceived")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errorSummary .error-summary-list"))));
        if (browser.findAll(By.id("openReceived")).isEmpty()) {
            throw new AssertionError("the return was refused: " + browser.find(By.id("messages")).getText());
        }
        String reference = browser.find(By.id("openReceived")).getText();
        assertTrue(reference.matches("[A-Z0-9]{3}-\\d{6}"), reference);
        return reference;
    }

    /** The demo officer as the allocation list shows them: once, by name, with every team they are in. */
    static final String KINGSTON_OFFICER_CHOICE = "Demo officer, Kingston upon Thames (Children missing education, Inclusion and exclusions)";

    /** The senior officer finds the return awaiting allocation on the dashboard and allocates it. */
    void allocateAsSenior(String reference, String officerChoice) {
        signInTo(SENIOR);
        browser.screenshot("dashboard-senior");
        browser.find(By.id("awaiting")).findElement(By.linkText(reference)).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/case.xhtml"));
        assertEquals("Awaiting allocation", browser.find(By.id("status")).getText());
        browser.selectOneMenu("allocation:allocateTo", officerChoice);
        browser.find(By.id("allocation:allocate")).click();
        browser.waitFor(ExpectedConditions.textToBe(By.id("status"), "Open"));
        browser.signOut();
    }

    /** From the children list, the first child the officer's teams know, and that child's page. */
    void openAChildMyTeamsKnow() {
        browser.find(By.id("navChildren")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/children.xhtml"));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='children:results_data'] tr")));
        browser.findAll(By.cssSelector("[id='children:results_data'] tr")).stream().filter(row -> row.getText().contains("Your teams"))
                .findFirst().orElseThrow(() -> new AssertionError("no child known to the officer's teams in the list"))
                .findElement(By.tagName("a")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/child.xhtml"));
    }

    /**
     * Records a case of the area from the child's page the browser is on, taken by the officer (the default for
     * a child the teams know), and gives back its reference once the case page shows it open.
     */
    String recordFromChildsPage(String areaLabel, String sourceLabel, String summary) {
        browser.find(By.id("newCase")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/new-case.xhtml"));
        browser.selectOneMenu("newCase:area", areaLabel);
        browser.selectOneMenu("newCase:source", sourceLabel);
        browser.find(By.id("newCase:summary")).sendKeys(summary);
        browser.find(By.id("newCase:record")).click();
        return referenceOnceOpen(areaLabel);
    }

    /** On the case page just reached: checks the heading names the area and the case is open, and gives back the reference. */
    String referenceOnceOpen(String areaLabel) {
        browser.waitFor(ExpectedConditions.or(ExpectedConditions.urlContains("/officer/case.xhtml"),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errorSummary .error-summary-list"))));
        if (!browser.currentUrl().contains("/officer/case.xhtml")) {
            throw new AssertionError("the case was not recorded: " + browser.find(By.id("messages")).getText());
        }
        String heading = browser.find(By.id("caseHeading")).getText();
        assertTrue(heading.endsWith(": " + areaLabel), heading);
        String reference = heading.substring(0, heading.indexOf(':'));
        assertTrue(reference.matches("[A-Z0-9]{3}-\\d{6}"), reference);
        assertEquals("Open", browser.find(By.id("status")).getText(), "the recording officer takes the case");
        assertEquals(OFFICER, browser.find(By.id("officer")).getText());
        return reference;
    }

    /**
     * Presses a button that posts the whole page and waits for the next page to replace it, so nothing read after
     * this comes from the page before the press.
     */
    void press(String buttonId) {
        WebElement button = browser.find(By.id(buttonId));
        try {
            button.click();
        } catch (org.openqa.selenium.StaleElementReferenceException replacedBeforeThePress) {
            // The page the button was found on was still being replaced by the previous action's answer: press it on the new one.
            button = browser.find(By.id(buttonId));
            button.click();
        }
        browser.waitUntilReplaced(button);
        browser.waitFor(ExpectedConditions.jsReturnsValue("return document.readyState === 'complete' ? document.readyState : null"));
    }

    /** Presses a save button and waits for the text to appear where it belongs, failing with the page's message if the save was refused. */
    void saveAndExpect(String buttonId, String whereId, String text) {
        press(buttonId);
        browser.waitFor(ExpectedConditions.or(ExpectedConditions.textToBePresentInElementLocated(By.id(whereId), text),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errorSummary .error-summary-list"))));
        if (!browser.find(By.id(whereId)).getText().contains(text)) {
            throw new AssertionError("pressing " + buttonId + " was refused: " + browser.find(By.id("messages")).getText());
        }
    }

    /**
     * Fills the deletion part of a school's return for ground (i): deleted today, absent since {@code daysAgo} days
     * ago, and the one parent the child lives with.
     */
    void fillGroundIDeletion(int daysAgo, String parentName, String phone) {
        browser.selectOneMenu("notification:ground", "(i) Absent 20 continuous school days without explanation after joint reasonable enquiries");
        browser.typeDate("notification:deletedOn_input", typed(today()));
        browser.typeDate("notification:firstDayAbsent_input", typed(today().minusDays(daysAgo)));
        browser.find(By.id("notification:parentName1")).sendKeys(parentName);
        browser.find(By.id("notification:parentAddress1")).sendKeys("12 Fairfield Road, Kingston upon Thames KT1 2PY");
        browser.find(By.id("notification:parentPhone1")).sendKeys(phone);
    }

    /** Presses "Done" on an open task of the case page, confirms it, and waits for the task to show as done. */
    void markTaskDone(int row, String label) {
        markTaskDone(row, label, null);
    }

    /** As {@link #markTaskDone(int, String)}, with the note, or the reason a statutory deadline needs, typed in the confirming step. */
    void markTaskDone(int row, String label, String note) {
        press("tasks:openTasks:" + row + ":done");
        if (note != null) {
            browser.find(By.id("tasks:taskNote")).sendKeys(note);
        }
        saveAndExpect("tasks:confirmTaskDone", "doneTasks", label);
    }

    /** Presses a button that must be refused, and gives back the refusal the page shows. */
    String pressExpectingRefusal(String buttonId) {
        press(buttonId);
        return browser.find(By.cssSelector("#errorSummary .error-summary-list")).getText();
    }

    /** Ticks a PrimeFaces checkbox by clicking its box, as a person would, and waits for the hidden input to be checked. */
    void tick(String checkboxId) {
        browser.find(By.cssSelector("[id='" + checkboxId + "'] .ui-chkbox-box")).click();
        browser.waitFor(ExpectedConditions.elementSelectionStateToBe(By.id(checkboxId + "_input"), true));
    }

    WebElement taskRowOnDashboard(String reference) {
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        return browser.findAll(By.cssSelector("[id='tasks:taskTable_data'] tr")).stream().filter(row -> row.getText().contains(reference))
                .findFirst().orElseThrow(() -> new AssertionError("no task of " + reference + " on the dashboard"));
    }

    /** The rows of the case's open tasks whose text contains the words, e.g. a deadline's label. */
    List<String> openTaskRows(String words) {
        return rowsOf("tasks:openTasks_data", words);
    }

    /** The rows of the case's done tasks whose text contains the words. */
    List<String> doneTaskRows(String words) {
        if (browser.findAll(By.id("doneTasks")).isEmpty()) {
            return List.of();
        }
        return rowsOf("doneTasks_data", words);
    }

    private List<String> rowsOf(String tbodyId, String words) {
        return browser.findAll(By.cssSelector("[id='" + tbodyId + "'] tr")).stream().map(WebElement::getText).filter(text -> text.contains(words))
                .toList();
    }

    void addEnquiry(String kind, String result) {
        browser.selectOneMenu("enquiry:enquiryKind", kind);
        browser.typeDate("enquiry:enquiryMadeOn_input", typed(today()));
        browser.find(By.id("enquiry:enquiryResult")).sendKeys(result);
        saveAndExpect("enquiry:addEnquiry", "enquiries", result);
    }

    /** Records a contact of yesterday morning (a time of day today could still be in the future). */
    void addContactYesterday(String channelLabel, String people, String summary) {
        browser.typeDate("contact:contactAt_input", typed(today().minusDays(1)) + " 10:30");
        browser.selectOneMenu("contact:channel", channelLabel);
        browser.find(By.id("contact:people")).sendKeys(people);
        browser.find(By.id("contact:contactSummary")).sendKeys(summary);
        saveAndExpect("contact:addContact", "contactList", summary);
    }

    /** Chooses the outcome and presses "Close the case". */
    void chooseOutcomeAndPressClose(String outcomeLabel) {
        browser.selectOneMenu("close:outcome", outcomeLabel);
        press("close:closeCase");
    }

    /** Closes the case with the outcome and checks the page shows it closed with that outcome. */
    void closeAs(String outcomeLabel) {
        chooseOutcomeAndPressClose(outcomeLabel);
        if (browser.findAll(By.cssSelector("#errorSummary .error-summary-list")).size() > 0) {
            throw new AssertionError("closing as \"" + outcomeLabel + "\" was refused: " + browser.find(By.id("messages")).getText());
        }
        browser.waitFor(ExpectedConditions.textToBe(By.id("status"), "Closed"));
        assertEquals(outcomeLabel, browser.find(By.id("outcomeShown")).getText());
        assertTrue(browser.find(By.id("caseHistory")).getText().contains("closed: " + outcomeLabel), browser.find(By.id("caseHistory")).getText());
    }
}

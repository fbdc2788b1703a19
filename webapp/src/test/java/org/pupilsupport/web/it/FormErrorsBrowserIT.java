package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pupilsupport.core.demo.DemoData;

/**
 * Forms in the GOV.UK Design System's manner, in a real browser: every error of a form at once in a
 * summary that takes focus and links to each field, each message beside its field, the field marked
 * invalid and described by it, what was typed kept, and impossible dates refused rather than adjusted.
 */
class FormErrorsBrowserIT extends BrowserTest {

    @Test
    void aNewChildWithSeveralProblemsShowsThemAllAtOnceBesideTheirFields() {
        signInAndOpenNewChild();
        browser.find(By.id("newChild:middleNames")).sendKeys("Jo");
        browser.find(By.id("newChild:upn")).sendKeys("XYZ");
        typeDateAndCloseTheCalendar("newChild:dateOfBirth_input", "14/02/2016");
        browser.screenshot("new-child-typed");
        submitNewChild();

        assertEquals("errorSummary", activeElementId(), "the summary takes focus so it is announced");
        assertEquals("XYZ", browser.find(By.id("newChild:upn")).getAttribute("value"));
        assertSummaryLinksEachField(Map.of(
                "newChild:forename", "Enter the child's legal forename",
                "newChild:surname", "Enter the child's legal surname",
                "newChild:upn", "UPN"));
        assertEquals("Jo", browser.find(By.id("newChild:middleNames")).getAttribute("value"));
        assertEquals("XYZ", browser.find(By.id("newChild:upn")).getAttribute("value"));
        assertEquals("14/02/2016", browser.find(By.id("newChild:dateOfBirth_input")).getAttribute("value"));
        browser.screenshot("new-child-errors");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void anImpossibleOrUnreadableDateIsRefusedNamingTheFieldAndKeptAsTyped() {
        signInAndOpenNewChild();
        typeDateAndCloseTheCalendar("newChild:dateOfBirth_input", "31/02/2013");
        typeDateAndCloseTheCalendar("newChild:onRollSince_input", "15/13/2025");
        browser.find(By.id("newChild:forename")).sendKeys("Ines");
        browser.find(By.id("newChild:surname")).sendKeys("Strictdate");
        browser.screenshot("new-child-dates-typed");
        submitNewChild();

        assertEquals("15/13/2025", browser.find(By.id("newChild:onRollSince_input")).getAttribute("value"), "never blanked");

        assertSummaryLinksEachField(Map.of(
                "newChild:dateOfBirth_input", "Date of birth must be a real date, for example 27/03/2014",
                "newChild:onRollSince_input", "On the school's roll since must be a real date, for example 27/03/2014"));
        assertEquals("31/02/2013", browser.find(By.id("newChild:dateOfBirth_input")).getAttribute("value"), "never moved to 28/02/2013");
        assertEquals("15/13/2025", browser.find(By.id("newChild:onRollSince_input")).getAttribute("value"), "never blanked");
        assertTrue(browser.currentUrl().contains("/officer/new-child.xhtml"), "nothing was recorded");
        assertTrue(browser.find(By.id("errorSummaryDatesFirst")).getText().contains("The other answers are checked when you save again"),
                "the summary says the service's own checks wait for readable dates");
    }

    @Test
    void anIsoDateIsTakenAndShownBackAsOfficersTypeIt() {
        signInAndOpenNewChild();
        typeDateAndCloseTheCalendar("newChild:dateOfBirth_input", "2016-02-29");
        submitNewChild();

        assertEquals("29/02/2016", browser.find(By.id("newChild:dateOfBirth_input")).getAttribute("value"));
        assertTrue(browser.find(By.id("errorSummary")).getText().contains("Enter the child's legal forename"));
        assertEquals(List.of(), browser.findAll(By.cssSelector("[id='newChild:dateOfBirth_input'][aria-invalid='true']")));
        assertEquals(List.of(), browser.findAll(By.id("errorSummaryDatesFirst")), "every date was read, so every check ran");
    }

    @Test
    void aContactWithNothingFilledInIsRefusedForEveryFieldOnTheCasePage() {
        CaseScreens screens = new CaseScreens(browser);
        screens.signInTo(CaseScreens.OFFICER);
        screens.openAChildMyTeamsKnow();
        screens.recordFromChildsPage("Health needs (s19)", "Parent or carer", "Form errors test: " + CaseScreens.uniqueSurname());

        browser.find(By.id("contact:people")).sendKeys("Mother");
        screens.press("contact:addContact");

        assertSummaryLinksEachField(Map.of(
                "contact:contactAt_input", "Enter when the contact happened",
                "contact:channel", "Choose how the contact happened",
                "contact:contactSummary", "Enter a summary of the contact"));
        assertEquals("Mother", browser.find(By.id("contact:people")).getAttribute("value"));
        browser.screenshot("contact-errors");
    }

    /** A case-area form's own rules: every problem at once, each linked from the summary and marked beside its field. */
    @Test
    void aCaseAreaFormShowsEveryRuleItBreaksBesideItsField() {
        CaseScreens screens = new CaseScreens(browser);
        screens.signInTo(CaseScreens.OFFICER);
        screens.openAChildMyTeamsKnow();
        screens.recordFromChildsPage("Health needs (s19)", "Parent or carer", "Area errors test: " + CaseScreens.uniqueSurname());

        browser.find(By.id("health:daysMissed_input")).sendKeys("12");
        browser.typeDate("health:countedOn_input", CaseScreens.typed(CaseScreens.today().plusDays(3)));
        browser.find(By.id("health:countedOn_input")).sendKeys(Keys.ESCAPE);
        screens.press("health:saveHealth");

        assertSummaryLinksEachField(Map.of(
                "health:firstDayMissed_input", "Enter the first school day missed",
                "health:countedOn_input", "Days missed are counted from the first day missed up to today, not beyond"));
        assertEquals("12", browser.find(By.id("health:daysMissed_input")).getAttribute("value"), "what was typed stays");
    }

    /** A UPN refused on the child's page, and an enrolment refused on two counts, each marked beside its own field. */
    @Test
    void theChildsUpnAndEnrolmentRefusalsAreMarkedBesideTheirFields() {
        CaseScreens screens = new CaseScreens(browser);
        screens.signInTo(CaseScreens.OFFICER);
        screens.openAChildMyTeamsKnow();

        browser.find(By.cssSelector("[id='details:detailsPanel'] .ui-panel-titlebar-icon")).click();
        browser.find(By.id("details:newUpn")).sendKeys("A12345");
        screens.press("details:saveUpn");
        assertSummaryLinksEachField(Map.of("details:newUpn", "UPN"));
        assertEquals("A12345", browser.find(By.id("details:newUpn")).getAttribute("value"));

        browser.find(By.cssSelector("[id='enrol:enrolPanel'] .ui-panel-titlebar-icon")).click();
        browser.find(By.id("enrol:urn_input")).sendKeys("999998");
        browser.typeDate("enrol:joined_input", "01/01/1990");
        browser.find(By.id("enrol:joined_input")).sendKeys(Keys.ESCAPE);
        screens.press("enrol:saveEnrolment");
        WebElement summary = browser.find(By.id("errorSummary"));
        assertEquals(1, summary.findElements(By.cssSelector(".error-summary-list a[href$='#enrol:urn_input']")).size(), summary.getText());
        assertEquals("true", browser.find(By.id("enrol:urn_input")).getAttribute("aria-invalid"));
    }

    private void signInAndOpenNewChild() {
        browser.signIn("kingston.officer", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        browser.open("officer/new-child.xhtml");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("newChild:forename")));
    }

    /** Types into a date picker, then closes its calendar as a person would, so the next keys reach the next field. */
    private void typeDateAndCloseTheCalendar(String inputId, String text) {
        browser.typeDate(inputId, text);
        browser.find(By.id(inputId)).sendKeys(Keys.ESCAPE);
    }

    private void submitNewChild() {
        WebElement button = browser.find(By.id("newChild:record"));
        button.click();
        browser.waitUntilReplaced(button);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("errorSummary")));
    }

    /**
     * The summary lists exactly these fields' errors (message fragments), each entry links to its field's input
     * and moves focus there; each input is aria-invalid and described by its message shown beside it.
     */
    private void assertSummaryLinksEachField(Map<String, String> messageByInputId) {
        WebElement summary = browser.find(By.id("errorSummary"));
        assertTrue(summary.getText().startsWith("There is a problem"), summary.getText());
        List<WebElement> links = summary.findElements(By.cssSelector(".error-summary-list a"));
        assertEquals(messageByInputId.size(), summary.findElements(By.cssSelector(".error-summary-list li")).size(), summary.getText());
        assertEquals(messageByInputId.size(), links.size(), summary.getText());
        for (Map.Entry<String, String> expected : messageByInputId.entrySet()) {
            String inputId = expected.getKey();
            WebElement link = links.stream().filter(candidate -> ("#" + inputId).equals(candidate.getAttribute("href").replaceAll("^[^#]*", "")))
                    .findFirst().orElseThrow(() -> new AssertionError("no summary link to " + inputId + " in " + summary.getText() + " "
                            + links.stream().map(candidate -> candidate.getAttribute("href")).toList()));
            assertTrue(link.getText().contains(expected.getValue()), link.getText());

            WebElement input = browser.find(By.id(inputId));
            assertEquals("true", input.getAttribute("aria-invalid"), inputId + " is marked invalid");
            String describedBy = input.getAttribute("aria-describedby");
            assertTrue(describedBy != null && !describedBy.isBlank(), inputId + " is described by its message");
            WebElement message = browser.find(By.id(describedBy.split(" ")[0]));
            assertTrue(message.isDisplayed() && message.getText().contains(expected.getValue()), inputId + ": " + message.getText());
        }
        for (String inputId : messageByInputId.keySet()) {
            browser.find(By.id("errorSummary")).findElements(By.cssSelector(".error-summary-list a")).stream()
                    .filter(candidate -> candidate.getAttribute("href").endsWith("#" + inputId)).findFirst().orElseThrow().click();
            browser.waitFor(driver -> inputId.equals(activeElementId()));
            // A date picker opens its calendar on focus; close it, as a person would, before the next link.
            browser.find(By.id(inputId)).sendKeys(Keys.ESCAPE);
        }
    }

    private String activeElementId() {
        return (String) browser.javaScript("return document.activeElement ? document.activeElement.id : null;");
    }
}

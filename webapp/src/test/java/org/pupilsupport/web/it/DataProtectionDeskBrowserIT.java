package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pupilsupport.web.it.CaseScreens.uniqueSurname;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pupilsupport.core.demo.DemoData;

/**
 * An officer logs a parent's access request received by email, after being told what is missing; the DPO lands on
 * the data protection desk, finds it in the register, stops the clock for clarification and starts it again, decides
 * and records the response, and reads every step in the request's history. And the DPO logs a child's objection on the
 * desk, upholds it and stops processing, which the officer then reads on the child's page. Every page is checked with axe.
 */
class DataProtectionDeskBrowserIT extends BrowserTest {

    @Test
    void anOfficerLogsARequestAndTheDpoWorksItToTheResponse() {
        CaseScreens screens = new CaseScreens(browser);
        String surname = uniqueSurname();
        screens.signInTo(CaseScreens.OFFICER);
        screens.enterReturn("Deletion from the admission register", CaseScreens.KINGSTON_PRIMARY, "Marigold", surname, "05/05/2016",
                () -> screens.fillGroundIDeletion(40, "Agnes " + surname, "07700 900456"));

        browser.find(By.id("navLogRequest")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/log-request.xhtml"));
        screens.press("log:logRequest");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errorSummary .error-summary-list")));
        String missing = browser.find(By.cssSelector("#errorSummary .error-summary-list")).getText();
        assertTrue(missing.contains("Choose what the person asks for") && missing.contains("Find and add the child"), missing);
        assertEquals("true", browser.find(By.id("log:kind")).getAttribute("aria-invalid"));

        browser.find(By.id("findChild:lookFor")).sendKeys(surname);
        screens.press("findChild:find");
        browser.find(By.partialLinkText("Add Marigold")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("log:chosenChildren"), surname));
        browser.selectOneMenu("log:kind", "Access (a copy of the information held) (UK GDPR Article 15)");
        browser.selectOneMenu("log:requesterRole", "A parent or carer on the child's behalf");
        browser.find(By.id("log:requesterName")).sendKeys("Agnes " + surname);
        browser.find(By.id("log:requesterContact")).sendKeys("agnes@example.org");
        browser.selectOneMenu("log:competence", "The child is not able to understand the request: the parent or carer acts for them");
        browser.find(By.id("log:competenceNote")).sendKeys("Marigold is ten; her mother asks for her");
        browser.typeDate("log:receivedOn_input", CaseScreens.typed(CaseScreens.today()));
        browser.selectOneMenu("log:channel", "Email");
        browser.find(By.id("log:description")).sendKeys("Everything you hold about my daughter since she left school");
        screens.press("log:logRequest");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("loggedReference")));
        String reference = browser.find(By.id("loggedReference")).getText();
        assertTrue(reference.matches("DPR-\\d{6}"), reference);
        browser.signOut();

        signInAsTheDpoToKingston();
        String register = browser.find(By.id("register")).getText();
        assertTrue(register.contains(reference), "the DPO's desk lists the request the officer logged: " + browser.pageText());
        browser.find(By.linkText(reference)).click();
        browser.waitFor(ExpectedConditions.urlContains("/privacy/request.xhtml"));
        assertEquals("Running", browser.find(By.id("clockState")).getText());
        String dueWhileRunning = browser.find(By.id("dueOn")).getText();

        browser.typeDate("clarification:clarificationAskedOn_input", CaseScreens.typed(CaseScreens.today()));
        browser.find(By.id("clarification:clarificationWhat")).sendKeys("Which school years?");
        screens.press("clarification:askForClarification");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("clockState"), "Stopped"));
        assertTrue(browser.find(By.id("dueOn")).getText().startsWith("Not known"));

        browser.typeDate("clarified:clarificationAnsweredOn_input", CaseScreens.typed(CaseScreens.today()));
        screens.press("clarified:clarificationReceived");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("clockState"), "Running"));
        assertTrue(!browser.find(By.id("dueOn")).getText().equals(dueWhileRunning), "a day stopped moves the due day on");

        browser.selectOneMenu("decide:decision", "Granted");
        browser.find(By.id("decide:decisionReason")).sendKeys("The information is enclosed");
        browser.typeDate("decide:decidedOn_input", CaseScreens.typed(CaseScreens.today()));
        screens.press("decide:recordDecision");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("decisionShown")));

        browser.typeDate("respond:respondedOn_input", CaseScreens.typed(CaseScreens.today()));
        screens.press("respond:recordResponse");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("clock"), "closed"));
        String history = browser.find(By.id("history")).getText();
        for (String step : new String[] {"Logged", "Clarification asked", "Clarification received", "Decided", "Response sent"}) {
            assertTrue(history.contains(step), step + " missing from " + history);
        }
        assertTrue(history.contains(CaseScreens.OFFICER) && history.contains("dpo"), history);
    }

    @Test
    void theDpoLogsAnObjectionUpholdsItAndTheOfficerSeesProcessingStopped() {
        CaseScreens screens = new CaseScreens(browser);
        screens.signInTo(CaseScreens.OFFICER);
        screens.openAChildMyTeamsKnow();
        String address = browser.currentUrl().substring(browser.currentUrl().indexOf("officer/child.xhtml"));
        String[] name = browser.find(By.id("childName")).getText().trim().split("\\s+");
        String forename = name[0];
        String surname = name[name.length - 1];
        browser.signOut();

        signInAsTheDpoToKingston();
        browser.find(By.id("findChild:lookFor")).sendKeys(surname);
        screens.press("findChild:find");
        browser.find(By.partialLinkText("Add " + forename)).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("log:chosenChildren"), surname));
        browser.selectOneMenu("log:kind", "Objection to processing (UK GDPR Article 21)");
        browser.selectOneMenu("log:requesterRole", "The child");
        browser.find(By.id("log:requesterName")).sendKeys(forename + " " + surname);
        browser.find(By.id("log:requesterContact")).sendKeys("By letter to the home address");
        browser.typeDate("log:receivedOn_input", CaseScreens.typed(CaseScreens.today()));
        browser.selectOneMenu("log:channel", "Letter");
        browser.find(By.id("log:description")).sendKeys("I object to the service keeping my records now that I am back in school");
        screens.press("log:logRequest");
        browser.waitFor(ExpectedConditions.urlContains("/privacy/request.xhtml"));
        String reference = browser.find(By.id("reference")).getText();
        try {
            browser.selectOneMenu("decide:decision", "Granted");
            browser.find(By.id("decide:decisionReason")).sendKeys("No compelling legitimate grounds: the case closed long ago");
            browser.typeDate("decide:decidedOn_input", CaseScreens.typed(CaseScreens.today()));
            screens.press("decide:recordDecision");
            screens.press("carryOut:carryOutNow");
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "Stopped the processing"));
            browser.signOut();

            screens.signInTo(CaseScreens.OFFICER);
            browser.open(address);
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("processingStoppedNotice")));
            String notice = browser.find(By.id("processingStoppedNotice")).getText();
            assertTrue(notice.contains("Processing of this record has stopped") && notice.contains(reference), notice);
            assertTrue(browser.findAll(By.id("restrictedNotice")).isEmpty(), "one notice, saying why");
            browser.signOut();
        } finally {
            // Other tests choose among the children the demo teams know: give this one back.
            signInAsTheDpoToKingston();
            browser.find(By.id("navErasure")).click();
            browser.waitFor(ExpectedConditions.urlContains("/privacy/erasure.xhtml"));
            browser.find(By.id("find:lookFor")).sendKeys(surname);
            browser.find(By.id("find:findChild")).click();
            browser.find(By.partialLinkText("Choose " + forename)).click();
            browser.find(By.id("lift:liftNote")).sendKeys("Objection withdrawn by the child");
            browser.find(By.id("lift:liftRestriction")).click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("restrict:restrictRecord")));
            browser.signOut();
        }
    }

    private void signInAsTheDpoToKingston() {
        browser.signIn("dpo", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/choose-borough.xhtml"));
        browser.find(By.xpath("//button[contains(., 'Kingston upon Thames')]")).click();
        browser.waitFor(ExpectedConditions.urlContains("/privacy/requests.xhtml"));
    }
}

package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pupilsupport.web.it.CaseScreens.uniqueSurname;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.pupilsupport.core.demo.DemoData;

/**
 * The DPO in the browser: finds a child recorded from a school's return, puts the record under legal hold (and is
 * refused erasure while it holds), releases the hold, is told to leave the child's name out of the reason, erases
 * the record, and sees the certificate; the officer then no longer finds the child. And restriction: an officer reading
 * a restricted record by its address sees it flagged (the page checked with axe while the flag shows), and the flag
 * goes when the DPO lifts the restriction.
 */
class ErasureBrowserIT extends BrowserTest {

    @Test
    void theDpoHoldsReleasesAndErasesAChildsRecord() {
        CaseScreens screens = new CaseScreens(browser);
        String surname = uniqueSurname();
        screens.signInTo(CaseScreens.OFFICER);
        screens.enterReturn("Deletion from the admission register", CaseScreens.KINGSTON_PRIMARY, "Ottilie", surname, "05/05/2016",
                () -> screens.fillGroundIDeletion(40, "Agnes " + surname, "07700 900456"));
        browser.signOut();

        browser.signIn("dpo", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/choose-borough.xhtml"));
        browser.find(By.xpath("//button[contains(., 'Kingston upon Thames')]")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("navErasure")));
        browser.find(By.id("navErasure")).click();
        browser.waitFor(ExpectedConditions.urlContains("/privacy/erasure.xhtml"));

        browser.find(By.id("find:findChild")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errorSummary .error-summary-list")));
        assertEquals("true", browser.find(By.id("find:lookFor")).getAttribute("aria-invalid"));

        browser.find(By.id("find:lookFor")).sendKeys(surname);
        browser.find(By.id("find:findChild")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("find:matches")));
        browser.find(By.partialLinkText("Choose Ottilie")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("chosenName"), surname));

        browser.selectOneMenu("hold:holdReason", "a complaint being investigated");
        browser.find(By.id("hold:holdNote")).sendKeys("Stage 1 complaint 2026/88");
        browser.find(By.id("hold:placeHold")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("chosenHolds"), "Stage 1 complaint 2026/88"));
        assertTrue(browser.find(By.id("holdsInForce")).getText().contains("Ottilie " + surname), browser.find(By.id("holdsInForce")).getText());

        browser.find(By.id("erase:erasureReason")).sendKeys("Erasure request 2026/090 granted");
        browser.find(By.id("erase:basisChecked")).findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.find(By.id("erase:eraseRecord")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errorSummary .error-summary-list")));
        assertTrue(browser.find(By.cssSelector("#errorSummary .error-summary-list")).getText().contains("under legal hold"),
                browser.find(By.cssSelector("#errorSummary .error-summary-list")).getText());

        // The only hold, labelled with its reason and the minute it was placed.
        new Select(browser.find(By.id("release:holdToRelease"))).selectByIndex(1);
        browser.find(By.id("release:releaseNote")).sendKeys("Complaint resolved");
        browser.find(By.id("release:releaseHold")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("chosenHolds"), "under no legal hold"));

        browser.find(By.id("erase:erasureReason")).clear();
        browser.find(By.id("erase:erasureReason")).sendKeys("Request from Agnes " + surname + " granted");
        if (!browser.find(By.id("erase:basisChecked")).findElement(By.cssSelector(".ui-chkbox-box")).getAttribute("class").contains("ui-state-active")) {
            browser.find(By.id("erase:basisChecked")).findElement(By.cssSelector(".ui-chkbox-box")).click();
        }
        browser.find(By.id("erase:eraseRecord")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errorSummary .error-summary-list")));
        String named = browser.find(By.cssSelector("#errorSummary .error-summary-list")).getText();
        assertTrue(named.contains("Leave out") && named.contains(surname), named);
        assertEquals("true", browser.find(By.id("erase:erasureReason")).getAttribute("aria-invalid"));

        browser.find(By.id("erase:erasureReason")).clear();
        browser.find(By.id("erase:erasureReason")).sendKeys("Erasure request 2026/090 granted after review");
        if (!browser.find(By.id("erase:basisChecked")).findElement(By.cssSelector(".ui-chkbox-box")).getAttribute("class").contains("ui-state-active")) {
            browser.find(By.id("erase:basisChecked")).findElement(By.cssSelector(".ui-chkbox-box")).click();
        }
        browser.find(By.id("erase:eraseRecord")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("certificate")));
        String certificate = browser.find(By.id("certificate")).getText();
        assertTrue(certificate.contains("1 child record(s), 1 case(s) and 0 file(s) erased"), certificate);
        String erasureId = browser.find(By.id("erasureId")).getText();
        assertTrue(browser.find(By.id("erasures")).getText().contains(erasureId), "the certificate is listed");
        assertFalse(browser.pageText().contains(surname), "nothing on the page names the erased child");
        assertEquals(List.of(), browser.javaScriptErrors());
        browser.signOut();

        screens.signInTo(CaseScreens.OFFICER);
        browser.open("officer/children.xhtml");
        browser.find(By.id("children:search")).sendKeys(surname);
        browser.find(By.id("children:find")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("children:results"), "No"));
        assertFalse(browser.find(By.id("children:results")).getText().contains(surname));
    }

    @Test
    void anOfficerSeesARestrictedRecordFlaggedAndTheDpoLiftsIt() {
        CaseScreens screens = new CaseScreens(browser);
        screens.signInTo(CaseScreens.OFFICER);
        screens.openAChildMyTeamsKnow();
        String address = browser.currentUrl();
        String[] name = browser.find(By.id("childName")).getText().trim().split("\\s+");
        String forename = name[0];
        String surname = name[name.length - 1];
        assertTrue(browser.findAll(By.id("restrictedNotice")).isEmpty(), "not restricted to begin with");
        browser.signOut();

        chooseAsTheDpo(forename, surname);
        browser.find(By.id("restrict:restrictRecord")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errorSummary .error-summary-list")));
        assertEquals("true", browser.find(By.id("restrict:restrictionReason")).getAttribute("aria-invalid"), "a restriction needs its reason");
        browser.find(By.id("restrict:restrictionReason")).sendKeys("Accuracy of the record contested by the parent");
        browser.find(By.id("restrict:restrictRecord")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("lift:liftRestriction")));
        assertTrue(browser.find(By.id("restrictionsInForce")).getText().contains(forename), browser.find(By.id("restrictionsInForce")).getText());
        browser.signOut();

        try {
            screens.signInTo(CaseScreens.OFFICER);
            browser.open(address.substring(address.indexOf("officer/child.xhtml")));
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("restrictedNotice")));
            assertTrue(browser.find(By.id("restrictedNotice")).getText().contains("can be read but not changed"));
            browser.signOut();
        } finally {
            chooseAsTheDpo(forename, surname);
            browser.find(By.id("lift:liftNote")).sendKeys("Record checked with the parent and corrected");
            browser.find(By.id("lift:liftRestriction")).click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("restrict:restrictRecord")));
            browser.signOut();
        }

        screens.signInTo(CaseScreens.OFFICER);
        browser.open(address.substring(address.indexOf("officer/child.xhtml")));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("childName")));
        assertTrue(browser.findAll(By.id("restrictedNotice")).isEmpty(), "lifted: the flag is gone");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    /** Signs in as the DPO in Kingston and chooses the child on the erasure and restriction page. */
    private void chooseAsTheDpo(String forename, String surname) {
        browser.signIn("dpo", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/choose-borough.xhtml"));
        browser.find(By.xpath("//button[contains(., 'Kingston upon Thames')]")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("navErasure")));
        browser.find(By.id("navErasure")).click();
        browser.waitFor(ExpectedConditions.urlContains("/privacy/erasure.xhtml"));
        browser.find(By.id("find:lookFor")).sendKeys(surname);
        browser.find(By.id("find:findChild")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("find:matches")));
        browser.find(By.xpath("//a[starts-with(normalize-space(.), 'Choose " + forename + " ') and contains(., '" + surname + "')]")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("chosenName"), surname));
    }
}

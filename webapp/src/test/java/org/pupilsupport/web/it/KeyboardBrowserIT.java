package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pupilsupport.web.it.CaseScreens.today;
import static org.pupilsupport.web.it.CaseScreens.typed;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pupilsupport.core.demo.DemoData;

/**
 * What an officer who cannot use a mouse does, with Tab, Enter, Space and the arrow keys only: sign in, open a
 * child from the children list, open a case from My day, record a contact on it; and the DPO changes a line of the
 * retention schedule, reaches a child's erasure form, and delegates disposal runs and revokes the delegation. No test
 * here clicks, save to tidy up after a failure.
 */
class KeyboardBrowserIT extends BrowserTest {

    @Test
    void anOfficerSignsInWithTheKeyboard() {
        signInByKeyboard(CaseScreens.OFFICER);
        assertTrue(browser.currentUrl().contains("/officer/dashboard.xhtml"), browser.currentUrl());
    }

    @Test
    void anOfficerOpensAChildFromTheChildrenListWithTheKeyboard() {
        signInByKeyboard(CaseScreens.OFFICER);
        browser.tabTo(By.id("navChildren"), 20);
        browser.pressKeys(Keys.ENTER);
        browser.waitFor(ExpectedConditions.urlContains("/officer/children.xhtml"));
        By firstChild = By.cssSelector("[id='children:results_data'] tr:first-child a");
        String surname = browser.find(firstChild).getText();
        browser.tabTo(firstChild, 40);
        browser.pressKeys(Keys.ENTER);
        browser.waitFor(ExpectedConditions.urlContains("/officer/child.xhtml"));
        assertTrue(browser.find(By.tagName("h1")).getText().contains(surname), "the child's page opened: " + browser.find(By.tagName("h1")).getText());
    }

    @Test
    void anOfficerOpensACaseFromMyDayWithTheKeyboard() {
        signInByKeyboard(CaseScreens.OFFICER);
        String reference = openFirstOfMyCasesByKeyboard();
        assertTrue(browser.find(By.id("caseHeading")).getText().startsWith(reference + ":"), browser.find(By.id("caseHeading")).getText());
    }

    @Test
    void anOfficerRecordsAContactOnACaseWithTheKeyboard() {
        signInByKeyboard(CaseScreens.OFFICER);
        openFirstOfMyCasesByKeyboard();
        String summary = "Telephoned the parent about attendance " + System.nanoTime();

        browser.tabTo(By.id("contact:contactAt_input"), 400);
        browser.pressKeys(typed(today().minusDays(1)) + " 09:15");
        // A native select list takes the focus itself; typing the start of an option chooses it.
        WebElement channel = browser.tabTo(By.id("contact:channel"), 5);
        browser.pressKeys("Tel");
        assertEquals("Telephone", new org.openqa.selenium.support.ui.Select(channel).getFirstSelectedOption().getText());
        browser.tabTo(By.id("contact:people"), 5);
        browser.pressKeys("Parent and officer");
        browser.tabTo(By.id("contact:contactSummary"), 5);
        browser.pressKeys(summary);
        browser.tabTo(By.id("contact:addContact"), 5);
        browser.pressKeys(Keys.SPACE);

        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("contactList"), summary));
        String row = browser.findAll(By.cssSelector("[id='contactList_data'] tr")).stream().map(element -> element.getText())
                .filter(text -> text.contains(summary)).findFirst().orElseThrow();
        assertTrue(row.contains("Telephone") && row.contains("Parent and officer"), row);
    }

    @Test
    void theDpoChangesARetentionLineAndFindsAChildToEraseWithTheKeyboard() {
        signInAsTheDpoToKingstonByKeyboard();

        browser.tabTo(By.id("navRetention"), 30);
        browser.pressKeys(Keys.ENTER);
        browser.waitFor(ExpectedConditions.urlContains("/privacy/retention.xhtml"));
        browser.tabTo(By.partialLinkText("Change Break-glass records"), 150);
        browser.pressKeys(Keys.ENTER);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("line:save")));
        String source = "Keyboard check: information governance board decision 2026/14";
        browser.tabTo(By.id("line:years"), 40);
        browser.pressKeys(Keys.END, erasing(3), "7");
        browser.tabTo(By.id("line:source"), 10);
        // Backspace takes what is before the caret, Delete what is after: the whole text, wherever the caret lands.
        browser.pressKeys(erasing(600), String.valueOf(Keys.DELETE).repeat(600), source);
        browser.tabTo(By.id("line:save"), 10);
        browser.pressKeys(Keys.SPACE);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        assertTrue(browser.find(By.id("schedule:lines")).getText().contains(source), browser.find(By.id("schedule:lines")).getText());

        browser.tabTo(By.id("navErasure"), 40);
        browser.pressKeys(Keys.ENTER);
        browser.waitFor(ExpectedConditions.urlContains("/privacy/erasure.xhtml"));
        browser.tabTo(By.id("find:lookFor"), 30);
        browser.pressKeys("Smith", Keys.ENTER);
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("find:matches")));
        By firstMatch = By.cssSelector("[id='find:matches_data'] tr:first-child a");
        browser.tabTo(firstMatch, 30);
        browser.pressKeys(Keys.ENTER);
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("chosenName")));
        // tabTo fails the test if Tab alone never reaches the erasure form
        browser.tabTo(By.id("erase:erasureReason"), 80);
    }

    @Test
    void theDpoDelegatesDisposalRunsAndRevokesTheDelegationWithTheKeyboard() {
        signInAsTheDpoToKingstonByKeyboard();
        browser.tabTo(By.id("navDisposal"), 30);
        browser.pressKeys(Keys.ENTER);
        browser.waitFor(ExpectedConditions.urlContains("/privacy/disposal.xhtml"));

        String reason = "Keyboard check: DPO away " + System.nanoTime();
        // A native select list takes the focus itself; typing the start of an option chooses it.
        WebElement delegate = browser.tabTo(By.id("delegate:delegate"), 200);
        browser.pressKeys("Demo senior officer, K");
        assertEquals("Demo senior officer, Kingston upon Thames (" + CaseScreens.SENIOR + ")",
                new org.openqa.selenium.support.ui.Select(delegate).getFirstSelectedOption().getText());
        browser.tabTo(By.id("delegate:lastDay_input"), 5);
        browser.pressKeys(typed(today().plusDays(7)));
        browser.tabTo(By.id("delegate:delegationReason"), 5);
        browser.pressKeys(reason);
        browser.tabTo(By.id("delegate:grant"), 5);
        browser.pressKeys(Keys.SPACE);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("delegations"), reason));

        try {
            WebElement delegation = browser.tabTo(By.id("revoke:delegationToRevoke"), 200);
            browser.pressKeys(CaseScreens.SENIOR);
            assertTrue(new org.openqa.selenium.support.ui.Select(delegation).getFirstSelectedOption().getText().startsWith(CaseScreens.SENIOR),
                    new org.openqa.selenium.support.ui.Select(delegation).getFirstSelectedOption().getText());
            browser.tabTo(By.id("revoke:revokeNote"), 5);
            browser.pressKeys("Back early");
            browser.tabTo(By.id("revoke:revokeDelegation"), 5);
            browser.pressKeys(Keys.SPACE);
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("delegations"), "Revoked by dpo"));
        } finally {
            // Should the keyboard fail part way, the demo senior officer must not keep the delegation for other tests.
            while (!browser.findAll(By.id("revoke:delegationToRevoke")).isEmpty()) {
                new org.openqa.selenium.support.ui.Select(browser.find(By.id("revoke:delegationToRevoke"))).selectByIndex(1);
                browser.find(By.id("revoke:revokeNote")).clear();
                browser.find(By.id("revoke:revokeNote")).sendKeys("Ended by the keyboard test");
                browser.find(By.id("revoke:revokeDelegation")).click();
                browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("delegations")));
            }
        }
    }

    @Test
    void anOfficerLogsADataProtectionRequestAndTheDpoDecidesItWithTheKeyboard() {
        signInByKeyboard(CaseScreens.OFFICER);
        browser.tabTo(By.id("navLogRequest"), 40);
        browser.pressKeys(Keys.ENTER);
        browser.waitFor(ExpectedConditions.urlContains("/officer/log-request.xhtml"));
        browser.tabTo(By.id("findChild:lookFor"), 40);
        browser.pressKeys("Smith", Keys.ENTER);
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("findChild:matches")));
        browser.tabTo(By.cssSelector("[id='findChild:matches_data'] tr:first-child a"), 30);
        browser.pressKeys(Keys.ENTER);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("log:chosenChildren"), "Smith"));
        // A closed list takes the typed start of an option, as it would from a person.
        browser.tabTo(By.id("log:kind"), 30);
        browser.pressKeys("Access");
        browser.tabTo(By.id("log:requesterRole"), 5);
        browser.pressKeys("The child");
        browser.tabTo(By.id("log:requesterName"), 5);
        browser.pressKeys("Keyboard Requester");
        browser.tabTo(By.id("log:requesterContact"), 5);
        browser.pressKeys("By telephone on 020 7946 0000");
        browser.tabTo(By.id("log:receivedOn_input"), 10);
        browser.pressKeys(CaseScreens.typed(CaseScreens.today()));
        browser.tabTo(By.id("log:channel"), 5);
        browser.pressKeys("Tel");
        browser.tabTo(By.id("log:description"), 5);
        browser.pressKeys("A copy of what the service holds about me");
        browser.tabTo(By.id("log:logRequest"), 10);
        browser.pressKeys(Keys.SPACE);
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("loggedReference")));
        String reference = browser.find(By.id("loggedReference")).getText();
        browser.signOut();

        signInAsTheDpoToKingstonByKeyboard();
        browser.waitFor(ExpectedConditions.urlContains("/privacy/requests.xhtml"));
        browser.tabTo(By.linkText(reference), 80);
        browser.pressKeys(Keys.ENTER);
        browser.waitFor(ExpectedConditions.urlContains("/privacy/request.xhtml"));
        browser.tabTo(By.id("decide:decision"), 80);
        browser.pressKeys("Refused");
        browser.tabTo(By.id("decide:decisionReason"), 5);
        browser.pressKeys("The caller could not show they are the child; they may complain to the ICO");
        browser.tabTo(By.id("decide:decidedOn_input"), 5);
        browser.pressKeys(CaseScreens.typed(CaseScreens.today()));
        browser.tabTo(By.id("decide:recordDecision"), 10);
        browser.pressKeys(Keys.SPACE);
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("decisionShown")));
        assertTrue(browser.find(By.id("decisionShown")).getText().startsWith("Refused"), browser.find(By.id("decisionShown")).getText());
    }

    /** Signs in as the demo DPO and chooses Kingston, with Tab, typing and Enter only. */
    private void signInAsTheDpoToKingstonByKeyboard() {
        browser.open("login.xhtml");
        browser.tabTo(By.id("login:username"), 10);
        browser.pressKeys("dpo");
        browser.tabTo(By.id("login:password"), 3);
        browser.pressKeys(DemoData.DEMO_PASSWORD, Keys.ENTER);
        browser.waitFor(ExpectedConditions.urlContains("/choose-borough.xhtml"));
        browser.tabTo(By.xpath("//button[contains(., 'Kingston upon Thames')]"), 30);
        browser.pressKeys(Keys.ENTER);
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("navRetention")));
    }

    /** Backspace pressed the given number of times: how a keyboard user clears what a field holds. */
    private static String erasing(int characters) {
        return String.valueOf(Keys.BACK_SPACE).repeat(characters);
    }

    /** Opens the sign-in page and signs in with Tab, typing and Enter, and waits for My day. */
    private void signInByKeyboard(String username) {
        browser.open("login.xhtml");
        browser.tabTo(By.id("login:username"), 10);
        browser.pressKeys(username);
        browser.tabTo(By.id("login:password"), 3);
        browser.pressKeys(DemoData.DEMO_PASSWORD, Keys.ENTER);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
    }

    /** From My day, Tab to the first of the officer's open cases and Enter; gives back its reference once the case page shows. */
    private String openFirstOfMyCasesByKeyboard() {
        By firstCase = By.cssSelector("[id='myCases_data'] tr:first-child a");
        String reference = browser.find(firstCase).getText();
        browser.tabTo(firstCase, 120);
        browser.pressKeys(Keys.ENTER);
        browser.waitFor(ExpectedConditions.urlContains("/officer/case.xhtml"));
        return reference;
    }
}

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
 * child from the children list, open a case from My day, record a contact on it. No test here clicks.
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

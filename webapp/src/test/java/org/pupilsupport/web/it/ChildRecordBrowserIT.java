package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pupilsupport.core.demo.DemoData;

/**
 * An officer records a child, is warned on recording the same child twice, then keeps the record up to
 * date (a move, a carer) and sees each change in the record's history: in a real browser.
 */
class ChildRecordBrowserIT extends BrowserTest {

    @Test
    void anOfficerRecordsAChildIsWarnedOfTheDuplicateAndKeepsTheRecordUpToDate() {
        String surname = "Browsertest" + UUID.randomUUID().toString().replaceAll("[0-9-]", "").substring(0, 6);
        browser.signIn("kingston.officer", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        browser.open("officer/children.xhtml");
        browser.find(By.id("newChild")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/new-child.xhtml"));
        fillNewChild("Tomas", surname, "14/02/2016");
        browser.find(By.id("newChild:record")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/child.xhtml"));
        assertEquals("Tomas " + surname, browser.find(By.id("childName")).getText());

        browser.open("officer/new-child.xhtml");
        fillNewChild("TOMAS", surname.toLowerCase(), "14/02/2016");
        browser.find(By.id("newChild:record")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("duplicates")));
        assertTrue(browser.find(By.id("duplicates")).getText().contains(surname), "the existing record is offered");
        browser.screenshot("possible-duplicate");
        browser.find(By.id("duplicateTable:0:openMatch")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/child.xhtml"));

        browser.find(By.cssSelector("[id='move:movePanel'] .ui-panel-titlebar-icon")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("move:line1")));
        browser.find(By.id("move:line1")).sendKeys("12 Acacia Avenue");
        browser.find(By.id("move:town")).sendKeys("Kingston upon Thames");
        browser.find(By.id("move:postcode")).sendKeys("kt11eu");
        browser.find(By.id("move:movedIn_input")).sendKeys("01/09/2025");
        browser.find(By.id("move:saveMove")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("address"), "12 Acacia Avenue, Kingston upon Thames, KT1 1EU"));

        browser.find(By.id("carers:addContact")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("contact:name")));
        browser.find(By.id("contact:name")).sendKeys("Ana " + surname);
        browser.selectOneMenu("contact:relationship", "Mother");
        browser.find(By.id("contact:phone")).sendKeys("020 8547 5000");
        browser.find(By.cssSelector("[id='contact:parentalResponsibility'] .ui-chkbox-box")).click();
        browser.find(By.id("contact:saveContact")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("carers:contacts"), "Ana " + surname));

        String history = browser.find(By.id("history")).getText();
        assertTrue(history.contains("parent or carer added: Ana " + surname + " (Mother, parental responsibility, does not live with the child;"
                + " phone: 020 8547 5000;"), history);
        assertTrue(history.contains("home address from 2025-09-01"), history);
        browser.screenshot("child-record-edited");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    private void fillNewChild(String forename, String surname, String dateOfBirth) {
        browser.find(By.id("newChild:forename")).sendKeys(forename);
        browser.find(By.id("newChild:surname")).sendKeys(surname);
        browser.find(By.id("newChild:dateOfBirth_input")).sendKeys(dateOfBirth);
    }
}

package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.pupilsupport.core.demo.DemoData;

/**
 * The DPO keeps Kingston's retention schedule in the browser (a line changed, a bad value refused in the GOV.UK
 * manner) and takes a disposal run from listing to certificate. Whatever the demo borough has fallen due is
 * deferred through the decision forms (the audit trail's line, set to nought so that it is listed, as a whole), so
 * this test never destroys another test's records; the line is put back afterwards. The DPO also delegates disposal
 * runs to the demo senior officer, who then has the page (told it is by delegation, without the delegation form), and
 * revokes it, after which the page is refused.
 */
class RetentionBrowserIT extends BrowserTest {

    @Test
    void theDpoChangesTheScheduleAndTakesARunToItsCertificate() {
        browser.signIn("dpo", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/choose-borough.xhtml"));
        browser.find(By.xpath("//button[contains(., 'Kingston upon Thames')]")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("navRetention")));
        browser.find(By.id("navRetention")).click();
        browser.waitFor(ExpectedConditions.urlContains("/privacy/retention.xhtml"));
        assertTrue(browser.find(By.id("schedule:lines")).getText().contains("placeholder"), "seeded placeholders are marked");

        browser.find(By.partialLinkText("Change Break-glass records")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("line:save")));
        browser.find(By.id("line:years")).clear();
        browser.find(By.id("line:years")).sendKeys("120");
        browser.find(By.id("line:source")).clear();
        browser.find(By.id("line:save")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errorSummary .error-summary-list")));
        String problems = browser.find(By.cssSelector("#errorSummary .error-summary-list")).getText();
        assertTrue(problems.contains("Enter a number of years from 0 to 100") && problems.contains("Say where the period comes from"), problems);
        assertEquals("true", browser.find(By.id("line:years")).getAttribute("aria-invalid"));

        browser.find(By.id("line:years")).clear();
        browser.find(By.id("line:years")).sendKeys("6");
        browser.find(By.id("line:source")).sendKeys("Information governance board decision 2026/14");
        browser.find(By.id("line:save")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        assertTrue(browser.find(By.id("schedule:lines")).getText().contains("Information governance board decision 2026/14"));
        // Nought for the trail's details, so the run is certain to list their line (deferred below, and put back after).
        changeAuditDetailsLine("0", "Browser test: every detail falls due");

        browser.find(By.id("navDisposal")).click();
        browser.waitFor(ExpectedConditions.urlContains("/privacy/disposal.xhtml"));
        browser.find(By.id("start:listDue")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("progressLine")));
        assertTrue(browser.find(By.id("sweeps")).getText().contains("The audit trail's details (who and when stay) dated up to"),
                browser.find(By.id("sweeps")).getText());
        while (!browser.findAll(By.id("decideSweep:sweepId")).isEmpty()) {
            new Select(browser.find(By.id("decideSweep:sweepId"))).selectByIndex(1);
            browser.selectOneMenu("decideSweep:sweepDecision", "Defer (keep for longer)");
            browser.find(By.id("decideSweep:recordSweep")).click();
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errorSummary .error-summary-list")));
            assertTrue(browser.find(By.cssSelector("#errorSummary .error-summary-list")).getText().contains("Say why these records are kept for longer"));
            assertEquals("true", browser.find(By.id("decideSweep:sweepNote")).getAttribute("aria-invalid"));
            browser.find(By.id("decideSweep:sweepNote")).sendKeys("Trail kept for the annual audit");
            browser.find(By.id("decideSweep:recordSweep")).click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("progressLine")));
        }
        assertTrue(browser.find(By.id("sweeps")).getText().contains("Defer (keep for longer): Trail kept for the annual audit"),
                browser.find(By.id("sweeps")).getText());
        while (!browser.findAll(By.id("decide:itemId")).isEmpty() && new Select(browser.find(By.id("decide:itemId"))).getOptions().size() > 1) {
            new Select(browser.find(By.id("decide:itemId"))).selectByIndex(1);
            browser.selectOneMenu("decide:decision", "Defer (keep for longer)");
            browser.find(By.id("decide:note")).sendKeys("Kept while the browser test runs");
            browser.find(By.id("decide:record")).click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("progressLine")));
        }
        browser.find(By.id("approval:approveRun")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("certificate")));
        assertTrue(browser.find(By.id("destroyed")).getText().startsWith("0 child record(s)"), browser.find(By.id("destroyed")).getText());
        assertTrue(browser.find(By.id("certificate")).getText().contains("deferred"), browser.find(By.id("certificate")).getText());

        browser.find(By.id("navRetention")).click();
        browser.waitFor(ExpectedConditions.urlContains("/privacy/retention.xhtml"));
        changeAuditDetailsLine("7", "Information governance board decision 2026/14");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void theDpoDelegatesDisposalRunsToASeniorOfficerAndRevokesIt() {
        signInAsTheDpoToKingston();
        browser.find(By.id("navDisposal")).click();
        browser.waitFor(ExpectedConditions.urlContains("/privacy/disposal.xhtml"));
        browser.find(By.id("delegate:grant")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errorSummary .error-summary-list")));
        String problems = browser.find(By.cssSelector("#errorSummary .error-summary-list")).getText();
        assertTrue(problems.contains("Choose a senior officer of this borough") && problems.contains("Enter the last day of the delegation"), problems);
        assertEquals("true", browser.find(By.id("delegate:delegate")).getAttribute("aria-invalid"));

        browser.selectOneMenu("delegate:delegate", "Demo senior officer, Kingston upon Thames (" + CaseScreens.SENIOR + ")");
        java.time.LocalDate lastDay = CaseScreens.today().plusDays(14);
        browser.typeDate("delegate:lastDay_input", CaseScreens.typed(lastDay));
        browser.find(By.id("delegate:delegationReason")).sendKeys("DPO on leave for two weeks");
        browser.find(By.id("delegate:grant")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("revoke:revokeDelegation")));
        assertTrue(browser.find(By.id("delegations")).getText().contains(CaseScreens.SENIOR), browser.find(By.id("delegations")).getText());
        browser.signOut();

        try {
            new CaseScreens(browser).signInTo(CaseScreens.SENIOR);
            browser.find(By.id("navDisposal")).click();
            browser.waitFor(ExpectedConditions.urlContains("/privacy/disposal.xhtml"));
            assertTrue(browser.find(By.id("byDelegation")).getText().contains("by the data protection officer's delegation"));
            assertTrue(browser.findAll(By.id("delegate:grant")).isEmpty(), "a delegate cannot delegate further");
            browser.signOut();
        } finally {
            signInAsTheDpoToKingston();
            browser.find(By.id("navDisposal")).click();
            browser.waitFor(ExpectedConditions.urlContains("/privacy/disposal.xhtml"));
            browser.selectOneMenu("revoke:delegationToRevoke", CaseScreens.SENIOR + ", to "
                    + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK).format(lastDay));
            browser.find(By.id("revoke:revokeNote")).sendKeys("Back from leave early");
            browser.find(By.id("revoke:revokeDelegation")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("delegations"), "Revoked by dpo"));
            browser.signOut();
        }

        new CaseScreens(browser).signInTo(CaseScreens.SENIOR);
        assertTrue(browser.findAll(By.id("navDisposal")).isEmpty(), "revoked: the senior officer has no disposal runs");
        browser.open("privacy/disposal.xhtml");
        assertTrue(browser.pageText().contains("is not open to you"), browser.pageText());
        assertTrue(browser.javaScriptErrors().stream().allMatch(error -> error.contains("403")), "only the expected refusal");
    }

    private void signInAsTheDpoToKingston() {
        browser.signIn("dpo", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/choose-borough.xhtml"));
        browser.find(By.xpath("//button[contains(., 'Kingston upon Thames')]")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("navRetention")));
    }

    private void changeAuditDetailsLine(String years, String source) {
        browser.find(By.partialLinkText("Change The audit trail's details")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("line:save")));
        browser.find(By.id("line:years")).clear();
        browser.find(By.id("line:years")).sendKeys(years);
        browser.find(By.id("line:source")).clear();
        browser.find(By.id("line:source")).sendKeys(source);
        browser.find(By.id("line:save")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        assertTrue(browser.find(By.id("schedule:lines")).getText().contains(source));
    }
}

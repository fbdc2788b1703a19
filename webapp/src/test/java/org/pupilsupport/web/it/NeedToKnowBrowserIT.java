package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pupilsupport.core.demo.DemoData;

/**
 * Need to know as officers meet it in a real browser: a child outside the team asks for a reason, the
 * record opens once one is given, sensitive fields show on request, the senior officer sees the reason in
 * the break-glass report; and a borough administrator sets up a team and an account.
 */
class NeedToKnowBrowserIT extends BrowserTest {

    @Test
    void anOfficerGivesAReasonToOpenAChildOutsideTheTeamAndTheSeniorOfficerSeesIt() {
        browser.signIn("kingston.officer", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        browser.open("officer/children.xhtml");
        WebElement outsideTheTeam = browser.findAll(By.cssSelector("[id='children:results_data'] tr")).stream()
                .filter(row -> row.getText().contains("Reason needed")).findFirst().orElseThrow();
        String surname = outsideTheTeam.findElement(By.tagName("a")).getText();
        outsideTheTeam.findElement(By.tagName("a")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("reasonRequired")));
        assertTrue(browser.find(By.id("identifiedName")).getText().endsWith(surname));
        assertTrue(browser.findAll(By.id("childRecord")).isEmpty(), "the full record stays closed");
        browser.screenshot("break-glass-asks-for-a-reason");

        browser.find(By.id("breakGlass:reason")).sendKeys("because");
        browser.find(By.id("breakGlass:openWithReason")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Say why you need this child's record"));
        assertTrue(browser.findAll(By.id("childRecord")).isEmpty(), "a one-word reason opens nothing");

        String reason = "Duty call " + UUID.randomUUID().toString().substring(0, 8) + ": parent asking about a school place";
        browser.find(By.id("breakGlass:reason")).clear();
        browser.find(By.id("breakGlass:reason")).sendKeys(reason);
        browser.find(By.id("breakGlass:openWithReason")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("childRecord")));
        assertTrue(browser.find(By.id("breakGlassNotice")).isDisplayed());

        assertTrue(browser.find(By.id("sensitive:sensitiveHidden")).getText().startsWith("Hidden"));
        browser.find(By.id("sensitive:reveal")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("socialCareStatus")));
        browser.screenshot("sensitive-revealed");
        assertEquals(List.of(), browser.javaScriptErrors());
        browser.signOut();

        browser.signIn("kingston.senior", DemoData.DEMO_PASSWORD);
        browser.find(By.id("navBreakGlass")).click();
        browser.waitFor(ExpectedConditions.urlContains("/oversight/break-glass.xhtml"));
        assertTrue(browser.pageText().contains(reason), "the reason appears in the report");
        assertTrue(browser.pageText().contains("kingston.officer"));
        browser.screenshot("break-glass-report");
    }

    @Test
    void aSeniorOfficerAllocatingAnUnknownChildToTheirTeamGivesAReasonAndTheReportShowsIt() {
        browser.signIn("kingston.senior", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        browser.open("officer/children.xhtml");
        WebElement outsideTheTeams = browser.findAll(By.cssSelector("[id='children:results_data'] tr")).stream()
                .filter(row -> row.getText().contains("Reason needed")).findFirst().orElseThrow();
        String name = outsideTheTeams.findElement(By.tagName("a")).getText();
        outsideTheTeams.findElement(By.tagName("a")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("reasonRequired")));

        browser.selectOneMenu("allocation:team", "Inclusion and exclusions");
        browser.find(By.id("allocation:allocate")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "say why you are taking on this work"));
        assertTrue(browser.findAll(By.id("childRecord")).isEmpty(), "allocating to one's own team without a reason opens nothing");
        assertFalse(browser.find(By.id("allocation:allocations")).getText().contains("Inclusion and exclusions"), "and allocates nothing");
        browser.screenshot("allocation-asks-for-a-reason");

        String reason = "Allocation meeting " + UUID.randomUUID().toString().substring(0, 8) + ": our team takes this child on";
        browser.selectOneMenu("allocation:team", "Inclusion and exclusions");
        browser.find(By.id("allocation:allocationReason")).sendKeys(reason);
        browser.find(By.id("allocation:allocate")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("childRecord")));
        assertTrue(browser.find(By.id("allocation:allocations")).getText().contains("Inclusion and exclusions"));
        assertTrue(browser.find(By.id("allocation:allocations")).getText().contains("Demo senior officer, Kingston upon Thames"),
                "the allocation shows who allocated by name");

        browser.find(By.id("navBreakGlass")).click();
        browser.waitFor(ExpectedConditions.urlContains("/oversight/break-glass.xhtml"));
        WebElement line = browser.findAll(By.cssSelector("[id='openings_data'] tr")).stream()
                .filter(row -> row.getText().contains(reason)).findFirst().orElseThrow();
        assertTrue(line.getText().contains("allocated the child to their own team"), line.getText());
        assertTrue(line.getText().contains(name), line.getText());
        browser.screenshot("break-glass-report-allocation");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void aBoroughAdministratorSetsUpATeamAndAnAccount() {
        browser.signIn("kingston.admin", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/admin/users.xhtml"));
        assertTrue(browser.findAll(By.id("navChildren")).isEmpty(), "an administrator sees no children");

        String username = "new.officer." + UUID.randomUUID().toString().substring(0, 6);
        browser.find(By.id("create:username")).sendKeys(username);
        browser.find(By.id("create:displayName")).sendKeys("New Officer");
        browser.find(By.id("create:password")).sendKeys("password1234");
        browser.find(By.xpath("//label[normalize-space()='officer']")).click();
        browser.find(By.id("create:createAccount")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));
        assertFalse(browser.find(By.id("accounts:accountTable")).getText().contains(username), "a common password is refused");

        browser.find(By.id("create:password")).sendKeys("kettle orchard lantern 42");
        browser.find(By.id("create:createAccount")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:accountTable"), username));
        browser.screenshot("admin-users");

        browser.find(By.id("navTeams")).click();
        browser.waitFor(ExpectedConditions.urlContains("/admin/teams.xhtml"));
        String team = "Reduced timetables " + UUID.randomUUID().toString().substring(0, 6);
        browser.find(By.id("create:newTeamName")).sendKeys(team);
        browser.find(By.id("create:createTeam")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("team:memberToAdd")));
        browser.find(By.id("team:memberToAdd")).sendKeys(username);
        browser.find(By.id("team:admit")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("team:members"), username));
        assertTrue(browser.find(By.id("teams:teamTable")).getText().contains(team));
        browser.screenshot("admin-teams");
        assertEquals(List.of(), browser.javaScriptErrors());
    }
}

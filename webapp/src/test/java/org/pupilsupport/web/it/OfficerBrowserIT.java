package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pupilsupport.plugin.api.TermTimeCalendar;

/**
 * What officers do, in a real browser against the real server and its demo data: sign in, see only their
 * borough's children, open one and see a date counted with their borough's calendar.
 */
class OfficerBrowserIT extends BrowserTest {

    private static final String PASSWORD = "demo-password-2026";
    private static final DateTimeFormatter PAGE_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @Test
    void kingstonOfficerSeesOnlyKingstonChildrenAndKingstonsCalendar() {
        officerSeesOnlyTheirBorough("kingston.officer", "Kingston upon Thames", "314", "kingston");
    }

    @Test
    void richmondOfficerSeesOnlyRichmondChildrenAndRichmondsCalendar() {
        officerSeesOnlyTheirBorough("richmond.officer", "Richmond upon Thames", "318", "richmond");
    }

    private void officerSeesOnlyTheirBorough(String username, String boroughName, String laCode, String plugin) {
        browser.signIn(username, PASSWORD);

        assertTrue(browser.currentUrl().contains("/officer/dashboard.xhtml"), "officers start on their day: " + browser.currentUrl());
        browser.open("officer/children.xhtml");
        assertEquals(boroughName, browser.find(By.id("actingBorough")).getText());
        List<WebElement> rows = browser.findAll(By.cssSelector("[id='children:results_data'] tr"));
        assertEquals(20, rows.size(), "a full first page of the borough's demo children");
        // Demo children carry UPNs issued by their borough's schools: character 2-4 is the LA code.
        rows.stream().map(row -> row.findElements(By.tagName("td")).get(3).getText()).filter(upn -> !upn.isBlank())
                .forEach(upn -> assertEquals(laCode, upn.substring(1, 4), "UPN " + upn + " listed for " + boroughName));

        browser.screenshot(plugin + "-children");
        // A child the officer's team knows, so the record opens without a reason.
        WebElement firstChild = rows.stream().filter(row -> row.getText().contains("Your teams")).findFirst().orElseThrow()
                .findElement(By.tagName("a"));
        String surname = firstChild.getText();
        firstChild.click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/child.xhtml"));

        assertTrue(browser.find(By.id("childName")).getText().endsWith(surname));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate expected = termCalendarOf(plugin).schoolDaysAfter(today, 15);
        assertEquals(PAGE_DATE.format(expected), browser.find(By.id("schoolDayDate")).getText());
        assertEquals(boroughName + " term dates", browser.find(By.id("calendarUsed")).getText());
        assertTrue(browser.findAll(By.id("baselineWarning")).isEmpty(), "the borough's own calendar answered");
        browser.screenshot(plugin + "-child");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void anOfficerTypingTheOtherBoroughsChildAddressIsToldNotFound() {
        browser.signIn("richmond.officer", PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        browser.open("officer/children.xhtml");
        WebElement richmondChild = browser.findAll(By.cssSelector("[id='children:results_data'] tr")).stream()
                .filter(row -> row.getText().contains("Your teams")).findFirst().orElseThrow().findElement(By.tagName("a"));
        richmondChild.click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/child.xhtml"));
        String richmondChildUrl = browser.currentUrl();
        String richmondChildName = browser.find(By.id("childName")).getText();
        browser.signOut();

        browser.signIn("kingston.officer", PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        browser.open(richmondChildUrl.substring(browser.httpsBase().length()));

        assertEquals("Child not found", browser.find(By.cssSelector("[id='notFound'] h1")).getText());
        browser.screenshot("kingston-officer-richmond-child");
        assertFalse(browser.pageText().contains(richmondChildName), "the Richmond child's name must not appear");
        assertTrue(browser.findAll(By.id("childRecord")).isEmpty());
    }

    @Test
    void anOfficerOfBothBoroughsChoosesOneAndCanSwitch() {
        browser.signIn("all.boroughs", PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/choose-borough.xhtml"));
        browser.screenshot("choose-borough");
        browser.find(By.xpath("//button[contains(., 'Richmond upon Thames')]")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        assertEquals("Richmond upon Thames", browser.find(By.id("actingBorough")).getText());

        browser.find(By.id("switchBorough")).click();
        browser.find(By.xpath("//button[contains(., 'Kingston upon Thames')]")).click();
        browser.waitFor(ExpectedConditions.textToBe(By.id("actingBorough"), "Kingston upon Thames"));
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        browser.open("officer/children.xhtml");
        browser.waitFor(ExpectedConditions.urlContains("/login.xhtml"));
        assertTrue(browser.currentUrl().startsWith("https://"), browser.currentUrl());
        browser.find(By.id("login:username")).sendKeys("kingston.officer");
        browser.find(By.id("login:password")).sendKeys("not-the-password");
        browser.find(By.id("login:signIn")).click();
        assertTrue(browser.find(By.id("messages")).getText().contains("The username or password is not right"));
        browser.screenshot("sign-in-refused");
    }

    @Test
    void anAuditorSeesWhoLookedAtAChildButAnOfficerCannotReadTheTrail() {
        browser.signIn("kingston.officer", PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        browser.open("officer/children.xhtml");
        List<WebElement> firstRow = browser.find(By.cssSelector("[id='children:results_data'] tr")).findElements(By.tagName("td"));
        String childName = firstRow.get(1).getText() + " " + firstRow.get(0).getText();
        browser.find(By.cssSelector("[id='children:results_data'] tr a")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/child.xhtml"));
        String childId = browser.currentUrl().replaceAll(".*[?&]id=([^&#]+).*", "$1");
        assertTrue(browser.findAll(By.id("whoViewed")).isEmpty(), "officers get no audit link");
        browser.open("audit/entries.xhtml?child=" + childId);
        assertTrue(browser.pageText().contains("is not open to you"), browser.pageText());
        assertTrue(browser.findAll(By.id("audit:entries")).isEmpty(), "the trail is not shown to an officer");
        // The browser logs that refusal (a 403) as an error; it is the one expected here, so read it off.
        assertTrue(browser.javaScriptErrors().stream().allMatch(error -> error.contains("403")));
        browser.open("officer/children.xhtml");
        browser.signOut();

        browser.signIn("auditor", PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/choose-borough.xhtml"));
        browser.find(By.xpath("//button[contains(., 'Kingston upon Thames')]")).click();
        browser.waitFor(ExpectedConditions.urlContains("/audit/entries.xhtml"));
        // The auditor knows the child by name, not by record id: the name finds the record (or offers a choice).
        browser.find(By.id("audit:child")).sendKeys(childName);
        browser.find(By.id("audit:filter")).click();
        browser.waitFor(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("audit:childChosen")),
                ExpectedConditions.presenceOfElementLocated(By.id("audit:childChoices"))));
        if (browser.findAll(By.id("audit:childChosen")).isEmpty()) {
            browser.findAll(By.cssSelector("[id='audit:childChoices'] a")).stream().filter(link -> link.getText().startsWith(childName)).findFirst()
                    .orElseThrow().click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("audit:childChosen")));
        }
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:entries_data"), childName));

        List<String> rows = browser.findAll(By.cssSelector("[id='audit:entries_data'] tr")).stream().map(WebElement::getText).toList();
        assertTrue(rows.stream().anyMatch(row -> row.contains("Demo officer, Kingston upon Thames (kingston.officer)") && row.contains("Looked at")
                && row.contains("child: " + childName)), "who looked, by name, in words: " + rows);
        assertTrue(rows.stream().allMatch(row -> row.contains(childName)), "only entries about that child: " + rows);
        assertTrue(rows.stream().noneMatch(row -> row.contains(childId) || row.contains("VIEW") || row.contains("0:0:0:0:0:0:0:1")),
                "no record ids, enum codes or raw loopback addresses: " + rows);
        assertTrue(rows.stream().allMatch(row -> row.matches("(?s).*\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}:\\d{2}.*")
                && !row.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T.*")), "UK local time, not ISO UTC: " + rows);
        // Nothing is cut off: the table fits the page, and no cell hides part of its text.
        WebElement table = browser.find(By.cssSelector("[id='audit:entries'] table"));
        WebElement main = browser.find(By.id("main"));
        assertTrue(table.getRect().getX() + table.getRect().getWidth() <= main.getRect().getX() + main.getRect().getWidth(),
                "table " + table.getRect().getWidth() + " px wide in main " + main.getRect().getWidth());
        for (WebElement cell : browser.findAll(By.cssSelector("[id='audit:entries_data'] td"))) {
            assertTrue(Integer.parseInt(cell.getDomProperty("scrollWidth")) <= Integer.parseInt(cell.getDomProperty("clientWidth")),
                    "cell cut off: " + cell.getText());
        }
        browser.screenshot("audit-trail-of-a-child");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void repeatedFailedSignInsLockTheUsernameForAWhile() {
        String username = "lockout." + Long.toString(System.nanoTime(), 36);
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.open("login.xhtml");
            browser.find(By.id("login:username")).sendKeys(username);
            browser.find(By.id("login:password")).sendKeys("wrong-password-" + attempt);
            browser.find(By.id("login:signIn")).click();
            String message = browser.find(By.id("messages")).getText();
            assertTrue(message.contains(attempt < 5 ? "The username or password is not right" : "Too many attempts"),
                    "attempt " + attempt + ": " + message);
        }
    }

    private static TermTimeCalendar termCalendarOf(String plugin) {
        String resource = "/org/pupilsupport/plugin/" + plugin + "/term-dates.txt";
        try (InputStream in = OfficerBrowserIT.class.getResourceAsStream(resource)) {
            return TermTimeCalendar.parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

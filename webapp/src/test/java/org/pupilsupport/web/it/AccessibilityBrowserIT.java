package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.RoleMatrix;
import org.pupilsupport.core.demo.DemoData;
import org.pupilsupport.web.security.PagePermissions;

/**
 * Every page each demo role can reach, visited in a real browser so axe-core checks it (the checking itself is in
 * {@link Browser}; {@link BrowserTest} fails on any WCAG 2.2 A or AA violation): pages no other browser test visits
 * are covered too, as are the refusal page and forms sent back with errors.
 */
class AccessibilityBrowserIT extends BrowserTest {

    /**
     * The guarded pages PageAccessIT walks, but the case page, which needs a case (it is reached from the lists below), and
     * a data protection request's page, which needs a request (DataProtectionDeskBrowserIT checks it with one).
     */
    private static final List<String> PAGES = PageAccessIT.PAGES.stream()
            .filter(page -> !page.equals("officer/case.xhtml") && !page.equals("privacy/request.xhtml")).toList();

    @Test
    void everyPageOfEveryRolePassesAxe() {
        List<String> visited = new ArrayList<>();
        for (PageAccessIT.DemoAccount account : PageAccessIT.ACCOUNTS) {
            signInToKingston(account.username());
            Set<Permission> granted = RoleMatrix.grantedTo(account.rolesInKingston(), account.systemAdministrator());
            for (String page : PAGES) {
                if (granted.contains(PagePermissions.neededFor("/" + page).orElseThrow())) {
                    visit(page);
                    visited.add(account.username() + " " + page);
                } else {
                    // The refusal page, as the role meets it.
                    browser.open(page);
                    browser.checkAccessibility();
                }
            }
            visit("account.xhtml");
            if (granted.contains(Permission.FIND_CHILDREN)) {
                openFirstRecordsFromLists();
            }
            if (granted.contains(Permission.WORK_ON_CASES)) {
                visitEveryKindOfReturn();
            }
            browser.signOut();
            browser.checkAccessibility();
        }
        assertTrue(visited.size() >= PAGES.size(), "every page was reached by some role: " + visited);
        assertTrue(browser.pageStatesChecked() > visited.size(), "axe-core checked each page: " + browser.pageStatesChecked());
        assertEquals("", browser.accessibilityReport());
    }

    @Test
    void formsSentBackWithErrorsPassAxe() {
        browser.open("login.xhtml");
        browser.find(By.id("login:username")).sendKeys("no.such.officer");
        browser.find(By.id("login:password")).sendKeys("not the password");
        browser.find(By.id("login:signIn")).click();
        browser.find(By.cssSelector("#errorSummary .error-summary-list"));
        browser.checkAccessibility();
        browser.find(By.id("login:username")).clear();
        browser.find(By.id("login:signIn")).click();
        browser.checkAccessibility();

        signInToKingston("kingston.officer");
        visit("officer/new-child.xhtml");
        submitEmpty("newChild:record");
        visit("officer/notification.xhtml");
        for (String kind : kindsOfReturn()) {
            browser.open("officer/notification.xhtml?kind=" + kind);
            submitEmpty("notification:receive");
        }
        visit("officer/dashboard.xhtml");
        browser.find(By.id("findCase:reference")).sendKeys("XYZ-999999");
        submitEmpty("findCase:openReference");
        openFirstCaseOfMyDay();
        submitEmpty("contact:addContact");
        assertEquals("", browser.accessibilityReport());
    }

    /** Signs in as the demo account and, for one of several boroughs, acts for Kingston (listed first). */
    private void signInToKingston(String username) {
        browser.signIn(username, DemoData.DEMO_PASSWORD);
        if (browser.currentUrl().contains("choose-borough.xhtml")) {
            browser.find(By.id("chooser:boroughs:0:actFor")).click();
            browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("choose-borough.xhtml")));
        }
    }

    private void visit(String page) {
        browser.open(page);
        browser.waitUntilSettled();
        browser.checkAccessibility();
    }

    private void submitEmpty(String buttonId) {
        WebElement button = browser.find(By.id(buttonId));
        button.click();
        browser.waitUntilReplaced(button);
        browser.waitUntilSettled();
        browser.checkAccessibility();
    }

    /** A child's page, a school's page and a case's page, reached from the lists as an officer would. */
    private void openFirstRecordsFromLists() {
        visit("officer/children.xhtml");
        List<WebElement> children = browser.findAll(By.cssSelector("[id='children:results_data'] a"));
        if (!children.isEmpty()) {
            children.get(0).click();
            browser.waitFor(ExpectedConditions.urlContains("/officer/child.xhtml"));
            browser.waitUntilSettled();
            browser.checkAccessibility();
        }
        visit("officer/schools.xhtml");
        browser.find(By.id("schools:search")).sendKeys(CaseScreens.KINGSTON_PRIMARY);
        browser.find(By.id("schools:find")).click();
        browser.find(By.cssSelector("[id='schools:results_data'] a")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/school.xhtml"));
        browser.waitUntilSettled();
        browser.checkAccessibility();
    }

    private void openFirstCaseOfMyDay() {
        visit("officer/dashboard.xhtml");
        browser.find(By.cssSelector("[id='myCases_data'] a, [id='tasks:taskTable_data'] a")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/case.xhtml"));
        browser.waitUntilSettled();
        browser.checkAccessibility();
    }

    private void visitEveryKindOfReturn() {
        openFirstCaseOfMyDay();
        for (String kind : kindsOfReturn()) {
            visit("officer/notification.xhtml?kind=" + kind);
        }
    }

    private List<String> kindsOfReturn() {
        visit("officer/notification.xhtml");
        return browser.findAll(By.cssSelector("a[id$=':kind']")).stream().map(link -> link.getAttribute("href"))
                .map(href -> href.substring(href.indexOf("kind=") + "kind=".length()).replaceAll("[&;#].*", "")).toList();
    }
}

package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.RoleMatrix;
import org.pupilsupport.core.demo.DemoData;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.web.security.PagePermissions;

/**
 * Each demo role against each page, over HTTPS as a browser would ask: a page answers 200 exactly when
 * the role grants the page's permission in the acting borough, otherwise 403 with the generic error page.
 */
@ExtendWith(ArquillianExtension.class)
class PageAccessIT {

    /** Every guarded page that exists. */
    static final List<String> PAGES = List.of("officer/children.xhtml", "officer/new-child.xhtml", "officer/import-ctf.xhtml", "officer/schools.xhtml",
            "officer/dashboard.xhtml", "officer/new-case.xhtml", "officer/notification.xhtml", "officer/case.xhtml",
            "system/schools.xhtml", "oversight/break-glass.xhtml", "privacy/erasure.xhtml", "privacy/retention.xhtml", "privacy/disposal.xhtml", "privacy/requests.xhtml", "privacy/request.xhtml", "officer/log-request.xhtml", "audit/entries.xhtml",
            "audit/verify.xhtml", "admin/users.xhtml", "admin/teams.xhtml", "admin/calendars.xhtml");

    /** A demo account for each role, with its roles in Kingston (the borough every test here acts for). */
    record DemoAccount(String username, Set<BoroughRole> rolesInKingston, boolean systemAdministrator) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("kingston.officer", Set.of(BoroughRole.OFFICER), false),
            new DemoAccount("kingston.senior", Set.of(BoroughRole.SENIOR_OFFICER), false),
            new DemoAccount("kingston.admin", Set.of(BoroughRole.ADMINISTRATOR), false),
            new DemoAccount(DemoData.AUDITOR, Set.of(BoroughRole.AUDITOR), false),
            new DemoAccount(DemoData.DATA_PROTECTION_OFFICER, Set.of(BoroughRole.DATA_PROTECTION_OFFICER), false),
            new DemoAccount(DemoData.ADMINISTRATOR, Set.of(BoroughRole.ADMINISTRATOR), true));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void everyGuardedPageIsInTheTest() {
        for (String guardedPrefix : PagePermissions.all().keySet()) {
            boolean covered = PAGES.stream().anyMatch(page -> ("/" + page).startsWith(guardedPrefix));
            assertTrue(covered, guardedPrefix + " has no page in this test");
        }
    }

    @Test
    void eachRoleReachesExactlyThePagesItsPermissionsOpen() {
        List<String> mismatches = new ArrayList<>();
        for (DemoAccount account : ACCOUNTS) {
            WebSession session = signedInToKingston(account.username());
            Set<Permission> granted = RoleMatrix.grantedTo(account.rolesInKingston(), account.systemAdministrator());
            for (String page : PAGES) {
                Permission needed = PagePermissions.neededFor("/" + page).orElseThrow();
                // Without a reference the case and request pages open and answer "not found", as an unknown reference would.
                int expected = !granted.contains(needed) ? 403 : page.equals("officer/case.xhtml") || page.equals("privacy/request.xhtml") ? 404 : 200;
                WebSession.Page answer = session.get(page);
                if (answer.status() != expected) {
                    mismatches.add(account.username() + " " + page + ": " + answer.status() + ", expected " + expected);
                }
                if (answer.status() == 403 && answer.contains("Exception")) {
                    mismatches.add(account.username() + " " + page + ": the refusal page shows an exception");
                }
            }
        }
        if (!mismatches.isEmpty()) {
            fail(String.join("\n", mismatches));
        }
    }

    @Test
    void aSignedOutVisitorIsSentToSignInFromEveryPage() {
        WebSession visitor = new WebSession(WebSession.httpsBase(deployment));
        for (String page : PAGES) {
            WebSession.Page answer = visitor.get(page);
            assertTrue(answer.uri().getPath().endsWith("login.xhtml") || answer.contains("id=\"login\""), page + " gave " + answer.uri());
        }
    }

    @Test
    void aLinkOnlyAppearsForPagesTheRoleMayOpen() {
        WebSession officer = signedInToKingston("kingston.officer");
        WebSession.Page children = officer.get("officer/children.xhtml");
        assertEquals(200, children.status());
        assertTrue(children.contains("id=\"navChildren\""));
        assertTrue(!children.contains("id=\"navAudit\"") && !children.contains("id=\"navUsers\""), "no links to pages an officer cannot open");
    }

    @Test
    void anAuditorChecksTheBoroughsChainAndASystemAdministratorEveryChain() {
        WebSession auditor = signedInToKingston(DemoData.AUDITOR);
        WebSession.Page checked = auditor.submit(auditor.get("audit/verify.xhtml"), "verify", "checkBorough", Map.of());
        assertTrue(checked.contains("chain-intact") && checked.contains(">kingston<"), "Kingston's chain reported intact");
        assertTrue(!checked.contains("id=\"verify:checkEverything\""), "only a system administrator may check every chain");

        WebSession systemAdministrator = signedInToKingston(DemoData.ADMINISTRATOR);
        WebSession.Page everything = systemAdministrator.submit(systemAdministrator.get("audit/verify.xhtml"), "verify", "checkEverything", Map.of());
        for (String chain : List.of(">kingston<", ">richmond<", ">installation<")) {
            assertTrue(everything.contains(chain), chain + " checked");
        }
        assertTrue(!everything.contains("chain-broken"), "no chain broken");
    }

    /** Signs in and, for an account of both boroughs, chooses Kingston (listed first, by name). */
    private WebSession signedInToKingston(String username) {
        URI base = WebSession.httpsBase(deployment);
        WebSession session = WebSession.signedIn(base, username, DemoData.DEMO_PASSWORD);
        WebSession.Page chooser = session.get("choose-borough.xhtml");
        if (chooser.contains("chooser:boroughs:1:actFor")) {
            session.submit(chooser, "chooser", "boroughs:0:actFor", Map.of());
        }
        return session;
    }
}

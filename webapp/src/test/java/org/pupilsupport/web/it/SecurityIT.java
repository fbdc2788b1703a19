package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.demo.DemoData;

/**
 * Attacks a browser would not make, over raw HTTPS: session fixation, reuse of a signed-out session,
 * forged postbacks (another session's view state, or none), and markup typed into free-text fields.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final String MARKUP = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    private static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    @ArquillianResource
    URL deployment;

    private URI base() {
        return WebSession.httpsBase(deployment);
    }

    @Test
    void signingInIssuesANewSessionId() {
        WebSession browser = new WebSession(base());
        WebSession.Page signIn = browser.get("login.xhtml");
        String before = browser.cookie(WebSession.SESSION_COOKIE).orElseThrow();
        browser.submit(signIn, "login", "signIn", Map.of("username", "kingston.officer", "password", DemoData.DEMO_PASSWORD));
        String after = browser.cookie(WebSession.SESSION_COOKIE).orElseThrow();
        assertNotEquals(before, after, "an id planted before sign-in must be worthless after it");

        WebSession attacker = new WebSession(base());
        attacker.presentCookie(WebSession.SESSION_COOKIE, before);
        assertTrue(attacker.get("officer/children.xhtml").uri().getPath().endsWith("login.xhtml"), "the pre-sign-in id opens nothing");
    }

    @Test
    void aSessionIdKeptFromBeforeSignOutOpensNothing() {
        WebSession officer = WebSession.signedIn(base(), "kingston.officer", DemoData.DEMO_PASSWORD);
        String sessionId = officer.cookie(WebSession.SESSION_COOKIE).orElseThrow();
        WebSession.Page children = officer.get("officer/children.xhtml");
        assertEquals(200, children.status());
        officer.submit(children, "signOutForm", "signOut", Map.of());

        WebSession replay = new WebSession(base());
        replay.presentCookie(WebSession.SESSION_COOKIE, sessionId);
        WebSession.Page answer = replay.get("officer/children.xhtml");
        assertTrue(answer.uri().getPath().endsWith("login.xhtml"), "signed out means the server session is gone: " + answer.uri());
    }

    @Test
    void aPostbackCarryingAnotherSessionsViewStateChangesNothing() {
        WebSession victim = WebSession.signedIn(base(), "kingston.admin", DemoData.DEMO_PASSWORD);
        String victimsViewState = victim.get("admin/teams.xhtml").viewState().orElseThrow();

        WebSession attacker = WebSession.signedIn(base(), "kingston.admin", DemoData.DEMO_PASSWORD);
        WebSession.Page attackersPage = attacker.get("admin/teams.xhtml");
        String teamName = "Forged " + UUID.randomUUID();
        Map<String, String> forged = WebSession.formFields("create", "createTeam", Map.of("newTeamName", teamName), victimsViewState);
        // The attacker's own PrimeFaces nonce: only the view state is foreign, so the view state is what stops this.
        forged.put(WebSession.NONCE_PARAMETER, attackersPage.nonce().orElseThrow());
        WebSession.Page answer = attacker.post(attackersPage.uri(), forged);
        assertFalse(answer.contains("Team created"), "the forged postback was refused");
        assertFalse(attacker.get("admin/teams.xhtml").contains(teamName), "no team was created");
        assertFalse(victim.get("admin/teams.xhtml").contains(teamName));
    }

    @Test
    void aPostbackWithoutViewStateChangesNothing() {
        WebSession admin = WebSession.signedIn(base(), "kingston.admin", DemoData.DEMO_PASSWORD);
        WebSession.Page teams = admin.get("admin/teams.xhtml");
        String teamName = "Stateless " + UUID.randomUUID();
        Map<String, String> stateless = WebSession.formFields("create", "createTeam", Map.of("newTeamName", teamName), null);
        stateless.put(WebSession.NONCE_PARAMETER, teams.nonce().orElseThrow());
        admin.post(teams.uri(), stateless);
        assertFalse(admin.get("admin/teams.xhtml").contains(teamName), "no team was created");

        String control = "Genuine " + UUID.randomUUID();
        WebSession.Page genuine = admin.submit(admin.get("admin/teams.xhtml"), "create", "createTeam", Map.of("newTeamName", control));
        assertTrue(genuine.contains("Team created") && genuine.contains(control), "the same postback with its view state works");
    }

    @Test
    void markupInATeamNameAndAnAccountNameComesBackEscaped() {
        WebSession admin = WebSession.signedIn(base(), "kingston.admin", DemoData.DEMO_PASSWORD);
        String teamName = "Team " + UUID.randomUUID().toString().substring(0, 6) + MARKUP;
        WebSession.Page created = admin.submit(admin.get("admin/teams.xhtml"), "create", "createTeam", Map.of("newTeamName", teamName));
        assertEscaped(created);
        assertEscaped(admin.get("admin/teams.xhtml"));

        String username = "xss." + UUID.randomUUID().toString().substring(0, 6);
        WebSession.Page users = admin.submit(admin.get("admin/users.xhtml"), "create", "createAccount", Map.of("username", username,
                "displayName", "Mallory " + MARKUP, "password", "a long and unusual passphrase", "roles", "OFFICER"));
        assertTrue(users.contains(username), "the account was created");
        assertEscaped(users);
    }

    @Test
    void markupInASearchAndABreakGlassReasonComesBackEscaped() {
        WebSession officer = WebSession.signedIn(base(), "kingston.officer", DemoData.DEMO_PASSWORD);
        WebSession.Page list = officer.get("officer/children.xhtml");
        WebSession.Page searched = officer.submit(list, "children", "find", Map.of("search", MARKUP));
        assertEquals(200, searched.status());
        assertEscaped(searched);

        String childId = firstChildNeedingAReason(officer.get("officer/children.xhtml").body());
        WebSession.Page reasonPage = officer.get("officer/child.xhtml?id=" + childId);
        WebSession.Page opened = officer.submit(reasonPage, "breakGlass", "openWithReason", Map.of("reason", "Checking a referral " + MARKUP));
        assertTrue(opened.contains("id=\"childRecord\""), "the record opened");

        WebSession senior = WebSession.signedIn(base(), "kingston.senior", DemoData.DEMO_PASSWORD);
        WebSession.Page report = senior.get("oversight/break-glass.xhtml");
        assertTrue(report.contains("Checking a referral"), "the reason is in the report");
        assertEscaped(report);
    }

    @Test
    void aDisabledAccountLosesItsOpenSessionAtTheNextRequest() {
        WebSession admin = WebSession.signedIn(base(), "kingston.admin", DemoData.DEMO_PASSWORD);
        String username = "soon.disabled." + UUID.randomUUID().toString().substring(0, 6);
        String password = "juniper tractor lagoon";
        WebSession.Page created = admin.submit(admin.get("admin/users.xhtml"), "create", "createAccount",
                Map.of("username", username, "displayName", "Soon Disabled", "password", password, "roles", "OFFICER"));
        assertTrue(created.contains(username), "account created");

        WebSession officer = WebSession.signedIn(base(), username, password);
        assertEquals(200, officer.get("officer/children.xhtml").status());

        WebSession.Page users = admin.get("admin/users.xhtml");
        Matcher disable = Pattern.compile("name=\"(accounts:accountTable:\\d+:disable)\"").matcher(rowOf(users.body(), username));
        assertTrue(disable.find(), "a Disable button on the account's row");
        admin.post(users.uri(), withNonce(users, Map.of("accounts_SUBMIT", "1", disable.group(1), "",
                "jakarta.faces.ViewState", users.viewState().orElseThrow())));

        WebSession.Page next = officer.get("officer/children.xhtml");
        assertTrue(next.uri().toString().contains("login.xhtml?ended=account-changed"), next.uri().toString());
        assertTrue(next.contains("Your account has been disabled"));
    }

    @Test
    void aPageRefusedForWantOfARoleIsRecordedInTheTrail() {
        WebSession officer = WebSession.signedIn(base(), "kingston.officer", DemoData.DEMO_PASSWORD);
        assertEquals(403, officer.get("audit/entries.xhtml").status());

        WebSession auditor = WebSession.signedIn(base(), DemoData.AUDITOR, DemoData.DEMO_PASSWORD);
        WebSession.Page chooser = auditor.get("choose-borough.xhtml");
        auditor.submit(chooser, "chooser", "boroughs:0:actFor", Map.of());
        WebSession.Page trail = auditor.get("audit/entries.xhtml");
        WebSession.Page filtered = auditor.submit(trail, "audit", "filter", Map.of("username", "kingston.officer"));
        assertTrue(filtered.contains("Was refused") && filtered.contains("attempted: page /audit/entries.xhtml"),
                "the refusal is in Kingston's trail");
    }

    private static Map<String, String> withNonce(WebSession.Page page, Map<String, String> fields) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        page.nonce().ifPresent(nonce -> all.put(WebSession.NONCE_PARAMETER, nonce));
        return all;
    }

    private static String rowOf(String page, String text) {
        for (String row : page.split("<tr")) {
            if (row.contains(text)) {
                return row;
            }
        }
        throw new AssertionError(text + " is in no table row");
    }

    private static String firstChildNeedingAReason(String listPage) {
        for (String row : listPage.split("<tr")) {
            Matcher id = Pattern.compile("child\\.xhtml\\?id=([0-9a-f-]{36})").matcher(row);
            if (row.contains("access-reason") && id.find()) {
                return id.group(1);
            }
        }
        throw new AssertionError("The demo data has no child outside kingston.officer's teams on the first page");
    }

    private static void assertEscaped(WebSession.Page page) {
        assertFalse(page.contains("<script>alert('x')"), "raw script tag echoed on " + page.uri());
        assertFalse(page.contains("<img src=x onerror"), "raw img tag echoed on " + page.uri());
        assertTrue(page.contains(ESCAPED_SCRIPT), "the markup shows as text on " + page.uri());
    }
}

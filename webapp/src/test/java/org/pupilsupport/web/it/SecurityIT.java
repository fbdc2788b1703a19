package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private static final String SSO_COOKIE = "LtpaToken2";

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

    @Test
    void theSignInCookieWithoutItsSessionServesNoPageAndSignsThePersonOut() {
        for (String page : new String[] {"admin/users.xhtml", "audit/entries.xhtml", "system/schools.xhtml", "officer/children.xhtml"}) {
            WebSession officer = WebSession.signedIn(base(), "kingston.officer", DemoData.DEMO_PASSWORD);
            String ssoToken = officer.cookie(SSO_COOKIE).orElseThrow(() -> new AssertionError("Liberty issued no sign-in cookie"));
            WebSession cookieAlone = new WebSession(base());
            cookieAlone.presentCookie(SSO_COOKIE, ssoToken);
            WebSession.Page answer = cookieAlone.get(page);
            assertTrue(answer.uri().getPath().endsWith("login.xhtml") && "ended=no-session".equals(answer.uri().getQuery()),
                    page + " must send the person to sign in: " + answer.uri());
            assertTrue(answer.contains("Your session had ended, so you have been signed out"), "the reason is shown");
            assertFalse(answer.contains("signOutForm"), "no signed-in page shell for " + page);

            WebSession replay = new WebSession(base());
            replay.presentCookie(SSO_COOKIE, ssoToken);
            WebSession.Page again = replay.get(page);
            assertTrue(again.uri().getPath().endsWith("login.xhtml") && !again.contains("signOutForm"), "the signed-out cookie opens nothing: " + again.uri());
        }
    }

    @Test
    void afterTheIdleTimeoutTheSignInCookieSignsThePersonOutAndSaysWhy() {
        WebSession officer = WebSession.signedIn(base(), "kingston.officer", DemoData.DEMO_PASSWORD);
        String ssoToken = officer.cookie(SSO_COOKIE).orElseThrow();

        // A session id the server has dropped, as it drops an idle one.
        WebSession other = WebSession.signedIn(base(), "kingston.senior", DemoData.DEMO_PASSWORD);
        String droppedSessionId = other.cookie(WebSession.SESSION_COOKIE).orElseThrow();
        WebSession.Page children = other.get("officer/children.xhtml");
        other.submit(children, "signOutForm", "signOut", Map.of());

        // What a browser holds once the server has dropped its idle session: the old session id and the sign-in cookie.
        WebSession idle = new WebSession(base());
        idle.presentCookie(SSO_COOKIE, ssoToken);
        idle.presentCookie(WebSession.SESSION_COOKIE, droppedSessionId);
        WebSession.Page answer = idle.get("officer/children.xhtml");
        assertTrue(answer.uri().getPath().endsWith("login.xhtml") && "ended=idle".equals(answer.uri().getQuery()), answer.uri().toString());
        assertTrue(answer.contains("You were signed out after 20 minutes without activity"));
        assertFalse(answer.contains("signOutForm"));
    }

    @Test
    void anOverlongUsernameIsRefusedWithAClearMessageAndStaysOutOfTheServerLog() throws Exception {
        String marker = "overlong" + UUID.randomUUID().toString().replace("-", "");
        String overlong = (marker + "x".repeat(300)).substring(0, 300);
        WebSession browser = new WebSession(base());
        WebSession.Page answer = browser.submit(browser.get("login.xhtml"), "login", "signIn", Map.of("username", overlong, "password", "whatever it is"));

        assertEquals(200, answer.status());
        assertTrue(answer.contains("A username has at most 64 characters"), "a clear message");
        assertTrue(answer.uri().getPath().endsWith("login.xhtml"), "not signed in");
        Path serverLog = Path.of("target/liberty/wlp/usr/servers/itServer/logs/messages.log");
        assertTrue(Files.exists(serverLog), "the test server's log is at " + serverLog.toAbsolutePath());
        assertFalse(Files.readString(serverLog).contains(marker), "what was typed is not in the server log");
    }

    @Test
    void aPostbackOnAPageOpenedForAnotherBoroughIsRefusedAndShowsNothingOfIt() {
        WebSession admin = WebSession.signedIn(base(), DemoData.ADMINISTRATOR, DemoData.DEMO_PASSWORD);
        admin.submit(admin.get("choose-borough.xhtml"), "chooser", "boroughs:0:actFor", Map.of());
        String kingstonTeam = "Kingston only " + UUID.randomUUID();
        WebSession.Page openedInKingston = admin.submit(admin.get("admin/teams.xhtml"), "create", "createTeam", Map.of("newTeamName", kingstonTeam));
        assertTrue(openedInKingston.contains(kingstonTeam) && openedInKingston.contains("Kingston upon Thames"), "Kingston's teams page");

        // Another tab: switch to Richmond.
        admin.submit(admin.get("choose-borough.xhtml"), "chooser", "boroughs:1:actFor", Map.of());
        String lateTeam = "Late " + UUID.randomUUID();
        WebSession.Page answer = admin.submit(openedInKingston, "create", "createTeam", Map.of("newTeamName", lateTeam));

        assertTrue(answer.uri().getPath().endsWith("choose-borough.xhtml"), "sent to the chooser: " + answer.uri());
        assertTrue(answer.contains("it was closed and") && answer.contains("nothing on it was saved"), "told why");
        assertFalse(answer.contains(kingstonTeam), "nothing of Kingston is shown while acting for Richmond");
        assertFalse(admin.get("admin/teams.xhtml").contains(lateTeam), "no team created in Richmond");
        admin.submit(admin.get("choose-borough.xhtml"), "chooser", "boroughs:0:actFor", Map.of());
        WebSession.Page kingstonTeams = admin.get("admin/teams.xhtml");
        assertTrue(kingstonTeams.contains(kingstonTeam));
        assertFalse(kingstonTeams.contains(lateTeam), "no team created in Kingston");
    }

    @Test
    void aBoroughAdministratorIsOfferedOnlyTheAccountActionsTheyMayTake() {
        WebSession admin = WebSession.signedIn(base(), "kingston.admin", DemoData.DEMO_PASSWORD);
        WebSession.Page users = admin.get("admin/users.xhtml");

        String own = rowOf(users.body(), ">kingston.admin<");
        assertFalse(own.contains(":disable\"") || own.contains(":change\""), "nothing offered on one's own account: " + own);
        assertTrue(own.contains("Your own account"));

        String shared = rowOf(users.body(), ">" + DemoData.ALL_BOROUGHS_OFFICER + "<");
        assertFalse(shared.contains(":disable\""), "an account that also works in Richmond cannot be disabled here: " + shared);
        assertTrue(shared.contains("only a system administrator can reset its password or disable it"));
        Matcher change = Pattern.compile("name=\"(accounts:accountTable:\\d+:change)\"").matcher(shared);
        assertTrue(change.find(), "its roles here may still be changed");
        WebSession.Page chosen = admin.post(users.uri(), withNonce(users, Map.of("accounts_SUBMIT", "1", change.group(1), "",
                "jakarta.faces.ViewState", users.viewState().orElseThrow())));
        assertTrue(chosen.contains("saveRoles"), "the roles form is shown");
        assertFalse(chosen.contains("replacementPassword") || chosen.contains("resetPassword"), "but no password reset");

        String single = rowOf(users.body(), ">kingston.officer<");
        assertTrue(single.contains(":disable\"") && single.contains(":change\""), "a Kingston-only account is fully managed here");
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

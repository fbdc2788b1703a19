package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.demo.DemoData;

/**
 * The error page is a normal page: header, navigation, sign-out, and a way back to the person's own starting
 * page, for 403, 404 and 500 alike, and it never says why beyond the kind of failure.
 */
@ExtendWith(ArquillianExtension.class)
class ErrorPageIT {

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
    void anAdministratorRefusedAChildrensPageIsLedBackToTheUsersNotToTheSameRefusal() {
        WebSession admin = WebSession.signedIn(base(), "kingston.admin", DemoData.DEMO_PASSWORD);

        WebSession.Page refused = admin.get("officer/children.xhtml");

        assertEquals(403, refused.status());
        assertTrue(refused.contains("This page is not open to you"), refused.body());
        assertNormalPage(refused);
        assertTrue(refused.contains("id=\"navUsers\""), "the administrator's own navigation is there");
        assertTrue(refused.body().matches("(?s).*id=\"wayBack\"[^>]*href=\"[^\"]*/admin/users\\.xhtml\".*|(?s).*href=\"[^\"]*/admin/users\\.xhtml\"[^>]*id=\"wayBack\".*"),
                "the way back is the administrator's own start page: " + refused.body());
        assertFalse(refused.contains("list of children"), "no link to the page that was just refused");
        assertTrue(admin.get("admin/users.xhtml").status() == 200, "and that way back opens");
    }

    @Test
    void aMissingPageShowsTheNormalHeaderAndLeadsAnOfficerToTheirDay() {
        WebSession officer = WebSession.signedIn(base(), "kingston.officer", DemoData.DEMO_PASSWORD);

        WebSession.Page missing = officer.get("officer/no-such-page.xhtml");

        assertEquals(404, missing.status());
        assertTrue(missing.contains("Page not found"), missing.body());
        assertNormalPage(missing);
        assertTrue(missing.contains("Go to My day"), missing.body());
        assertTrue(missing.contains("/officer/dashboard.xhtml\""), missing.body());
    }

    @Test
    void aFailedRequestShowsTheNormalPageWithoutAnyDetail() {
        WebSession officer = WebSession.signedIn(base(), "kingston.officer", DemoData.DEMO_PASSWORD);
        officer.get("officer/children.xhtml");

        // A postback whose view state the server never issued cannot be restored: the request fails.
        WebSession.Page failed = officer.post(base().resolve("officer/children.xhtml"),
                Map.of("search_SUBMIT", "1", "jakarta.faces.ViewState", "not-a-view-state"));

        assertEquals(500, failed.status());
        assertTrue(failed.contains("Sorry, that did not work"), failed.body());
        assertNormalPage(failed);
        assertTrue(failed.contains("Go to My day"), failed.body());
        assertFalse(failed.body().contains("Exception"), "no exception name or stack trace: " + failed.body());
        assertFalse(failed.body().contains("not-a-view-state"), "nothing of the request is echoed");
    }

    @Test
    void someoneNotSignedInIsOfferedSignIn() {
        WebSession stranger = new WebSession(base());

        WebSession.Page missing = stranger.get("no-such-page.xhtml");

        assertEquals(404, missing.status());
        assertTrue(missing.contains("Sign in"), missing.body());
        assertTrue(missing.contains("/login.xhtml\""), missing.body());
        assertFalse(missing.contains("signOutForm"), "nobody to sign out");
    }

    private static void assertNormalPage(WebSession.Page page) {
        assertTrue(page.contains("class=\"masthead\""), "the header");
        assertTrue(page.contains("class=\"site-nav\""), "the navigation");
        assertTrue(page.contains("signOutForm:signOut"), "sign-out");
        assertTrue(page.contains("Skip to main content"), "the skip link of every page");
    }
}

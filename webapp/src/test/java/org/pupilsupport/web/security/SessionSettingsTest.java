package org.pupilsupport.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pupilsupport.core.access.Permission;
import org.w3c.dom.Document;

/**
 * The session and Faces settings the deployment descriptor promises (ASVS V7 and V3): the idle timeout and
 * cookie flags the server applies, and the absolute limit the filter enforces. The headers and cookies as
 * actually sent are checked over HTTPS by HttpsOnlyIT.
 */
class SessionSettingsTest {

    private static Document webXml;

    @BeforeAll
    static void readDeploymentDescriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        webXml = factory.newDocumentBuilder().parse(new File("src/main/webapp/WEB-INF/web.xml"));
    }

    private static String text(String tag) {
        return webXml.getElementsByTagName(tag).item(0).getTextContent().strip();
    }

    @Test
    void anIdleSessionEndsAfterTwentyMinutesAndAnyAfterAWorkingDay() {
        assertEquals("20", text("session-timeout"));
        assertEquals(Duration.ofHours(9), ActingBoroughFilter.ABSOLUTE_SESSION_LIMIT);
    }

    @Test
    void theSessionCookieIsSecureHttpOnlyStrictAndTheOnlyTracking() {
        assertEquals("true", text("secure"));
        assertEquals("true", text("http-only"));
        assertEquals("SameSite", text("attribute-name"));
        assertEquals("Strict", text("attribute-value"));
        assertEquals("COOKIE", text("tracking-mode"), "no session id in URLs");
    }

    @Test
    void facesRunsInProductionWithServerSideState() {
        String params = webXml.getDocumentElement().getTextContent();
        assertTrue(params.contains("jakarta.faces.PROJECT_STAGE") && params.contains("Production"));
        assertTrue(params.contains("jakarta.faces.STATE_SAVING_METHOD") && params.contains("server"));
    }

    @Test
    void pagePermissionsPickTheMostSpecificEntry() {
        assertEquals(Permission.FIND_CHILDREN, PagePermissions.neededFor("/officer/child.xhtml").orElseThrow());
        assertEquals(Permission.VERIFY_AUDIT_TRAIL, PagePermissions.neededFor("/audit/verify.xhtml").orElseThrow());
        assertEquals(Permission.READ_AUDIT_TRAIL, PagePermissions.neededFor("/audit/entries.xhtml").orElseThrow());
        assertTrue(PagePermissions.neededFor("/login.xhtml").isEmpty());
        assertTrue(PagePermissions.neededFor("/audit/unknown.xhtml").isEmpty() && PagePermissions.isBoroughArea("/audit/unknown.xhtml"),
                "an unlisted page in a borough area still needs a borough; Faces answers 404 for it");
    }
}

package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Plain HTTP never serves a page; HTTPS pages carry the protective headers and cookie flags. */
@ExtendWith(ArquillianExtension.class)
class HttpsOnlyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    @ArquillianResource
    URL deployment;

    private final String httpsPort = System.getProperty("it.https.port", "9444");

    @Test
    void plainHttpRedirectsToHttps() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI signIn = deployment.toURI().resolve("login.xhtml");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(signIn).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(302, response.statusCode());
        assertEquals("https://localhost:" + httpsPort + signIn.getPath(), response.headers().firstValue("Location").orElse(""));
    }

    @Test
    void pagesCarryProtectiveHeadersAndASecureSessionCookie() throws Exception {
        URI signIn = URI.create("https://localhost:" + httpsPort + deployment.getPath() + "login.xhtml");
        HttpResponse<String> response = WebSession.cookielessClient().send(HttpRequest.newBuilder(signIn).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertEquals("max-age=31536000; includeSubDomains", header(response, "Strict-Transport-Security"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertEquals("no-referrer", header(response, "Referrer-Policy"));
        // Liberty may add its own no-cache directive for Set-Cookie beside ours.
        assertTrue(header(response, "Cache-Control").startsWith("no-store"), header(response, "Cache-Control"));
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(policy -> policy.contains("frame-ancestors 'none'") && policy.contains("base-uri 'none'")
                && policy.contains("form-action 'self'") && policy.contains("object-src 'none'")), policies.toString());
        assertTrue(policies.stream().anyMatch(policy -> policy.contains("script-src") && policy.contains("nonce-")),
                "PrimeFaces' nonce-based script policy: " + policies);
        String sessionCookie = response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith(WebSession.SESSION_COOKIE + "=")).findFirst().orElse("");
        assertTrue(sessionCookie.contains("Secure") && sessionCookie.contains("HttpOnly") && sessionCookie.contains("SameSite=Strict"), sessionCookie);
        assertTrue(sessionCookie.contains("Path=/;") || sessionCookie.endsWith("Path=/"), "a __Host- cookie must be for path /: " + sessionCookie);
        assertTrue(!sessionCookie.contains("Domain="), "a __Host- cookie is host-only: " + sessionCookie);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("(missing)");
    }
}

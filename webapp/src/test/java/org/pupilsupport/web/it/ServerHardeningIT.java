package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SSLSocket;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.demo.DemoData;

/**
 * The server as an attacker probes it over raw HTTPS: the sign-in cookie's flags, what it says about
 * itself, which methods reach pages, and which request bodies it takes before reading them.
 */
@ExtendWith(ArquillianExtension.class)
class ServerHardeningIT {

    private static final String SSO_COOKIE = "LtpaToken2";
    private static final long MB = 1024L * 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    @ArquillianResource
    URL deployment;

    private final int httpsPort = Integer.parseInt(System.getProperty("it.https.port", "9444"));

    private URI base() {
        return WebSession.httpsBase(deployment);
    }

    @Test
    void theSignInCookieIsSecureHttpOnlyAndStrict() throws Exception {
        HttpClient client = WebSession.cookielessClient();
        HttpResponse<String> signInPage = client.send(HttpRequest.newBuilder(base().resolve("login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        WebSession.Page page = new WebSession.Page(signInPage.statusCode(), signInPage.uri(), signInPage.body());
        String sessionCookie = signInPage.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith(WebSession.SESSION_COOKIE + "="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).findFirst().orElseThrow();
        Map<String, String> fields = WebSession.formFields("login", "signIn",
                Map.of("username", "kingston.officer", "password", DemoData.DEMO_PASSWORD), page.viewState().orElseThrow());
        fields.put(WebSession.NONCE_PARAMETER, page.nonce().orElseThrow());
        String form = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(base().resolve("login.xhtml")).header("Cookie", sessionCookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(302, signedIn.statusCode(), "signed in and sent on");
        String ssoCookie = signedIn.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith(SSO_COOKIE + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no sign-in cookie: " + signedIn.headers().allValues("Set-Cookie")));
        String flags = ssoCookie.toLowerCase(Locale.ROOT);
        assertTrue(flags.contains("; secure"), ssoCookie);
        assertTrue(flags.contains("; httponly"), ssoCookie);
        assertTrue(flags.contains("samesite=strict"), ssoCookie);
    }

    @Test
    void theServerNamesNeitherItselfNorItsVersion() throws Exception {
        HttpClient client = WebSession.cookielessClient();
        URI root = URI.create("https://localhost:" + httpsPort + "/");
        for (URI address : List.of(root, root.resolve("no-such-application/"), base().resolve("login.xhtml"), base().resolve("no-such-page.xhtml"))) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString());
            String body = answer.body().toLowerCase(Locale.ROOT);
            assertFalse(body.contains("liberty") || body.contains("websphere"), "the product is named at " + address + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Server").isEmpty(), "Server header at " + address + ": " + answer.headers().firstValue("Server"));
            assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(), "X-Powered-By at " + address);
        }
        HttpResponse<String> welcome = client.send(HttpRequest.newBuilder(root).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, welcome.statusCode(), "no welcome page at the server's root");
    }

    @Test
    void onlyGetHeadAndPostReachPages() {
        WebSession officer = WebSession.signedIn(base(), "kingston.officer", DemoData.DEMO_PASSWORD);
        List<String> wrong = new java.util.ArrayList<>();
        for (String page : List.of("login.xhtml", "officer/children.xhtml", "officer/dashboard.xhtml")) {
            for (String method : List.of("TRACE", "PUT", "DELETE", "OPTIONS", "PATCH")) {
                HttpResponse<String> answer = officer.send(method, page);
                // Liberty itself refuses TRACE (403, empty) before the application; every other method is ours to refuse.
                boolean refusedByLiberty = "TRACE".equals(method) && answer.statusCode() == 403 && answer.body().isEmpty();
                boolean refused = refusedByLiberty
                        || answer.statusCode() == 405 && "GET, HEAD, POST".equals(answer.headers().firstValue("Allow").orElse(""));
                boolean noPage = !answer.body().contains("<html") && !answer.body().contains("<form");
                if (!refused || !noPage) {
                    wrong.add(method + " " + page + " answered " + answer.statusCode() + " " + answer.headers().map() + ": "
                            + answer.body().substring(0, Math.min(300, answer.body().length())));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(200, officer.send("GET", "officer/children.xhtml").statusCode(), "GET still reaches the page");
        assertEquals(200, officer.send("HEAD", "officer/children.xhtml").statusCode(), "HEAD still reaches the page");
    }

    @Test
    void onlyThePagesThatTakeFilesTakeMultipartBodiesAndNoneTakesOneBeyondItsCap() throws IOException {
        assertEquals(415, statusFor("login.xhtml", "multipart/form-data; boundary=x", 200 * MB, ""), "sign-in takes no files");
        assertEquals(413, statusFor("login.xhtml", "application/x-www-form-urlencoded", 200 * MB, ""), "nor a 200 MB form");

        WebSession officer = WebSession.signedIn(base(), "kingston.officer", DemoData.DEMO_PASSWORD);
        String cookies = officer.cookieHeader();
        assertEquals(415, statusFor("officer/children.xhtml", "multipart/form-data; boundary=x", 10 * MB, cookies));
        assertEquals(413, statusFor("officer/import-ctf.xhtml", "multipart/form-data; boundary=x", 60 * MB, cookies), "beyond the CTF cap");
        assertEquals(413, statusFor("officer/case.xhtml", "multipart/form-data; boundary=x", 20 * MB, cookies), "beyond the attachment cap");
    }

    /**
     * Sends only the head of a POST declaring a body it never sends, so the answer shows whether the server
     * refused the body from its headers alone; a server that waited for the body would time out.
     */
    private int statusFor(String page, String contentType, long declaredLength, String cookies) throws IOException {
        try (SSLSocket socket = (SSLSocket) WebSession.trustingTestCertificate().getSocketFactory().createSocket("localhost", httpsPort)) {
            socket.setSoTimeout(15_000);
            String head = "POST " + base().resolve(page).getRawPath() + " HTTP/1.1\r\n"
                    + "Host: localhost:" + httpsPort + "\r\n"
                    + "Content-Type: " + contentType + "\r\n"
                    + "Content-Length: " + declaredLength + "\r\n"
                    + (cookies.isEmpty() ? "" : "Cookie: " + cookies + "\r\n")
                    + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

package org.pupilsupport.web.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * One person's browser session as raw HTTP against the test server: cookies kept, redirects followed by
 * hand (so each status is visible), Faces forms posted the way a browser posts them. For attack tests
 * that a real browser would not let us write: foreign view state, missing view state, hand-made ids.
 */
final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** PrimeFaces' CSP mode puts a per-session nonce on scripts and expects it back with every postback. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    static final String NONCE_PARAMETER = "primefaces.nonce";

    /** The session cookie's name, as web.xml sets it. */
    static final String SESSION_COOKIE = "__Host-PupilSupport";

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    /** @param base the HTTPS address of the application, ending in "/" */
    WebSession(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().sslContext(trustingTestCertificate()).sslParameters(noHostnameCheck())
                .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A client trusting the test server's certificate, with no cookies and no redirects followed: for raw checks. */
    static HttpClient cookielessClient() {
        return HttpClient.newBuilder().sslContext(trustingTestCertificate()).sslParameters(noHostnameCheck())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The HTTPS address of the deployment the test was given (Arquillian gives the HTTP one). */
    static URI httpsBase(java.net.URL deployment) {
        return URI.create("https://localhost:" + System.getProperty("it.https.port", "9444") + deployment.getPath());
    }

    static WebSession signedIn(URI base, String username, String password) {
        WebSession session = new WebSession(base);
        Page signIn = session.get("login.xhtml");
        Page landed = session.submit(signIn, "login", "signIn", Map.of("username", username, "password", password));
        if (landed.uri().getPath().endsWith("login.xhtml")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + landed.status());
        }
        return session;
    }

    /** A page as the server answered it, after following redirects. */
    record Page(int status, URI uri, String body) {

        Optional<String> viewState() {
            Matcher matcher = VIEW_STATE.matcher(body);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }

        Optional<String> nonce() {
            Matcher matcher = NONCE.matcher(body);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }

        boolean contains(String text) {
            return body.contains(text);
        }
    }

    Page get(String relativePath) {
        return follow(HttpRequest.newBuilder(base.resolve(relativePath)).GET().build());
    }

    /**
     * Posts a form of the page as a browser would: the form's marker field, the fields given (by id within
     * the form), the button pressed and the page's view state.
     */
    Page submit(Page page, String formId, String buttonId, Map<String, String> fieldsByLocalId) {
        Map<String, String> fields = formFields(formId, buttonId, fieldsByLocalId, page.viewState().orElseThrow(
                () -> new IllegalStateException("No view state on " + page.uri())));
        page.nonce().ifPresent(nonce -> fields.put(NONCE_PARAMETER, nonce));
        return post(page.uri(), fields);
    }

    /** Posts exactly the fields given, view state included or not: for forged requests. */
    Page post(URI target, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return follow(HttpRequest.newBuilder(target).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    static Map<String, String> formFields(String formId, String buttonId, Map<String, String> fieldsByLocalId, String viewState) {
        Map<String, String> fields = new LinkedHashMap<>();
        // MyFaces recognises a postback of this form by this marker field.
        fields.put(formId + "_SUBMIT", "1");
        fieldsByLocalId.forEach((id, value) -> fields.put(formId + ":" + id, value));
        fields.put(formId + ":" + buttonId, "");
        if (viewState != null) {
            fields.put("jakarta.faces.ViewState", viewState);
        }
        return fields;
    }

    /** Presents a cookie as if this browser had it, e.g. a session id stolen or kept from before sign-out. */
    void presentCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookie.setSecure(true);
        cookies.getCookieStore().add(base, cookie);
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    private Page follow(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                response = client.send(HttpRequest.newBuilder(next).GET().build(), HttpResponse.BodyHandlers.ofString());
            }
            return new Page(response.statusCode(), response.uri(), response.body());
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Sends a request with any method and no body, with this browser's cookies, and does not follow redirects. */
    HttpResponse<String> send(String method, String relativePath) {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve(relativePath)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** The cookies this browser would send, as a Cookie header, for raw requests. */
    String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The test server's certificate is self-signed; this client trusts it, in tests only. */
    static SSLContext trustingTestCertificate() {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // test server only
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // test server only
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustAll}, null);
            return context;
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static SSLParameters noHostnameCheck() {
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm("");
        return parameters;
    }
}

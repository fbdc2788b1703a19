package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a first visit to the sign-in page costs over the wire: scripts and styles come gzip-compressed and
 * cacheable (a year for versioned files), while pages stay uncompressed and never stored. The test prints
 * the bytes sent with and without compression, the figures in docs/benchmarks.md.
 */
@ExtendWith(ArquillianExtension.class)
class StaticResourcesIT {

    private static final Pattern RESOURCE = Pattern.compile("(?:src|href)=\"([^\"]*jakarta\\.faces\\.resource/[^\"]*)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    @ArquillianResource
    URL deployment;

    private final HttpClient client = WebSession.cookielessClient();

    @Test
    void scriptsAndStylesOfTheSignInPageComeCompressedAndCacheable() throws Exception {
        URI base = WebSession.httpsBase(deployment);
        HttpResponse<byte[]> page = get(base.resolve("login.xhtml"), "gzip");
        HttpResponse<byte[]> plainPage = get(base.resolve("login.xhtml"), "identity");
        List<URI> resources = resourcesOf(base, new String(plainPage.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(resources.size() >= 3, "the sign-in page loads PrimeFaces' scripts and styles: " + resources);

        long compressedBytes = page.body().length;
        long plainBytes = plainPage.body().length;
        for (URI resource : resources) {
            HttpResponse<byte[]> compressed = get(resource, "gzip");
            HttpResponse<byte[]> plain = get(resource, "identity");
            assertEquals(200, compressed.statusCode(), resource.toString());
            String cacheControl = compressed.headers().firstValue("Cache-Control").orElse("(missing)");
            if (resource.getQuery() != null && resource.getQuery().contains("v=")) {
                assertEquals("public, max-age=31536000, immutable", cacheControl, resource.toString());
            } else {
                assertEquals("no-cache", cacheControl, "an unversioned resource is revalidated, never no-store: " + resource);
            }
            if (plain.body().length >= 2048) {
                assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElse("(none)"), resource.toString());
                assertTrue(compressed.body().length < plain.body().length, resource.toString());
            }
            assertFalse(plain.headers().firstValue("Content-Encoding").isPresent(), "no compression unless the client asks: " + resource);
            compressedBytes += compressed.body().length;
            plainBytes += plain.body().length;
        }
        System.out.printf("First visit of the sign-in page: %d bytes uncompressed, %d bytes with gzip (%d resources)%n",
                plainBytes, compressedBytes, resources.size());
        assertTrue(compressedBytes * 3 < plainBytes, "gzip sends well under a third of the bytes: " + compressedBytes + " of " + plainBytes);
    }

    @Test
    void pagesStayUncompressedAndAreNeverStored() throws Exception {
        URI base = WebSession.httpsBase(deployment);
        // The sign-in page, and the error page (what a 404 renders).
        for (String path : List.of("login.xhtml", "nothing-here.xhtml")) {
            HttpResponse<byte[]> page = get(base.resolve(path), "gzip");
            List<String> cacheControl = page.headers().allValues("Cache-Control");
            assertTrue(cacheControl.stream().anyMatch(value -> value.startsWith("no-store")), path + ": " + cacheControl);
            // Pages carry the view state and personal data: never compressed (BREACH), whatever the client accepts.
            assertFalse(page.headers().firstValue("Content-Encoding").isPresent(), path);
        }
    }

    @Test
    void theApplicationsOwnStylesheetIsRevalidatedRatherThanRefetched() throws Exception {
        URI base = WebSession.httpsBase(deployment);
        HttpResponse<byte[]> direct = get(base.resolve("resources/css/pupil-support.css"), "gzip");
        assertEquals(200, direct.statusCode());
        assertEquals("no-cache", direct.headers().firstValue("Cache-Control").orElse("(missing)"));
        assertEquals("gzip", direct.headers().firstValue("Content-Encoding").orElse("(none)"));
    }

    private HttpResponse<byte[]> get(URI uri, String acceptEncoding) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", acceptEncoding).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<URI> resourcesOf(URI base, String html) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = RESOURCE.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1).replace("&amp;", "&"));
        }
        List<URI> resources = new ArrayList<>();
        found.forEach(address -> resources.add(base.resolve(address)));
        return resources;
    }
}

package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Plain HTTP never serves a page: it redirects to the same page over HTTPS. */
@ExtendWith(ArquillianExtension.class)
class HttpsOnlyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void plainHttpRedirectsToHttps() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI signIn = deployment.toURI().resolve("login.xhtml");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(signIn).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(302, response.statusCode());
        String httpsPort = System.getProperty("it.https.port", "9444");
        assertEquals("https://localhost:" + httpsPort + signIn.getPath(), response.headers().firstValue("Location").orElse(""));
    }
}

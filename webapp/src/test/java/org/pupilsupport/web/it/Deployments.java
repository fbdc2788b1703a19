package org.pupilsupport.web.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that the build produced, exactly as it ships, for every integration test. */
public final class Deployments {

    /**
     * The application enforces HTTPS for every path. Arquillian's in-container runner is called over plain
     * HTTP, so the test deployment (only) exempts that one servlet path, through a web fragment: the most
     * specific URL pattern wins, leaving every application page under the HTTPS constraint.
     */
    private static final String PLAIN_HTTP_FOR_TEST_RUNNER = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.1">
                <name>arquillianPlainHttp</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>Arquillian test runner</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;

    private Deployments() {
    }

    /** The shipped WAR, for tests that drive it from outside (browser, HTTP). */
    public static WebArchive shippedWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war", "target/pupil-support.war")));
    }

    /** The shipped WAR plus the given test classes, for tests that run inside the server. */
    public static WebArchive shippedWarWith(Class<?>... testClasses) {
        return shippedWar()
                .addClasses(testClasses)
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-plain-http.jar")
                        .addAsManifestResource(new StringAsset(PLAIN_HTTP_FOR_TEST_RUNNER), "web-fragment.xml"));
    }
}

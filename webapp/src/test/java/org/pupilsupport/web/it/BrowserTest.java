package org.pupilsupport.web.it;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the shipped WAR, driven from outside, and a fresh browser per test. Each page
 * the test sees is checked with axe-core as it goes (see {@link Browser}), and the test fails on any WCAG 2.2 A or
 * AA violation, so a new page or form is covered by the test that visits it.
 */
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    @ArquillianResource
    URL deployment;

    protected Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser(deployment);
    }

    @AfterEach
    void closeBrowserAndReportAccessibility() {
        browser.close();
        String report = browser.accessibilityReport();
        if (!report.isEmpty()) {
            throw new AssertionError(report);
        }
    }
}

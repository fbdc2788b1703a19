package org.pupilsupport.web.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, pointed at the test server over HTTPS. The browser and
 * driver paths are fixed (never downloaded): if they are missing, the test fails rather than skips.
 * <p>
 * Every test goes through a driver that watches what it does: after each click, each typing and each keyboard
 * action it waits until the page has settled (loaded, PrimeFaces' AJAX queue empty, no jQuery request open), so no
 * test reads or touches a page still being replaced; and before each action, each navigation and at the end it runs
 * axe-core on the page as it then is (once per address and content), collecting every WCAG 2.2 A and AA violation.
 * {@link BrowserTest} fails the test on any.
 */
final class Browser implements AutoCloseable {

    /** The WCAG 2.2 levels A and AA, as axe-core tags its rules. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    /** True once the document has loaded and neither PrimeFaces nor jQuery has a request in flight. */
    private static final String PAGE_SETTLED = "return document.readyState === 'complete'"
            + " && !(window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue && !PrimeFaces.ajax.Queue.isEmpty())"
            + " && !(window.jQuery && jQuery.active > 0);";

    /**
     * For a page of the application, its address and a digest of its content (class and style attributes left out, since focus and hover
     * change them), so a page already checked is not checked again until something in it changes.
     */
    private static final String PAGE_STATE = "if (document.readyState !== 'complete' || !document.body || location.href.indexOf(arguments[0]) !== 0) { return null; }"
            + " var html = document.body.innerHTML.replace(/ (class|style)=\"[^\"]*\"/g, '');"
            + " var digest = 0; for (var i = 0; i < html.length; i++) { digest = (digest * 31 + html.charCodeAt(i)) | 0; }"
            + " return location.pathname + location.search + ' ' + html.length + ':' + digest;";

    private static final String RUN_AXE = "var done = arguments[arguments.length - 1];"
            + " axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']}).then(function (results) {"
            + "   done(results.violations.map(function (v) { return {id: v.id, impact: v.impact || '', help: v.help,"
            + "     nodes: v.nodes.map(function (n) { return {target: n.target.join(' '), html: n.html, summary: n.failureSummary || ''}; })}; }));"
            + " }, function (error) { done('axe failed: ' + error); });";

    private final ChromeDriver chrome;
    private final WebDriver driver;
    private final Path profile;
    private final Path downloads;
    private final String httpsBase;

    Browser(URL deployedHttpUrl) {
        this.httpsBase = toHttps(deployedHttpUrl);
        File chromium = new File(System.getProperty("it.chromium", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver (" + chromium + ", " + chromedriver
                    + "): apt-get install -y chromium chromium-driver");
        }
        try {
            profile = Files.createTempDirectory("pupil-support-chromium");
            downloads = Files.createDirectory(profile.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + profile,
                // On a loaded machine the first page after a deployment sometimes never finished loading over HTTP/2: Liberty
                // kept writing the PrimeFaces scripts and styles until the browser quit ("stream was already closed"), and the
                // whole test class failed on its first page. Over HTTP/1.1 the same pages load; what the tests check does
                // not depend on the protocol.
                "--disable-http2");
        // Files the pages offer for download arrive in the profile's own directory, without asking, PDFs included.
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        // The test server's certificate is self-signed.
        options.setAcceptInsecureCerts(true);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build();
        chrome = new ChromeDriver(service, options);
        // On a machine busy with other builds the first, cold page after a deployment can take minutes.
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(300));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver = new EventFiringDecorator<>(new PageWatch(this)).decorate(chrome);
    }

    /**
     * Waits until the page has loaded and no AJAX request is queued or open. A click that leaves the page may find
     * the next one still loading, or no page for a moment: both count as not settled yet.
     */
    void waitUntilSettled() {
        try {
            new WebDriverWait(chrome, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                    .until(unused -> Boolean.TRUE.equals(chrome.executeScript(PAGE_SETTLED)));
        } catch (org.openqa.selenium.TimeoutException stillBusy) {
            screenshot("never-settled-" + System.currentTimeMillis());
            throw stillBusy;
        }
    }

    // ---- accessibility: axe-core on every state of every page the test sees ----

    private static String axeSource;
    private final Set<String> pageStatesChecked = new LinkedHashSet<>();
    /** Each violation once, by rule and element, with the pages it was seen on. */
    private final Map<String, AccessibilityViolation> violations = new LinkedHashMap<>();
    private final List<String> axeFailures = new ArrayList<>();

    /** A rule broken by one element, and the pages it was broken on. */
    record AccessibilityViolation(String rule, String impact, String help, String target, String html, String summary, Set<String> pages) {
    }

    private static synchronized String axeSource() {
        if (axeSource == null) {
            try (var in = Browser.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
                }
                axeSource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /**
     * Runs axe-core on the page as it is now, unless this very state was checked already, and keeps what it finds.
     * A page that is being left or has no document (a download, a navigation under way) is not checkable and is skipped:
     * its settled state is checked at the next action.
     */
    @SuppressWarnings("unchecked")
    void checkAccessibility() {
        String state;
        try {
            if (!Boolean.TRUE.equals(chrome.executeScript(PAGE_SETTLED))) {
                return;
            }
            // Only the application's pages: not the browser's own (a network error page, a blank tab).
            state = (String) chrome.executeScript(PAGE_STATE, httpsBase);
        } catch (WebDriverException notCheckable) {
            return;
        }
        if (state == null || !pageStatesChecked.add(state)) {
            return;
        }
        String page = state.substring(0, state.lastIndexOf(' '));
        Object result;
        try {
            if (!Boolean.TRUE.equals(chrome.executeScript("return typeof window.axe === 'object';"))) {
                chrome.executeScript(axeSource());
            }
            result = chrome.executeAsyncScript(RUN_AXE, WCAG_22_AA);
        } catch (WebDriverException pageLeft) {
            // The page went away while axe ran (the test had already acted): this state is checked again next time.
            pageStatesChecked.remove(state);
            return;
        }
        if (result instanceof String failure) {
            axeFailures.add(failure + " on " + page);
            return;
        }
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            for (Map<String, Object> node : (List<Map<String, Object>>) violation.get("nodes")) {
                String rule = (String) violation.get("id");
                String target = (String) node.get("target");
                violations.computeIfAbsent(rule + " " + target,
                        key -> new AccessibilityViolation(rule, (String) violation.get("impact"), (String) violation.get("help"), target,
                                (String) node.get("html"), (String) node.get("summary"), new LinkedHashSet<>()))
                        .pages().add(page);
            }
        }
    }

    /** What axe-core found on the pages of this test, for a person to read, rule by rule; empty when nothing. */
    String accessibilityReport() {
        if (violations.isEmpty() && axeFailures.isEmpty()) {
            return "";
        }
        StringBuilder report = new StringBuilder("axe-core found " + violations.size() + " WCAG 2.2 A/AA violation(s) on the pages this test visited:");
        Map<String, List<AccessibilityViolation>> byRule = new LinkedHashMap<>();
        violations.values().forEach(violation -> byRule.computeIfAbsent(violation.rule(), rule -> new ArrayList<>()).add(violation));
        byRule.forEach((rule, found) -> {
            AccessibilityViolation first = found.get(0);
            report.append("\n- ").append(rule).append(" (").append(first.impact()).append("): ").append(first.help())
                    .append("\n    ").append(first.summary().replace("\n", "\n    "));
            found.forEach(violation -> report.append("\n    * ").append(violation.target()).append("  ").append(violation.html())
                    .append("\n      on ").append(String.join(", ", violation.pages())));
        });
        axeFailures.forEach(failure -> report.append("\n- ").append(failure));
        return report.toString();
    }

    /** The violations found so far, for a test that checks pages on purpose. */
    List<AccessibilityViolation> accessibilityViolations() {
        return List.copyOf(violations.values());
    }

    /** How many distinct page states axe-core has checked. */
    int pageStatesChecked() {
        return pageStatesChecked.size();
    }

    private static String toHttps(URL http) {
        try {
            int httpsPort = Integer.parseInt(System.getProperty("it.https.port", "9444"));
            String path = http.getPath().endsWith("/") ? http.getPath() : http.getPath() + "/";
            return new URL("https", "localhost", httpsPort, path).toString();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    String httpsBase() {
        return httpsBase;
    }

    void open(String relativePath) {
        driver.get(httpsBase + relativePath);
    }

    /** Opens a page in a new tab, as an officer does with a second page of the same session; the new tab has the focus. */
    String openInNewTab(String relativePath) {
        String previous = driver.getWindowHandle();
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        open(relativePath);
        return previous;
    }

    /** Goes back to a tab by the handle {@link #openInNewTab} gave. */
    void switchToTab(String handle) {
        driver.switchTo().window(handle);
    }

    void signIn(String username, String password) {
        open("login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:signIn")).click();
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    void signOut() {
        driver.findElement(By.id("signOutForm:signOut")).click();
        waitFor(ExpectedConditions.urlContains("login.xhtml"));
    }

    WebElement find(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits until the element has left the page, as after a full-page submit. Chrome sometimes answers a question about
     * a node being detached with "Node with given id does not belong to the document" instead of a stale element:
     * that is the same answer, so it is taken as one.
     */
    void waitUntilReplaced(WebElement element) {
        waitFor(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException detaching) {
                if (String.valueOf(detaching.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw detaching;
            }
        });
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
        } catch (org.openqa.selenium.TimeoutException timedOut) {
            // The page as it was when the wait gave up: usually the message that explains the failure.
            screenshot("timed-out-" + System.currentTimeMillis());
            throw timedOut;
        }
    }

    /**
     * Chooses an option of a select list (a native one: the pages use no scripted menus) by its label. The option is
     * clicked, which ChromeDriver turns into a choice with its change event, as a person's choice would be.
     */
    void selectOneMenu(String clientId, String label) {
        WebElement list = find(By.id(clientId));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", list);
        List<WebElement> options = list.findElements(By.xpath(".//option[normalize-space(.) = " + org.openqa.selenium.support.ui.Quotes.escape(label) + "]"));
        if (options.isEmpty()) {
            throw new AssertionError("\"" + clientId + "\" has no option \"" + label + "\"; it offers " + list.getText());
        }
        options.get(0).click();
        waitFor(driver -> label.equals(new org.openqa.selenium.support.ui.Select(find(By.id(clientId))).getFirstSelectedOption().getText().strip()));
    }

    /** Types a date (or date and time) into a PrimeFaces date picker, as officers do, without opening its calendar. */
    void typeDate(String inputId, String text) {
        find(By.id(inputId)).sendKeys(text);
    }

    /** Gives a file to an upload field, as choosing it in the browser's dialog would. */
    void upload(String inputId, java.nio.file.Path file) {
        driver.findElement(By.id(inputId)).sendKeys(file.toAbsolutePath().toString());
    }

    /** Where downloads arrive; it goes with the browser's profile when the browser closes. */
    Path downloadDirectory() {
        return downloads;
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Keeps a picture of the page in target/screenshots, for a person to look at after a run. */
    void screenshot(String name) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(directory.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JavaScript errors the page logged (a missing favicon is not one). */
    List<String> javaScriptErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
    }

    /** Checks the page the test ended on (nothing acted on it afterwards), then closes the browser. */
    @Override
    public void close() {
        try {
            checkAccessibility();
        } finally {
            quit();
        }
    }

    private void quit() {
        chrome.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }

    // ---- the keyboard alone: what a person who cannot use a mouse does ----

    /** Presses keys, one after another, on whatever has the focus. */
    void pressKeys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** The element that has the keyboard focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Presses Tab until the element found by {@code by} has the focus, as a keyboard user moves through a page, and
     * fails if it never does within {@code maximumPresses}.
     */
    WebElement tabTo(By by, int maximumPresses) {
        WebElement target = find(by);
        for (int press = 0; press < maximumPresses; press++) {
            if (hasFocus(target)) {
                return target;
            }
            pressKeys(org.openqa.selenium.Keys.TAB);
        }
        if (hasFocus(target)) {
            return target;
        }
        throw new AssertionError(by + " never had the focus after " + maximumPresses + " presses of Tab; the focus is on "
                + focused().getAttribute("outerHTML"));
    }

    private boolean hasFocus(WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return arguments[0] === document.activeElement;", element));
    }

    /** Runs a script in the page and gives back its result, e.g. the id of the element that has focus. */
    Object javaScript(String script) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
    }
}

package org.pupilsupport.web.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, pointed at the test server over HTTPS. The browser and
 * driver paths are fixed (never downloaded): if they are missing, the test fails rather than skips.
 */
final class Browser implements AutoCloseable {

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
                "--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + profile);
        // Files the pages offer for download arrive in the profile's own directory, without asking, PDFs included.
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        // The test server's certificate is self-signed.
        options.setAcceptInsecureCerts(true);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
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
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
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

    /** Chooses an option of a PrimeFaces select menu by its label, as a person would: open the list, click. */
    void selectOneMenu(String clientId, String label) {
        for (int attempt = 1; ; attempt++) {
            WebElement menu = find(By.cssSelector("[id='" + clientId + "'] .ui-selectonemenu-label"));
            try {
                clickInView(menu);
                // The list is open, and ready to take a choice, once the menu says it is expanded (PrimeFaces sets this when
                // the list has finished appearing; a click before then can land on a list still moving).
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.attributeToBe(menu, "aria-expanded", "true"));
                // The open list hides itself when the window scrolls, so the option is brought into view only within the list.
                clickWithoutScrollingTheWindow(new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//*[@id='" + clientId + "_panel']//li[@data-label=" + xpathLiteral(label) + "]"))));
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.textToBe(By.id(clientId + "_label"), label));
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.ElementNotInteractableException notTaken) {
                // On a loaded machine the list can close before the click lands, or the page's scripts had not yet made the
                // menu a list when it was clicked: close the list if it is open and choose again.
                if (attempt == 3) {
                    screenshot("select-" + clientId.replace(':', '-'));
                    throw notTaken;
                }
                // Escape only on a list that finished opening: PrimeFaces fails on Escape for a list that never opened.
                if ("true".equals(menu.getAttribute("aria-expanded"))) {
                    menu.sendKeys(org.openqa.selenium.Keys.ESCAPE);
                    new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.attributeToBe(menu, "aria-expanded", "false"));
                }
            }
        }
    }

    /** Scrolls the element to the middle of the window first, so the fixed masthead or another list cannot cover it. */
    private void clickInView(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Scrolls only as far as needed (not at all when the element is already in the window), then clicks. */
    private void clickWithoutScrollingTheWindow(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", element);
        element.click();
    }

    /** A label as an XPath string literal, apostrophes included. */
    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
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

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }

    /** Runs a script in the page and gives back its result, e.g. the id of the element that has focus. */
    Object javaScript(String script) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
    }
}

package org.pupilsupport.web.it;

import java.util.Collection;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * What {@link Browser} does around each thing a test does: before it, checks the page as it is with axe-core (once
 * per state); after a click, typing or keyboard action, waits for the page to settle. Public only because Selenium
 * calls it by reflection.
 */
public final class PageWatch implements WebDriverListener {

    private final Browser browser;

    PageWatch(Browser browser) {
        this.browser = browser;
    }

    @Override
    public void beforeGet(WebDriver driver, String url) {
        browser.checkAccessibility();
    }

    @Override
    public void beforeClick(WebElement element) {
        browser.checkAccessibility();
    }

    @Override
    public void afterClick(WebElement element) {
        browser.waitUntilSettled();
    }

    @Override
    public void beforeSendKeys(WebElement element, CharSequence... keys) {
        browser.checkAccessibility();
    }

    @Override
    public void afterSendKeys(WebElement element, CharSequence... keys) {
        browser.waitUntilSettled();
    }

    @Override
    public void beforePerform(WebDriver driver, Collection<Sequence> actions) {
        browser.checkAccessibility();
    }

    @Override
    public void afterPerform(WebDriver driver, Collection<Sequence> actions) {
        browser.waitUntilSettled();
    }
}

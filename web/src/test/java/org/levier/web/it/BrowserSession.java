package org.levier.web.it;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What browser tests do on Levier's pages, over one {@link Chromium}: sign in as someone, open a page, find, type,
 * choose, click (a full-page post waits for the new page), accept a confirmation, read the Faces messages. Waits
 * retry when an update replaced the element between finding and reading it.
 */
final class BrowserSession {

    private final WebDriver driver;
    private final URL base;

    BrowserSession(WebDriver driver, URL base) {
        this.driver = driver;
        this.base = base;
    }

    WebDriver driver() {
        return driver;
    }

    String url(String path) {
        String root = base.toExternalForm();
        return (root.endsWith("/") ? root : root + "/") + path;
    }

    /** Signs out whoever was signed in, then signs in with the demo password. */
    void signIn(String email) {
        driver.manage().deleteAllCookies();
        driver.get(url("login.xhtml"));
        find(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(Api.demoPassword());
        driver.findElement(By.id("login:submit")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    void open(String path) {
        driver.get(url(path));
    }

    WebElement find(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    void type(By locator, String text) {
        WebElement input = find(locator);
        input.clear();
        input.sendKeys(text);
    }

    /** Sets an input's value as the browser would post it (a date input's text depends on the browser's locale). */
    void setValue(By locator, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(locator), value);
    }

    void choose(By locator, String value) {
        new Select(find(locator)).selectByValue(value);
    }

    /** Clicks a button that posts the whole page, and waits until the new page replaced it. */
    void post(By locator) {
        WebElement button = find(locator);
        button.click();
        waiting().until(Chromium.replaced(button));
    }

    /** Clicks a button that asks for a confirmation first, accepts it and waits for the new page. */
    void postConfirmed(By locator) {
        WebElement button = find(locator);
        button.click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waiting().until(Chromium.replaced(button));
    }

    String text(By locator) {
        return waiting().until(d -> {
            WebElement element = d.findElement(locator);
            return element.isDisplayed() ? element.getText().replace('\u00A0', ' ').replace('\u202F', ' ') : null;
        });
    }

    String attribute(By locator, String name) {
        return waiting().until(d -> d.findElement(locator).getDomAttribute(name));
    }

    /** The Faces messages of the page ({@code #messages}), empty when there are none. */
    String messages() {
        List<WebElement> shown = driver.findElements(By.id("messages"));
        return shown.isEmpty() ? "" : shown.getFirst().getText();
    }

    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Chromium.WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}

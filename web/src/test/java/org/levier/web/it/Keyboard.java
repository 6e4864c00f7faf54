package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A keyboard-only user for the browser tests: keys go to the element that has the focus
 * ({@code driver.switchTo().activeElement()}), never a click; each control reached must show where the focus is.
 */
final class Keyboard {

    /** More Tab presses than any page of Levier has controls: a control not reached by then is unreachable. */
    static final int MAX_TABS = 250;

    private final WebDriver driver;

    Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses keys on the focused element. */
    void press(CharSequence... keys) {
        focused().sendKeys(keys);
    }

    /** Types text into the focused element. */
    void type(String text) {
        focused().sendKeys(text);
    }

    /**
     * Presses Tab (or Shift+Tab when {@code backwards}) until the focused element matches, checking on the way
     * that the page does not trap the focus; fails when it is never reached.
     */
    WebElement tabTo(String what, Predicate<WebElement> wanted, boolean backwards) {
        for (int i = 0; i < MAX_TABS; i++) {
            press(backwards ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB);
            WebElement now = focused();
            if (wanted.test(now)) {
                assertVisibleFocus(what);
                return now;
            }
        }
        throw new AssertionError(what + " is not reachable with " + (backwards ? "Shift+Tab" : "Tab") + " ("
                + MAX_TABS + " presses); focus ends on " + describe(focused()));
    }

    WebElement tabTo(String what, Predicate<WebElement> wanted) {
        return tabTo(what, wanted, false);
    }

    /** The focused element by its id. */
    static Predicate<WebElement> id(String id) {
        return e -> id.equals(e.getDomAttribute("id"));
    }

    /** The focused element has all of these classes. */
    static Predicate<WebElement> classes(String... classes) {
        return e -> {
            String present = " " + String.valueOf(e.getDomAttribute("class")) + " ";
            for (String c : classes) {
                if (!present.contains(" " + c + " ")) {
                    return false;
                }
            }
            return true;
        };
    }

    /** The focused element's visible focus: an outline or a box shadow (WCAG 2.4.7). */
    void assertVisibleFocus(String what) {
        Object style = ((JavascriptExecutor) driver).executeScript("""
                const e = document.activeElement, s = getComputedStyle(e);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                const shadow = s.boxShadow && s.boxShadow !== 'none';
                return (outline || shadow) ? null : (e.tagName + '#' + e.id + '.' + e.className
                        + ' outline=' + s.outlineStyle + ' ' + s.outlineWidth + ' shadow=' + s.boxShadow);
                """);
        assertThat(style).as("visible focus on " + what).isNull();
    }

    private static String describe(WebElement e) {
        return e.getTagName() + "#" + e.getDomAttribute("id") + "." + e.getDomAttribute("class");
    }
}

package org.levier.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Fails a browser test whose pages broke the Content Security Policy (a refused script or style, read from the
 * browser's console: such a refusal breaks the page's scripts silently). Saves the browser's screen to {@code web/target/screenshots/<Class>.<test>-FAILED.png} when a browser test fails,
 * right after the test method (before any {@code @AfterEach} could close the browser). Tests can also call
 * {@link #save} to keep a picture of a page that worked.
 */
public class Screenshots implements AfterTestExecutionCallback {

    /** A test class whose browser can be photographed. */
    public interface Browser {
        WebDriver driver();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Object test = context.getTestInstance().orElse(null);
        if (context.getExecutionException().isEmpty()) {
            if (test instanceof Browser browser && browser.driver() != null) {
                java.util.List<String> refused = cspViolations(browser.driver());
                if (!refused.isEmpty()) {
                    throw new AssertionError("the Content Security Policy refused: " + refused);
                }
            }
            return;
        }
        if (test instanceof Browser browser && browser.driver() != null) {
            String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
                    + "-FAILED";
            try {
                Path saved = save(browser.driver(), name);
                System.err.println("Screenshot of the failed test: " + saved);
            } catch (RuntimeException e) {
                context.getExecutionException().get().addSuppressed(e);
            }
        }
    }

    /**
     * The console's Content Security Policy refusals since last read (reading empties the console's log); what the
     * report-only policy (the nonce policy not yet enforced on pages) merely reports is not a refusal.
     */
    static java.util.List<String> cspViolations(WebDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .filter(message -> !message.contains("[Report Only]") && !message.contains("report-only"))
                .toList();
    }

    /** Saves the current screen as {@code <screenshots>/<name>.png} and returns the file. */
    public static Path save(WebDriver driver, String name) {
        Path dir = Path.of(System.getProperty("levier.it.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Path target = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not save screenshot " + name, e);
        }
    }
}

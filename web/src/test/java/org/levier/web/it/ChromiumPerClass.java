package org.levier.web.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * One headless Chromium for a browser test class: opened before its first test, closed after its last; after each
 * test, the pages it showed must have no serious or critical accessibility violation (axe-core, {@link Axe}).
 * Register it as a static field ({@code @RegisterExtension static final ChromiumPerClass CHROMIUM = new ChromiumPerClass();}).
 */
final class ChromiumPerClass implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private Chromium browser;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        browser = Chromium.open();
    }

    /** Each test fails on the serious or critical accessibility violations of the pages it showed (axe-core). */
    @Override
    public void afterEach(ExtensionContext context) {
        if (browser != null && context.getExecutionException().isPresent()) {
            // What the page showed when the test failed, and its source: the report's stack trace rarely says why.
            String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            try {
                Screenshots.save(browser.driver(), name);
                java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("levier.it.screenshots",
                        "target/screenshots"), name + ".html"), browser.driver().getPageSource());
            } catch (RuntimeException | java.io.IOException e) {
                context.getExecutionException().get().addSuppressed(e);
            }
        }
        if (browser != null) {
            browser.assertAccessible();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    WebDriver driver() {
        if (browser == null) {
            throw new IllegalStateException("Chromium is open only while the test class runs");
        }
        return browser.driver();
    }
}

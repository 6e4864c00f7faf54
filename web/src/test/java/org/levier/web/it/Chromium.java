package org.levier.web.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests, the same for all of them: a French-speaking user (the
 * application's default language must show first, whatever the machine's locale), a throw-away profile, a large
 * window so that screenshots show whole pages. Every page it shows is audited by axe-core ({@link Axe}). A test class opens one with {@link #open()} in a
 * {@code @BeforeEach} (it is kept for the class) and closes it in {@code @AfterAll}.
 */
final class Chromium implements AutoCloseable {

    static final File BINARY = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final Path profile;
    private final Axe axe;

    private Chromium(Axe.Decorated decorated, Path profile) {
        this.driver = decorated.driver();
        this.axe = decorated.axe();
        this.profile = profile;
    }

    /**
     * A new browser. In CI the browser must be there (.ci/run installs it); only a developer machine without it
     * skips the test.
     */
    static Chromium open() throws IOException {
        assumeTrue(BINARY.canExecute() || System.getenv("CI") != null,
                "Debian's chromium is not installed (apt-get install chromium chromium-driver)");
        Path profile = Files.createTempDirectory("levier-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1600", "--user-data-dir=" + profile,
                "--lang=fr-FR");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        // The console's messages, for tests that check a page logs no error (driver.manage().logs()).
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Chromium(Axe.decorate(driver), profile);
    }

    WebDriver driver() {
        return driver;
    }

    /** Fails with the serious or critical accessibility violations of the pages shown so far (see {@link Axe}). */
    void assertAccessible() {
        if (axe != null) {
            axe.assertClean();
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a profile left in /tmp is harmless
        }
    }

    /**
     * The element left the page (an update replaced it). Unlike Selenium's {@code stalenessOf}, any driver error on
     * the old element counts as gone: Chromium sometimes answers "node does not belong to the document" rather than
     * a stale-element error while the new page is being laid out.
     */
    static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> replaced(org.openqa.selenium.WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        };
    }
}

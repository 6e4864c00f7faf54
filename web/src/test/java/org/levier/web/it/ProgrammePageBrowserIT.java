package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A person's path through the web UI in Debian's headless Chromium: sign in as the demo auditor, read the
 * Dunkerque programme page in French (the default), then in English. Screenshots: on failure (see
 * {@link Screenshots}) and of both pages when they work, under {@code web/target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Screenshots.class)
class ProgrammePageBrowserIT implements Screenshots.Browser {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static WebDriver driver;
    private static Path profile;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Override
    public WebDriver driver() {
        return driver;
    }

    @BeforeEach
    void openBrowser() throws IOException {
        // In CI the browser must be there (.ci/run installs it); only a developer machine without it may skip.
        assumeTrue(CHROMIUM.canExecute() || System.getenv("CI") != null,
                "Debian's chromium is not installed (apt-get install chromium chromium-driver)");
        if (driver != null) {
            return;
        }
        profile = Files.createTempDirectory("levier-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1600", "--user-data-dir=" + profile,
                "--lang=fr-FR");
        // A French-speaking user, whatever the machine's locale: the application's default must show first.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (UncheckedIOException e) {
                // a profile left in /tmp is harmless
            }
        }
    }

    private String url(String path) {
        String root = base.toExternalForm();
        return (root.endsWith("/") ? root : root + "/") + path;
    }

    private void signInAsAuditor() {
        driver.manage().deleteAllCookies();
        driver.get(url("login.xhtml"));
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(Api.AUDITOR);
        driver.findElement(By.id("login:password")).sendKeys(Api.demoPassword());
        Screenshots.save(driver, "login-page");
        driver.findElement(By.id("login:submit")).click();
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    private String text(String id) {
        return new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)))
                .getText();
    }

    /** The label of the allotment figure: the {@code <dt>} (or label) just before {@code #allotment}. */
    private String allotmentLabel() {
        return driver.findElement(By.xpath("//*[@id='allotment']/preceding-sibling::*[1]")).getText();
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }

    @Test
    void theAuditorReadsTheProgrammePageInFrenchThenInEnglish() {
        signInAsAuditor();

        driver.get(url("app/programme.xhtml"));
        assertThat(digits(text("allotment"))).isEqualTo("3750000000");
        assertThat(digits(text("targetTotal"))).isEqualTo("28800000000");
        assertThat(digits(text("targetLeverage"))).startsWith("768");
        assertThat(text("axis-1")).contains("Écologie industrielle et territoriale");
        for (int axis = 2; axis <= 4; axis++) {
            assertThat(text("axis-" + axis)).isNotBlank();
        }
        assertThat(driver.getPageSource()).contains("ARCELORMITTAL");
        String frenchLabel = allotmentLabel();
        assertThat(frenchLabel).isNotBlank();
        Screenshots.save(driver, "programme-page-fr");

        driver.get(url("app/programme.xhtml?lang=en"));
        assertThat(digits(text("allotment"))).isEqualTo("3750000000");
        assertThat(text("axis-1")).contains("Industrial and territorial ecology");
        String englishLabel = allotmentLabel();
        assertThat(englishLabel).as("the allotment's label comes from the bundle of the chosen language")
                .isNotBlank().isNotEqualTo(frenchLabel);
        Screenshots.save(driver, "programme-page-en");
    }

    @Test
    void theLoginPageSpeaksEnglishOnRequest() {
        driver.manage().deleteAllCookies();
        driver.get(url("login.xhtml"));
        String french = new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:submit"))).getText()
                + driver.findElement(By.id("login:submit")).getDomProperty("value");

        driver.get(url("login.xhtml?lang=en"));
        String english = new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:submit"))).getText()
                + driver.findElement(By.id("login:submit")).getDomProperty("value");

        assertThat(english).isNotBlank().isNotEqualTo(french);
        Screenshots.save(driver, "login-page-en");
    }
}

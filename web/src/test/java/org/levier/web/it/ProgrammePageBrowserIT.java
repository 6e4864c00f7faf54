package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's path through the web UI in Debian's headless Chromium: sign in as the demo auditor, read the
 * Dunkerque programme page in French (the default), then in English. Screenshots: on failure (see
 * {@link Screenshots}) and of both pages when they work, under {@code web/target/screenshots/}.
 */
@ExtendWith(PayaraServer.class)
@ExtendWith(Screenshots.class)
class ProgrammePageBrowserIT implements Screenshots.Browser {

    private static final Duration WAIT = Chromium.WAIT;

    @RegisterExtension
    static final ChromiumPerClass CHROMIUM = new ChromiumPerClass();

    @PayaraServer.Base
    URL base;

    @Override
    public WebDriver driver() {
        return CHROMIUM.driver();
    }

    private String url(String path) {
        String root = base.toExternalForm();
        return (root.endsWith("/") ? root : root + "/") + path;
    }

    private void signInAsAuditor() {
        driver().manage().deleteAllCookies();
        driver().get(url("login.xhtml"));
        WebDriverWait wait = new WebDriverWait(driver(), WAIT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(Api.AUDITOR);
        driver().findElement(By.id("login:password")).sendKeys(Api.demoPassword());
        Screenshots.save(driver(), "login-page");
        driver().findElement(By.id("login:submit")).click();
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    private String text(String id) {
        return new WebDriverWait(driver(), WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)))
                .getText();
    }

    /** The label of the allotment figure: the {@code <dt>} (or label) just before {@code #allotment}. */
    private String allotmentLabel() {
        return driver().findElement(By.xpath("//*[@id='allotment']/preceding-sibling::*[1]")).getText();
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }

    @Test
    void theAuditorReadsTheProgrammePageInFrenchThenInEnglish() {
        signInAsAuditor();

        driver().get(url("app/programme.xhtml"));
        assertThat(digits(text("allotment"))).isEqualTo("3750000000");
        assertThat(digits(text("targetTotal"))).isEqualTo("28800000000");
        assertThat(digits(text("targetLeverage"))).startsWith("768");
        assertThat(text("axis-1")).contains("Écologie industrielle et territoriale");
        for (int axis = 2; axis <= 4; axis++) {
            assertThat(text("axis-" + axis)).isNotBlank();
        }
        assertThat(driver().getPageSource()).contains("ARCELORMITTAL");
        String frenchLabel = allotmentLabel();
        assertThat(frenchLabel).isNotBlank();
        // The budget: allotment, committed, reserved, left, per action and in total (the auditor reads it).
        assertThat(text("budget-title")).isEqualTo("Budget : dotation et enveloppes");
        assertThat(text("budget-total")).startsWith("Total du programme");
        assertThat(driver().findElements(By.cssSelector("#budget tbody tr[data-action]"))).hasSize(15);
        Screenshots.save(driver(), "programme-page-fr");

        driver().get(url("app/programme.xhtml?lang=en"));
        assertThat(digits(text("allotment"))).isEqualTo("3750000000");
        assertThat(text("axis-1")).contains("Industrial and territorial ecology");
        assertThat(text("budget-total")).startsWith("Programme total");
        String englishLabel = allotmentLabel();
        assertThat(englishLabel).as("the allotment's label comes from the bundle of the chosen language")
                .isNotBlank().isNotEqualTo(frenchLabel);
        Screenshots.save(driver(), "programme-page-en");
    }

    @Test
    void theLoginPageSpeaksEnglishOnRequest() {
        driver().manage().deleteAllCookies();
        driver().get(url("login.xhtml"));
        String french = new WebDriverWait(driver(), WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:submit"))).getText()
                + driver().findElement(By.id("login:submit")).getDomProperty("value");

        driver().get(url("login.xhtml?lang=en"));
        String english = new WebDriverWait(driver(), WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:submit"))).getText()
                + driver().findElement(By.id("login:submit")).getDomProperty("value");

        assertThat(english).isNotBlank().isNotEqualTo(french);
        Screenshots.save(driver(), "login-page-en");
    }

    @Test
    void theAdministratorReadsTheOutbox() {
        String email = "outbox-" + System.nanoTime() + "@example.org";
        String registration = """
                {"email":"%s","password":"Grue bleue sur le quai 7","displayName":"Outbox reader","locale":"fr",
                 "organisation":{"legalName":"Outbox démo SAS","legalForm":"SAS","siret":"%s","sizeClass":"SMALL",
                 "addressLine":"1 quai","postalCode":"59140","city":"Dunkerque","country":"FR"}}"""
                .formatted(email, DossierFixtures.newSiret());
        assertThat(Api.anonymous(base).postJson("api/v1/registrations", registration).statusCode()).isEqualTo(201);

        driver().manage().deleteAllCookies();
        driver().get(url("login.xhtml"));
        WebDriverWait wait = new WebDriverWait(driver(), WAIT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys("admin@levier.example");
        driver().findElement(By.id("login:password")).sendKeys(Api.demoPassword());
        driver().findElement(By.id("login:submit")).click();
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));

        driver().findElement(By.id("nav-outbox")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outbox:recipient"))).sendKeys(email);
        driver().findElement(By.id("outbox:search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outbox-total"), "1"));
        String table = driver().findElement(By.id("outbox:messages")).getText();
        assertThat(table).contains(email);
        assertThat(driver().getPageSource()).contains("/confirm.xhtml?token=");
        Screenshots.save(driver(), "admin-outbox");
    }
}

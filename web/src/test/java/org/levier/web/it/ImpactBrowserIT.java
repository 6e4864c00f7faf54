package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.MoneyFixtures.tranche;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The impact pages in headless Chromium: the applicant sees its progress reports with due dates and overdue flags
 * and files one through the form; the analyst accepts it on the staff dossier page; the impact page shows the table
 * and the bar chart of target versus actual.
 */
@ExtendWith(PayaraServer.class)
@ExtendWith(Screenshots.class)
class ImpactBrowserIT implements Screenshots.Browser {

    private static final Duration WAIT = Chromium.WAIT;

    @RegisterExtension
    static final ChromiumPerClass CHROMIUM = new ChromiumPerClass();

    @PayaraServer.Base
    URL base;

    @Override
    public WebDriver driver() {
        return CHROMIUM.driver();
    }

    @Test
    void theApplicantFilesAReportTheAnalystAcceptsItTheImpactPageShowsIt() {
        MoneyFixtures.Actors who = MoneyFixtures.Actors.of(base);
        // Other test classes may have signed dossiers with CO2 targets on this database: the figures are compared
        // against what the programme held before this test.
        JsonObject before = co2(who);
        long callId = DossierFixtures.demoCallId(who.applicant());
        long id = MoneyFixtures.approvedDossier(who, MoneyFixtures.draft(callId, 4, "Impact in the browser",
                "100000.00", "0.00", "0.00"), "Impact in the browser", "100000.00", "0.00", "0.00", List.of())
                .dossierId();
        MoneyFixtures.sign(who.director1(), id, "{\"signedOn\": \"2025-06-01\", \"tranches\": ["
                + tranche("GRANT", "100000.00", "2025-07-01", "Start") + "], \"conditions\": []}");

        // The applicant: 8 reports, the first overdue; it files the first one.
        signIn(DossierFixtures.APPLICANT1);
        driver().get(url("app/dossier.xhtml?id=" + id));
        WebDriverWait wait = new WebDriverWait(driver(), WAIT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("progress-title")));
        assertThat(driver().findElements(By.cssSelector("[data-number]"))).hasSize(8);
        assertThat(driver().findElements(By.cssSelector(".overdue"))).isNotEmpty();
        Screenshots.save(driver(), "impact-applicant-reports");
        driver().findElement(By.id("reports:progress-reports:0:file")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:narrative")))
                .sendKeys("Works started; the filter is installed.");
        WebElement co2 = driver().findElement(By.cssSelector("input[data-indicator='CO2_AVOIDED']"));
        co2.sendKeys("7.5");  // a single dot is a decimal point in both languages
        driver().findElement(By.id("report:expenses")).sendKeys("12500");
        driver().findElement(By.id("report:submit")).click();
        wait.until(d -> "SUBMITTED".equals(d.findElement(By.cssSelector("[data-number='1']"))
                .getAttribute("data-status")));
        Screenshots.save(driver(), "impact-applicant-filed");

        // The analyst accepts it on the staff dossier page.
        signIn(MoneyFixtures.ANALYST);
        driver().get(url("app/staff/dossier.xhtml?id=" + id));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href$='tab-impact']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tabs:reports:progress-reports:0:accept"))).click();
        wait.until(d -> "ACCEPTED".equals(d.findElement(By.cssSelector("[data-number='1']"))
                .getAttribute("data-status")));

        // The impact page: the table (this dossier adds a target of 10 and an actual of 7.5) and the chart.
        JsonObject after = co2(who);
        assertThat(new BigDecimal(after.getString("target")).subtract(decimal(before, "target")))
                .isEqualByComparingTo("10");
        assertThat(new BigDecimal(after.getString("actual")).subtract(decimal(before, "actual")))
                .isEqualByComparingTo("7.5");
        driver().get(url("app/staff/impact.xhtml?programme=TI-DK"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("impact-table")));
        String row = driver().findElement(By.xpath("//*[@data-indicator='CO2_AVOIDED']/ancestor::tr")).getText();
        NumberFormat french = NumberFormat.getNumberInstance(Locale.FRENCH);
        assertThat(row.replace('\u202f', ' ').replace('\u00a0', ' '))
                .contains(french.format(new BigDecimal(after.getString("target"))).replace('\u202f', ' ')
                        .replace('\u00a0', ' '))
                .contains(french.format(new BigDecimal(after.getString("actual"))).replace('\u202f', ' ')
                        .replace('\u00a0', ' '));
        assertThat(driver().findElements(By.cssSelector("#impact-chart canvas"))).hasSize(1);
        Screenshots.save(driver(), "impact-page");
    }

    /** The programme's CO2_AVOIDED row of the impact API (target and actual "0" when no dossier has the target). */
    private static JsonObject co2(MoneyFixtures.Actors who) {
        JsonArray rows = Api.json(who.analyst().get("api/v1/programmes/TI-DK/impact")).getJsonArray("rows");
        return rows.getValuesAs(JsonObject.class).stream()
                .filter(r -> "CO2_AVOIDED".equals(r.getString("indicator")))
                .findFirst()
                .orElse(Json.createObjectBuilder().add("target", "0").add("actual", "0").build());
    }

    private static BigDecimal decimal(JsonObject row, String field) {
        return row.isNull(field) ? BigDecimal.ZERO : new BigDecimal(row.getString(field));
    }

    private void signIn(String email) {
        driver().manage().deleteAllCookies();
        driver().get(url("login.xhtml"));
        WebDriverWait wait = new WebDriverWait(driver(), WAIT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        driver().findElement(By.id("login:password")).sendKeys(Api.demoPassword());
        driver().findElement(By.id("login:submit")).click();
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    private String url(String path) {
        String root = base.toExternalForm();
        return (root.endsWith("/") ? root : root + "/") + path;
    }
}

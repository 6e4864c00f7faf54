package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The auditor's report area in headless Chromium: with 6000 audit events in June 2019 (above the 5000-event
 * threshold), the audit-trail extract of that period starts a background job; the page's progress bar polls it up
 * to 100 % and then shows the file's link, whose PDF (downloaded with the browser's session) holds the 6000 events:
 * 30 rows on page 1, 33 on the others, 6000 = 30 + 33 × 180 + 30, 182 pages. Screenshots under
 * {@code web/target/screenshots/}. And the audit trail search: one dossier's events (its own, its due diligence's,
 * its agreement's and its disbursements'), one action, an actor and a period, wrong filters explained, in both
 * languages.
 */
@ExtendWith(PayaraServer.class)
@ExtendWith(Screenshots.class)
class ReportsBrowserIT implements Screenshots.Browser {

    private static final Duration JOB_WAIT = Duration.ofMinutes(10);

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
        driver().get(url("login.xhtml?lang=en"));
        WebDriverWait wait = new WebDriverWait(driver(), Chromium.WAIT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(Api.AUDITOR);
        driver().findElement(By.id("login:password")).sendKeys(Api.demoPassword());
        driver().findElement(By.id("login:submit")).click();
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    private void setValue(String id, String value) {
        WebElement input = driver().findElement(By.id(id));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    @Test
    void theAuditorStartsTheLargeExtractSeesTheProgressBarReach100AndDownloadsIt() throws Exception {
        AuditFixtures.Inserted inserted = AuditFixtures.insertEvents(6000, Instant.parse("2019-06-01T00:00:00Z"));
        signInAsAuditor();
        WebDriverWait wait = new WebDriverWait(driver(), Chromium.WAIT);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-reports"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reports-title")));
        assertThat(driver().getCurrentUrl()).contains("app/reports.xhtml");

        Select type = new Select(driver().findElement(By.id("reports:type")));
        assertThat(type.getOptions()).extracting(WebElement::getText).contains("Audit-trail extract");
        type.selectByValue("audit-trail");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reports:from_input")));
        // In English too, dates are typed day first (the hint says so); a day that does not exist is named by label.
        assertThat(driver().findElement(By.cssSelector("label[for='reports:from_input']")).getText())
                .contains("DD/MM/YYYY");
        driver().findElement(By.id("reports:from_input")).sendKeys("31/04/2019");
        driver().findElement(By.id("reports:produce")).click();
        wait.until(d -> d.findElement(By.id("reports:messages")).getText().contains("From: invalid date"));
        assertThat(driver().findElement(By.id("reports:messages")).getText()).contains("DD/MM/YYYY")
                .doesNotContain("reports:from");
        Screenshots.save(driver(), "reports-page-impossible-date-en");
        WebElement from = driver().findElement(By.id("reports:from_input"));
        from.clear();
        from.sendKeys("01/06/2019");
        driver().findElement(By.id("reports:to_input")).clear();
        driver().findElement(By.id("reports:to_input")).sendKeys("30/06/2019");
        new Select(driver().findElement(By.id("reports:lang"))).selectByValue("en");
        Screenshots.save(driver(), "reports-page-form");
        driver().findElement(By.id("reports:produce")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reports:job-progress")));
        Screenshots.save(driver(), "reports-page-job-started");
        WebElement link = new WebDriverWait(driver(), JOB_WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("reports:job-file")));
        assertThat(driver().findElement(By.id("reports:job-progress")).getText()).contains("100");
        assertThat(driver().findElement(By.id("job-status")).getText()).isEqualTo("Done");
        Screenshots.save(driver(), "reports-page-job-done");

        String href = link.getDomAttribute("href");
        assertThat(href).contains("app/report-jobs/file?id=");
        Cookie session = driver().manage().getCookieNamed("JSESSIONID");
        URI file = URI.create(base.toExternalForm()).resolve(href);
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(file)
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(182);
        }
        assertThat(inserted.lastSeq() - inserted.firstSeq()).isEqualTo(5999);

        driver().navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reports:jobs")));
        assertThat(driver().findElement(By.id("reports:jobs")).getText()).contains("Audit-trail extract", "Done");
        Screenshots.save(driver(), "reports-page-recent-jobs");
    }

    @Test
    void theAuditorSearchesTheTrailByDossierActionActorAndPeriodInBothLanguages() throws Exception {
        MoneyFixtures.Actors who = MoneyFixtures.Actors.of(base);
        MoneyFixtures.Approved approved = MoneyFixtures.approvedDossier(who, 1, "Audit search: one dossier",
                "40000.00", "0.00", "0.00", List.of("Proof of the bank loan"));
        JsonObject agreement = MoneyFixtures.sign(who.director1(), approved.dossierId(), MoneyFixtures.agreementBody(
                MoneyFixtures.tranche("GRANT", "40000.00", "2027-03-01", "Start"), ""));
        MoneyFixtures.meetAllConditions(who.analyst(), approved.dossierId());
        assertThat(MoneyFixtures.requestDisbursement(who.analyst(), approved.dossierId(),
                MoneyFixtures.trancheId(agreement, 0), "1000.00", null, null).statusCode()).isEqualTo(201);
        String reference = Api.json(who.analyst().get("api/v1/dossiers/" + approved.dossierId()))
                .getString("reference");

        driver().manage().deleteAllCookies();
        driver().get(url("login.xhtml?lang=fr"));
        WebDriverWait wait = new WebDriverWait(driver(), Chromium.WAIT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(Api.AUDITOR);
        driver().findElement(By.id("login:password")).sendKeys(Api.demoPassword());
        driver().findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-audit"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-search-title")));
        assertThat(driver().findElement(By.id("audit-search-title")).getText()).isEqualTo("Journal d’audit");
        assertThat(driver().findElements(By.cssSelector("#audit-events tbody tr"))).hasSize(50);

        // One dossier: its own events, its due diligence's, its agreement's and its disbursement's; nothing else.
        driver().findElement(By.id("dossier")).sendKeys(reference);
        driver().findElement(By.id("audit-filter-apply")).click();
        wait.until(d -> d.getCurrentUrl().contains("dossier=" + reference));
        List<String> actions = driver().findElements(By.cssSelector("#audit-events tbody tr")).stream()
                .map(row -> row.getDomAttribute("data-action")).toList();
        assertThat(actions).contains("dossier.created", "dossier.submitted", "diligence.opened", "agreement.signed",
                "disbursement.requested");
        assertThat(driver().findElement(By.id("audit-events")).getText()).contains("Dossier déposé", "Versement")
                .doesNotContain("Dossier submitted");
        Screenshots.save(driver(), "audit-search-dossier-fr");

        // And one action of it, the newest first.
        new Select(driver().findElement(By.id("action"))).selectByValue("dossier.submitted");
        driver().findElement(By.id("audit-filter-apply")).click();
        wait.until(d -> d.getCurrentUrl().contains("action=dossier.submitted"));
        assertThat(driver().findElements(By.cssSelector("#audit-events tbody tr")))
                .singleElement().satisfies(row -> assertThat(row.getText()).contains("Dossier déposé", "applicant"));
        assertThat(new Select(driver().findElement(By.id("action"))).getFirstSelectedOption().getText())
                .isEqualTo("Dossier déposé");

        // A reference that names no dossier, an interval upside down: said so, nothing listed.
        driver().get(url("app/staff/audit.xhtml?dossier=TI-DK-1999-9999"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-problem"))).getText())
                .isEqualTo("Aucun dossier ne porte cette référence.");
        assertThat(driver().findElements(By.id("audit-events"))).isEmpty();
        driver().get(url("app/staff/audit.xhtml?from=2026-06-30&to=2026-06-01"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-problem"))).getText())
                .isEqualTo("La date de fin précède la date de début.");
        driver().get(url("app/staff/audit.xhtml?from=2026-02-30"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-problem"))).getText())
                .startsWith("Date invalide");
        // The French way of writing dates, in the links as in the form.
        driver().get(url("app/staff/audit.xhtml?from=30/06/2026&to=01/06/2026"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-problem"))).getText())
                .isEqualTo("La date de fin précède la date de début.");
        driver().get(url("app/staff/audit.xhtml?from=30/02/2026"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-problem"))).getText())
                .startsWith("Date invalide");
        assertThat(driver().findElement(By.cssSelector("label[for='from']")).getText()).contains("JJ/MM/AAAA");

        theDossierIsChosenByItsReferenceInTheReportsPicker(reference, approved.dossierId());

        // In English: the auditor's own sign-ins, today, the dates typed day first in the form.
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        driver().get(url("app/staff/audit.xhtml?lang=en&actor=AUDITOR@levier&action=login.succeeded"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("from"))).sendKeys(today);
        driver().findElement(By.id("to")).sendKeys(today);
        driver().findElement(By.id("audit-filter-apply")).click();
        wait.until(d -> d.getCurrentUrl().contains("to="));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-events")));
        assertThat(driver().findElement(By.id("from")).getAttribute("value")).isEqualTo(today);
        assertThat(driver().findElement(By.id("audit-search-title")).getText()).isEqualTo("Audit trail");
        assertThat(driver().findElements(By.cssSelector("#audit-events tbody tr"))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).contains(Api.AUDITOR, "Signed in"));
        assertThat(driver().findElement(By.id("audit-count")).getText()).contains("event(s)");
        Screenshots.save(driver(), "audit-search-actor-en");
    }

    /**
     * The reports page asks for a dossier by what people know of it: typing part of its reference offers the
     * dossier (reference, title, organisation); choosing it sets the report's dossier, without its internal number.
     */
    private void theDossierIsChosenByItsReferenceInTheReportsPicker(String reference, long dossierId) {
        WebDriverWait wait = new WebDriverWait(driver(), Chromium.WAIT);
        driver().get(url("app/reports.xhtml?lang=fr"));
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reports:type"))))
                .selectByValue("dossier-summary");
        WebElement picker = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reports:dossier_input")));
        assertThat(driver().findElement(By.cssSelector("label[for='reports:dossier_input']")).getText())
                .contains("référence");
        picker.sendKeys(reference);
        WebElement suggestion = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='reports:dossier_panel'] li.ui-autocomplete-item")));
        assertThat(driver().findElements(By.cssSelector("[id='reports:dossier_panel'] li.ui-autocomplete-item")))
                .allSatisfy(item -> assertThat(item.getText()).contains(reference));
        WebElement ours = driver().findElements(By.cssSelector("[id='reports:dossier_panel'] li.ui-autocomplete-item"))
                .stream().filter(item -> item.getText().contains(reference)).findFirst().orElse(suggestion);
        assertThat(ours.getText()).contains(reference).contains("Audit search: one dossier");
        Screenshots.save(driver(), "reports-dossier-picker-fr");
        ours.click();
        wait.until(d -> String.valueOf(dossierId).equals(
                d.findElement(By.id("reports:dossier_hinput")).getAttribute("value")));
        assertThat(picker.getAttribute("value")).contains(reference);
    }
}

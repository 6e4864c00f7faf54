package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.MoneyFixtures.ANALYST;
import static org.levier.web.it.MoneyFixtures.APPLICANT1;
import static org.levier.web.it.MoneyFixtures.DIRECTOR1;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Money through the browser, in French: a dossier of applicant1 is brought through the API (instruction, committee
 * and signature, {@link MoneyFixtures}) to a signed agreement
 * (two grant tranches, 120 000 € and 80 000 €, its condition precedent met) with applicant1's PENDING request of
 * 120 000 € on the first tranche. In headless Chromium, director1 opens the queue "Versements", approves the request
 * (director1 did not make it: four eyes) and records its payment (value date, bank reference); then applicant1 opens
 * its agreement and reads the tranche paid and what remains, and asks for part of the second tranche through the
 * form, with a document of the dossier as evidence. Screenshots of every step in {@code web/target/screenshots/}.
 */
@ExtendWith(PayaraServer.class)
@ExtendWith(Screenshots.class)
class DisbursementBrowserIT implements Screenshots.Browser {

    @RegisterExtension
    static final ChromiumPerClass CHROMIUM = new ChromiumPerClass();

    @PayaraServer.Base
    URL base;

    @Override
    public WebDriver driver() {
        return CHROMIUM.driver();
    }

    @Test
    void aDirectorApprovesAndPaysATrancheAndTheApplicantSeesItPaid() throws Exception {
        MoneyFixtures.Actors who = MoneyFixtures.Actors.of(base);
        Api applicant = who.applicant();
        Api analyst = who.analyst();
        Api director = who.director1();
        String title = "Versements au navigateur " + UUID.randomUUID().toString().substring(0, 8);
        MoneyFixtures.Approved approved = MoneyFixtures.approvedDossier(who, 1, title, "200000.00", "0.00",
                "0.00", List.of("Attestation du prêt bancaire"));
        long dossier = approved.dossierId();
        JsonObject agreement = MoneyFixtures.sign(director, dossier, MoneyFixtures.agreementBody(
                MoneyFixtures.tranche("GRANT", "120000.00", "2027-03-01", "Démarrage du chantier") + ", "
                        + MoneyFixtures.tranche("GRANT", "80000.00", "2027-12-01", "Mise en service"), ""));
        MoneyFixtures.meetAllConditions(analyst, dossier);
        HttpResponse<String> requested = MoneyFixtures.requestDisbursement(applicant, dossier,
                MoneyFixtures.trancheId(agreement, 0), "120000.00", null, approved.evidenceId());
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        long disbursement = MoneyFixtures.id(requested);

        signIn(DIRECTOR1);
        assertThat(text("nav-disbursements")).isEqualTo("Versements");
        click("nav-disbursements");
        // other requests of the run fill the queue: the director narrows it to the dossier by its reference
        String reference = Api.json(analyst.get("api/v1/dossiers/" + dossier)).getString("reference");
        type("dossier", reference);
        click("queue-filter-apply");
        waitFor(By.id("queue-filter-clear"));
        assertThat(driver().getCurrentUrl()).contains("dossier=" + reference);
        WebElement pendingRow = row("queue:pending", disbursement);
        assertThat(driver().findElements(By.xpath("//tbody[@id='queue:pending_data']/tr[td[1]]")))
                .as("only the dossier's own requests").hasSize(1);
        assertThat(pendingRow.getText()).contains(title).contains(APPLICANT1);
        assertThat(normal(pendingRow.getText())).contains("120 000,00 €");
        // the queue names the dossier's reference, the tranche and what remains on it
        assertThat(pendingRow.getText()).contains("Démarrage du chantier");
        assertThat(normal(pendingRow.findElement(By.xpath(".//*[contains(@id, ':queue-remaining')]")).getText()))
                .contains("0,00 €").contains("120 000,00 €").startsWith("Disponible");
        assertThat(text("queue-definitions")).contains("Disponible", "En cours de versement",
                "son montant − versé − en cours de versement");
        Screenshots.save(driver(), "disbursement-1-queue-pending");

        pendingRow.findElement(By.xpath(".//button[contains(@id, ':approve')]")).click();
        waitForText("messages", "Versement n° " + disbursement + " approuvé");
        WebElement approvedRow = row("queue:approved", disbursement);
        assertThat(approvedRow.getText()).contains(DIRECTOR1);
        Screenshots.save(driver(), "disbursement-2-approved");

        WebElement valueDate = approvedRow.findElement(By.xpath(".//input[contains(@id, ':valueDate_input')]"));
        valueDate.sendKeys(MoneyFixtures.today());
        String bankReference = "VIR-" + disbursement + "-DK";
        approvedRow.findElement(By.xpath(".//input[contains(@id, ':bankReference')]")).sendKeys(bankReference);
        Screenshots.save(driver(), "disbursement-3-payment-form");
        MoneyFixtures.verifiedAccountFor(disbursement);
        approvedRow.findElement(By.xpath(".//button[contains(@id, ':pay')]")).click();
        waitForText("messages", "Versement n° " + disbursement + " payé");
        assertThat(driver().findElements(By.xpath("//tbody[@id='queue:approved_data']/tr[td[1][normalize-space()='"
                + disbursement + "']]"))).isEmpty();
        Screenshots.save(driver(), "disbursement-4-paid");

        signIn(APPLICANT1);
        driver().get(url("app/agreement.xhtml?dossier=" + dossier));
        waitFor(By.id("agreement-title"));
        assertThat(normal(text("total-committed"))).isEqualTo("200 000,00 €");
        assertThat(normal(text("total-paid"))).isEqualTo("120 000,00 €");
        assertThat(normal(text("total-remaining"))).isEqualTo("80 000,00 €");
        assertThat(normal(text("total-unpaid"))).isEqualTo("80 000,00 €");
        assertThat(normal(text("tranches:0:tranche-paid"))).isEqualTo("120 000,00 €");
        assertThat(normal(text("tranches:0:tranche-remaining"))).isEqualTo("0,00 €");
        assertThat(normal(text("tranches:1:tranche-paid"))).isEqualTo("0,00 €");
        assertThat(normal(text("tranches:1:tranche-remaining"))).isEqualTo("80 000,00 €");
        assertThat(text("own:disbursements:0:disbursement-status")).isEqualTo("Payé");
        assertThat(text("own:disbursements")).contains(bankReference).contains("invoice.pdf");
        assertThat(text("conditions")).contains("Attestation du prêt bancaire").contains("Remplie");
        Screenshots.save(driver(), "disbursement-5-applicant-sees-paid");

        new Select(driver().findElement(By.id("request:tranche")))
                .selectByValue(String.valueOf(MoneyFixtures.trancheId(agreement, 1)));
        type("request:amount", "30 000,00");
        java.nio.file.Path invoice = java.nio.file.Files.createTempDirectory("levier-evidence-")
                .resolve("facture-mise-en-service.pdf");
        java.nio.file.Files.write(invoice, DossierFixtures.minimalPdf());
        driver().findElement(By.id("request:file")).sendKeys(invoice.toString());
        WebElement upload = driver().findElement(By.id("request:upload"));
        upload.click();
        waiting().until(Chromium.replaced(upload));
        waitForText("messages", "facture-mise-en-service.pdf");
        assertThat(driver().findElements(By.cssSelector("input[name='request:evidence']:checked")))
                .as("the uploaded evidence is ticked").hasSize(1);
        assertThat(normal(driver().findElement(By.id("request:amount")).getDomProperty("value")))
                .as("the form keeps what was typed").isEqualTo("30 000,00");
        driver().findElement(By.cssSelector("input[name='request:evidence'][value='" + approved.evidenceId() + "']"))
                .click();
        Screenshots.save(driver(), "disbursement-6-applicant-request-form");
        WebElement form = driver().findElement(By.id("request:submit"));
        form.click();
        waiting().until(Chromium.replaced(form));
        waitForText("messages", "Demande de versement enregistrée");
        assertThat(text("own:disbursements:0:disbursement-status")).isEqualTo("En attente d’approbation");
        assertThat(normal(text("total-in-progress"))).isEqualTo("30 000,00 €");
        assertThat(text("own:disbursements:0:evidence")).contains("facture-mise-en-service.pdf").contains("invoice.pdf");
        assertThat(normal(text("total-remaining"))).isEqualTo("50 000,00 €");
        Screenshots.save(driver(), "disbursement-7-applicant-requested");

        // One name per quantity (issue 15), the API's, defined under the tables: in French, then in English.
        assertThat(text("agreement-summary")).contains("Engagé", "Versé", "En cours de versement", "Disponible",
                "Reste à verser").doesNotContain("Reste à demander");
        assertThat(text("tranches")).contains("En cours de versement", "Disponible", "Reste à verser");
        assertThat(text("commitments")).contains("En cours de versement", "Disponible", "Reste à verser");
        assertThat(normal(text("total-unpaid"))).isEqualTo("80 000,00 €");
        assertThat(text("agreement-definitions")).contains("Définitions",
                "engagé − versé − en cours de versement : ce qui peut encore être demandé",
                "versements approuvés ou demandés, pas encore payés");
        // The page answered a form post: the language switch keeps the page's own parameter (the dossier).
        click("lang-en");
        waitForText("agreement-definitions-title", "Definitions");
        assertThat(driver().getCurrentUrl()).contains("dossier=" + dossier).contains("lang=en");
        assertThat(text("agreement-summary")).contains("Committed", "Paid", "Engaged", "Available", "Left to pay")
                .doesNotContain("Left to request");
        assertThat(text("tranches")).contains("Engaged", "Available", "Left to pay");
        assertThat(normal(text("total-remaining"))).isEqualTo("€50,000.00");
        assertThat(text("agreement-definitions")).contains("committed − paid − engaged: what may still be requested",
                "payments approved or requested, not yet paid");
        ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView()",
                driver().findElement(By.id("agreement-definitions")));
        Screenshots.save(driver(), "disbursement-7b-names-en");
        driver().get(url("app/agreement.xhtml?dossier=" + dossier + "&lang=fr"));
        waitForText("agreement-definitions-title", "Définitions");

        // Each reads what is its own: the staff's pages are not the applicant's, another organisation sees nothing.
        driver().get(url("app/staff/agreement.xhtml?dossier=" + dossier));
        assertThat(text("error-status")).contains("403");
        driver().get(url("app/staff/disbursements.xhtml"));
        assertThat(text("error-status")).contains("403");
        signIn(MoneyFixtures.APPLICANT2);
        driver().get(url("app/agreement.xhtml?dossier=" + dossier));
        assertThat(text("error-status")).contains("404");
        Screenshots.save(driver(), "disbursement-8-other-organisation-404");
    }

    @Test
    void staffMeetTheConditionRequestAndPayAnAdvanceAndTheApplicantReadsItsScheduleAndStake() throws Exception {
        MoneyFixtures.Actors who = MoneyFixtures.Actors.of(base);
        Api director = who.director1();
        String title = "Avance et participation " + UUID.randomUUID().toString().substring(0, 8);
        MoneyFixtures.Approved approved = MoneyFixtures.approvedDossier(who, 4, title, "0.00", "40000.00",
                "30000.00", List.of("Garantie bancaire fournie"));
        long dossier = approved.dossierId();
        JsonObject agreement = MoneyFixtures.sign(director, dossier, MoneyFixtures.agreementBody(
                MoneyFixtures.tranche("REPAYABLE_ADVANCE", "40000.00", "2027-03-01", "Lancement") + ", "
                        + MoneyFixtures.tranche("EQUITY", "30000.00", "2027-03-01", "Augmentation de capital"), ""));
        long advanceTranche = MoneyFixtures.trancheId(agreement, 0);

        // The analyst records the condition precedent as met, then requests the advance.
        signIn(ANALYST);
        driver().get(url("app/staff/dossier.xhtml?id=" + dossier));
        click("open-agreement");
        assertThat(text("conditions-state")).startsWith("Pas encore toutes remplies");
        new Select(waitFor(By.id("condition:condition"))).selectByIndex(1);
        type("condition:metOn_input", MoneyFixtures.today());
        new Select(driver().findElement(By.id("condition:evidence"))).selectByIndex(1);
        Screenshots.save(driver(), "staff-1-condition-form");
        WebElement mark = driver().findElement(By.id("condition:submit"));
        mark.click();
        waiting().until(Chromium.replaced(mark));
        waitForText("messages", "Condition préalable marquée comme remplie");
        assertThat(text("conditions-state")).isEqualTo("Toutes remplies");
        new Select(waitFor(By.id("request:tranche"))).selectByValue(String.valueOf(advanceTranche));
        type("request:amount", "40000");
        WebElement request = driver().findElement(By.id("request:submit"));
        request.click();
        waiting().until(Chromium.replaced(request));
        waitForText("messages", "Demande de versement enregistrée");
        assertThat(text("moves:disbursements:0:disbursement-status")).isEqualTo("En attente d’approbation");
        assertThat(driver().findElements(By.id("moves:disbursements:0:approve"))).as("analysts do not approve").isEmpty();
        Screenshots.save(driver(), "staff-2-analyst-requested");

        // director1 approves on the agreement page, director2 pays there.
        signIn(DIRECTOR1);
        driver().get(url("app/staff/agreement.xhtml?dossier=" + dossier));
        click("moves:disbursements:0:approve");
        waitForText("messages", "approuvé");
        assertThat(text("moves:disbursements:0:disbursement-status")).isEqualTo("Approuvé, à payer");
        signIn(MoneyFixtures.DIRECTOR2);
        driver().get(url("app/staff/agreement.xhtml?dossier=" + dossier));
        type("moves:disbursements:0:valueDate_input", MoneyFixtures.today());
        type("moves:disbursements:0:bankReference", "VIR-AVANCE-1");
        MoneyFixtures.verifiedAccountForDossier(dossier);
        click("moves:disbursements:0:pay");
        waitForText("messages", "payé");
        assertThat(text("moves:disbursements:0:disbursement-status")).isEqualTo("Payé");
        assertThat(normal(text("total-paid"))).isEqualTo("40 000,00 €");
        Screenshots.save(driver(), "staff-3-director2-paid");

        // The repayment schedule through the API; a repayment recorded and reversed on the page.
        String schedule = "api/v1/dossiers/" + dossier + "/repayment-schedule";
        HttpResponse<String> generated = director.postJson(schedule,
                "{\"firstDueOn\": \"2029-03-31\", \"instalments\": 4, \"frequency\": \"QUARTERLY\"}");
        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(201);
        driver().get(url("app/staff/agreement.xhtml?dossier=" + dossier));
        type("repayment:receivedOn_input", MoneyFixtures.today());
        type("repayment:amount", "1000");
        type("repayment:reference", "RBT-UI-1");
        click("repayment:submit");
        waitForText("messages", "Remboursement enregistré");
        assertThat(normal(text("repayment-outstanding"))).isEqualTo("39 000,00 €");
        type("reversals:repayments:0:reason", "Virement rejeté par la banque");
        Screenshots.save(driver(), "staff-4-repayment-reversal-form");
        click("reversals:repayments:0:reverse");
        waitForText("messages", "Remboursement contre-passé");
        assertThat(text("reversals:repayments:0:reversed")).isEqualTo("Contre-passé");
        assertThat(normal(text("repayment-outstanding"))).isEqualTo("40 000,00 €");

        // The equity: paid first (the stake is the money paid), then recorded and valued on the page.
        long equityDisbursement = MoneyFixtures.id(MoneyFixtures.requestDisbursement(who.analyst(), dossier,
                MoneyFixtures.trancheId(agreement, 1), "30000.00", null, null));
        assertThat(MoneyFixtures.approve(director, equityDisbursement).statusCode()).isEqualTo(200);
        assertThat(MoneyFixtures.pay(who.director2(), equityDisbursement, "2025-03-05").statusCode()).isEqualTo(200);
        driver().get(url("app/staff/agreement.xhtml?dossier=" + dossier));
        type("stake-form:shares", "3000");
        type("stake-form:price", "10");
        type("stake-form:ownership", "5.5");
        click("stake-form:submit");
        waitForText("messages", "Participation enregistrée");
        type("valuation:valuedOn_input", "2026-03-05");
        type("valuation:value", "45000");
        new Select(driver().findElement(By.id("valuation:method"))).selectByValue("MULTIPLES");
        Screenshots.save(driver(), "staff-5-valuation-form");
        click("valuation:submit");
        waitForText("messages", "Valorisation enregistrée");
        // a valuation in the future is refused, named by its field
        type("valuation:valuedOn_input", java.time.LocalDate.parse(MoneyFixtures.today()).plusDays(1).toString());
        type("valuation:value", "1");
        new Select(driver().findElement(By.id("valuation:method"))).selectByValue("COST");
        click("valuation:submit");
        waitForText("messages", "La valorisation est refusée");
        Screenshots.save(driver(), "staff-6-future-valuation-refused");

        signIn(APPLICANT1);
        driver().get(url("app/dossier.xhtml?id=" + dossier));
        click("open-agreement");
        waitFor(By.id("schedule-section"));
        assertThat(driver().findElements(By.cssSelector("[id='schedule_data'] tr"))).hasSize(4);
        assertThat(normal(text("repayment-outstanding"))).isEqualTo("40 000,00 €");
        assertThat(text("repayment-late")).isEqualTo("Aucune échéance en retard");
        assertThat(normal(text("stake-multiple"))).isEqualTo("1,50");
        assertThat(normal(text("stake-ownership"))).isEqualTo("5,5 %");
        assertThat(text("valuations")).contains("Multiples");
        ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView()",
                driver().findElement(By.id("schedule-section")));
        Screenshots.save(driver(), "applicant-schedule-and-stake");
        click("lang-en");
        assertThat(waitFor(By.id("schedule-title")).getText()).isEqualTo("Repayment schedule");
        assertThat(normal(text("repayment-outstanding"))).isEqualTo("€40,000.00");
        ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView()",
                driver().findElement(By.id("schedule-section")));
        Screenshots.save(driver(), "applicant-schedule-and-stake-en");
        click("lang-fr");
        waitForText("schedule-title", "Échéancier de remboursement");
    }

    // --- helpers: the shared BrowserSession, with this test's ids ---

    private BrowserSession session() {
        return new BrowserSession(driver(), base);
    }

    private void signIn(String email) {
        session().signIn(email);
    }

    /** The row of a queue table showing the request (its number in the first column). */
    private WebElement row(String table, long disbursement) {
        return waitFor(By.xpath("//tbody[@id='" + table + "_data']/tr[td[1][normalize-space()='" + disbursement
                + "']]"));
    }

    private void type(String id, String text) {
        session().type(By.id(id), text);
    }

    private void click(String id) {
        waitFor(By.id(id)).click();
    }

    private WebElement waitFor(By locator) {
        return session().find(locator);
    }

    private String text(String id) {
        return session().text(By.id(id));
    }

    /** Waits until the element's text contains {@code expected} (an Ajax update or a new page brings it). */
    private String waitForText(String id, String expected) {
        return waiting().until(d -> {
            String shown = normal(d.findElement(By.id(id)).getText());
            return shown.contains(expected) ? shown : null;
        });
    }

    /** No-break spaces (French grouping, before €) read as spaces. */
    private static String normal(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
    }

    private WebDriverWait waiting() {
        return session().waiting();
    }

    private String url(String path) {
        return session().url(path);
    }
}

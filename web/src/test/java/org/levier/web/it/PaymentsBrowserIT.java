package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.MoneyFixtures.ANALYST;
import static org.levier.web.it.MoneyFixtures.APPLICANT1;
import static org.levier.web.it.MoneyFixtures.DIRECTOR1;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.w3c.dom.Document;

/**
 * Payments through the browser, in French: applicant1 declares its organisation's account on "Coordonnées
 * bancaires" with its RIB, the analyst verifies it on "Paiements", director1 ticks an approved disbursement, makes a
 * batch of two transfers and downloads its pain.001 (validated against the ISO schema, totals equal to the batch's),
 * imports the bank's camt.054 naming one of them (that disbursement paid), confirms the other by hand, picked by its
 * dossier, tranche and amount (the batch paid), then reads the beneficiary's account on the agreement page,
 * orders a recovery and records its receipt (the paid net of recoveries follows). Screenshots in {@code web/target/screenshots/}.
 */
@ExtendWith(PayaraServer.class)
@ExtendWith(Screenshots.class)
class PaymentsBrowserIT implements Screenshots.Browser {

    @RegisterExtension
    static final ChromiumPerClass CHROMIUM = new ChromiumPerClass();

    @PayaraServer.Base
    URL base;

    @Override
    public WebDriver driver() {
        return CHROMIUM.driver();
    }

    @Test
    void declareVerifyBatchAndDownloadTheSepaFile() throws Exception {
        MoneyFixtures.Actors who = MoneyFixtures.Actors.of(base);
        String title = "Paiement au navigateur " + UUID.randomUUID().toString().substring(0, 8);
        MoneyFixtures.Approved approved = MoneyFixtures.approvedDossier(who, 1, title, "50000.00", "0.00", "0.00",
                List.of());
        JsonObject agreement = MoneyFixtures.sign(who.director1(), approved.dossierId(), MoneyFixtures.agreementBody(
                MoneyFixtures.tranche("GRANT", "50000.00", "2027-03-01", "Démarrage"), ""));
        MoneyFixtures.meetAllConditions(who.analyst(), approved.dossierId());
        HttpResponse<String> requested = MoneyFixtures.requestDisbursement(who.analyst(), approved.dossierId(),
                MoneyFixtures.trancheId(agreement, 0), "20000.00", null, null);
        long disbursement = MoneyFixtures.id(requested);
        assertThat(MoneyFixtures.approve(who.director1(), disbursement).statusCode()).isEqualTo(200);
        // A second transfer in the same batch, which the bank's file leaves out: confirmed by hand below.
        long second = MoneyFixtures.id(MoneyFixtures.requestDisbursement(who.analyst(), approved.dossierId(),
                MoneyFixtures.trancheId(agreement, 0), "10000.00", null, null));
        assertThat(MoneyFixtures.approve(who.director1(), second).statusCode()).isEqualTo(200);
        String reference = Api.json(who.analyst().get("api/v1/dossiers/" + approved.dossierId()))
                .getString("reference");

        // The applicant declares its account with its RIB.
        signIn(APPLICANT1);
        click("nav-bank-account");
        waitFor(By.id("bank-title"));
        type("declare:iban", "FR76 3000 6000 0112 3456 7890 189");
        type("declare:bic", "BDFEFRPP");
        type("declare:holder", "Société Démo Énergie");
        Path rib = Files.createTempDirectory("levier-rib-").resolve("rib.pdf");
        Files.write(rib, DossierFixtures.minimalPdf());
        driver().findElement(By.id("declare:file")).sendKeys(rib.toString());
        Screenshots.save(driver(), "payments-1-applicant-declares");
        click("declare:submit");
        waitForText("messages", "Compte déclaré");
        assertThat(text("account-status")).isEqualTo("À vérifier");
        assertThat(text("account-iban")).isEqualTo("FR76 **** **** 0189");
        Screenshots.save(driver(), "payments-2-applicant-pending");

        // The analyst verifies it.
        signIn(ANALYST);
        click("nav-payments");
        waitFor(By.id("payments-title"));
        WebElement pending = waitFor(By.xpath("//tbody[@id='accounts:pending_data']/tr[td[2][contains(., "
                + "'FR7630006000011234567890189')]]"));
        Screenshots.save(driver(), "payments-3-analyst-verifies");
        pending.findElement(By.xpath(".//button[contains(@id, ':verify')]")).click();
        waitForText("messages", "Compte vérifié");

        // The director makes a batch and downloads its file.
        signIn(DIRECTOR1);
        click("nav-payments");
        WebElement box = waitFor(By.cssSelector("input[name='build:candidates'][value='" + disbursement + "']"));
        box.click();
        waitFor(By.cssSelector("input[name='build:candidates'][value='" + second + "']")).click();
        Screenshots.save(driver(), "payments-4-director-builds");
        click("build:submit");
        String made = waitForText("messages", "constitué");
        long batchId = Long.parseLong(made.replaceAll("(?s).*Lot n° (\\d+) constitué.*", "$1"));
        assertThat(text("batch-status-" + batchId)).isEqualTo("Brouillon");
        String href = waitFor(By.id("file-" + batchId)).getAttribute("href");
        String xml = (String) ((JavascriptExecutor) driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done);", href);
        byte[] file = xml.getBytes(StandardCharsets.UTF_8);
        BankFiles.validatePain001(file);
        Document pain = BankFiles.parse(file);
        assertThat(new BigDecimal(BankFiles.text(pain, "CtrlSum", 0))).isEqualByComparingTo("30000.00");
        assertThat(BankFiles.text(pain, "EndToEndId", 0)).isEqualTo(String.valueOf(disbursement));
        driver().get(url("app/staff/payments.xhtml"));
        waitForText("batch-status-" + batchId, "Exporté");
        Screenshots.save(driver(), "payments-5-batch-exported");

        // The director imports the bank's camt.054 debit notification: the disbursement is paid, the batch too.
        String bankReference = "CAMT-" + UUID.randomUUID().toString().substring(0, 10);
        String today = MoneyFixtures.today();
        Path camt = Files.createTempDirectory("levier-camt-").resolve("camt054.xml");
        Files.write(camt, BankFiles.camt054(bankReference, List.of(new BankFiles.Debit(String.valueOf(disbursement),
                "20000.00", java.time.LocalDate.parse(today), bankReference))));
        new Select(waitFor(By.id("confirm:batch"))).selectByValue(String.valueOf(batchId));
        driver().findElement(By.id("confirm:file")).sendKeys(camt.toString());
        Screenshots.save(driver(), "payments-6-director-imports-camt054");
        click("confirm:import");
        waitForText("report", "Payé");
        assertThat(text("report")).contains(String.valueOf(disbursement), bankReference);
        waitForText("batch-status-" + batchId, "Exporté");
        Screenshots.save(driver(), "payments-7-confirmation-report");
        JsonObject paid = Api.json(who.director1().get("api/v1/disbursements/" + disbursement));
        assertThat(paid.getString("status")).isEqualTo("PAID");
        assertThat(paid.getString("bankReference")).isEqualTo(bankReference);

        // The second transfer, confirmed by hand: picked by its dossier, tranche and amount, not by its number.
        Select line = new Select(waitFor(By.id("confirm:disbursement")));
        List<String> offered = line.getOptions().stream()
                .map(o -> o.getText().replace('\u00A0', ' ').replace('\u202F', ' ')).toList();
        assertThat(offered).as("the paid one is no longer offered")
                .noneMatch(o -> o.contains(reference) && o.contains("20 000,00"));
        int index = offered.indexOf(offered.stream().filter(o -> o.contains(reference)).findFirst()
                .orElseThrow(() -> new AssertionError("not offered: " + offered)));
        assertThat(offered.get(index)).contains(reference, "Démarrage", "10 000,00", "Lot " + batchId);
        line.selectByIndex(index);
        String handReference = "MAIN-" + UUID.randomUUID().toString().substring(0, 10);
        type("confirm:valueDate_input", today);
        type("confirm:reference", handReference);
        Screenshots.save(driver(), "payments-7b-director-confirms-by-hand");
        click("confirm:byHand");
        waitForText("report", handReference);
        waitForText("batch-status-" + batchId, "Payé");
        assertThat(Api.json(who.director1().get("api/v1/disbursements/" + second)).getString("status"))
                .isEqualTo("PAID");

        // The agreement page shows the beneficiary's account and the recoveries: the director orders 2,000.00 back
        // and records 500.00 received; the paid net of recoveries follows.
        driver().get(url("app/staff/agreement.xhtml?dossier=" + approved.dossierId()));
        waitForText("beneficiary-account", "FR7630006000011234567890189");
        assertThat(text("recoveries-title")).isEqualTo("Reversements");
        waitForText("recovery-paid-net", "30 000,00");
        type("recovery:amount", "2000.00");
        type("recovery:reason", "Dépense inéligible");
        type("recovery:dueOn_input", java.time.LocalDate.parse(today).plusDays(30).toString());
        click("recovery:submit");
        waitForText("messages", "Ordre de reversement émis");
        new Select(waitFor(By.id("receipt:order"))).selectByIndex(1);
        type("receipt:amount", "500.00");
        type("receipt:receivedOn_input", today);
        type("receipt:bankReference", "REC-" + UUID.randomUUID().toString().substring(0, 8));
        click("receipt:submit");
        waitForText("messages", "Encaissement enregistré");
        waitForText("recovery-paid-net", "29 500,00");
        Screenshots.save(driver(), "payments-8-agreement-recoveries");
    }

    // --- helpers: the shared BrowserSession ---

    private BrowserSession session() {
        return new BrowserSession(driver(), base);
    }

    private void signIn(String email) {
        session().signIn(email);
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

    private String waitForText(String id, String expected) {
        return session().waiting().until(d -> {
            String shown = d.findElement(By.id(id)).getText().replace('\u00A0', ' ').replace('\u202F', ' ').strip();
            return shown.contains(expected) ? shown : null;
        });
    }

    private String url(String path) {
        return session().url(path);
    }
}

package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The co-financing ledger in the back office, in headless Chromium: the analyst opens the co-financing tab of a
 * submitted dossier, is refused COMMITTED without evidence, then uploads the bank's commitment letter with the move;
 * the line shows COMMITTED with its evidence link; the applicant reads the same status on its dossier page, without
 * any form. Screenshots under {@code web/target/screenshots/cofinancing-*}.
 */
@ExtendWith(PayaraServer.class)
@ExtendWith(Screenshots.class)
class CofinancingBrowserIT implements Screenshots.Browser {

    @RegisterExtension
    static final ChromiumPerClass CHROMIUM = new ChromiumPerClass();

    @PayaraServer.Base
    URL base;

    private BrowserSession ui;

    @Override
    public WebDriver driver() {
        return CHROMIUM.driver();
    }

    @BeforeEach
    void openSession() {
        ui = new BrowserSession(driver(), base);
    }

    @Test
    void theAnalystCommitsALineOnEvidenceAndTheApplicantReadsIt() throws Exception {
        long id = submittedDossier();
        JsonObject bank = Api.json(Api.demo(base, Api.ANALYST).get("api/v1/dossiers/" + id + "/cofinancing"))
                .getJsonArray("lines").getJsonObject(1);
        assertThat(bank.getString("funder")).isEqualTo("Banque du Nord");
        long lineId = bank.getJsonNumber("id").longValue();
        By bankStatus = By.cssSelector("span.status[data-line='" + lineId + "']");

        ui.signIn(Api.ANALYST);
        ui.open("app/staff/dossier.xhtml?id=" + id);
        ui.find(By.cssSelector("a[href='#tabs:tab-cofinancing']")).click();
        ui.find(By.id("tabs:cofinancing-ledger"));
        assertThat(ui.attribute(bankStatus, "data-status")).isEqualTo("APPLIED");

        ui.choose(By.id("tabs:cofinancingMove:line"), String.valueOf(lineId));
        ui.choose(By.id("tabs:cofinancingMove:status"), "COMMITTED");
        ui.post(By.id("tabs:cofinancingMove:move"));
        assertThat(ui.messages()).contains("justifié par un document");
        assertThat(ui.attribute(bankStatus, "data-status")).isEqualTo("APPLIED");
        Screenshots.save(driver(), "cofinancing-1-evidence-required");

        Path letter = Files.createTempDirectory("levier-cofinancing-").resolve("engagement-banque.pdf");
        Files.write(letter, DossierFixtures.minimalPdf());
        ui.choose(By.id("tabs:cofinancingMove:line"), String.valueOf(lineId));
        ui.choose(By.id("tabs:cofinancingMove:status"), "COMMITTED");
        ui.type(By.id("tabs:cofinancingMove:comment"), "Lettre d’engagement reçue");
        driver().findElement(By.id("tabs:cofinancingMove:file")).sendKeys(letter.toString());
        ui.post(By.id("tabs:cofinancingMove:move"));
        assertThat(ui.messages()).contains("mise à jour");
        assertThat(ui.attribute(bankStatus, "data-status")).isEqualTo("COMMITTED");
        assertThat(ui.all(By.cssSelector("a.evidence-download"))).singleElement()
                .satisfies(a -> assertThat(a.getText()).isEqualTo("engagement-banque.pdf"));
        assertThat(ui.text(By.id("cofinancing-history"))).contains("Lettre d’engagement reçue").contains("Banque du Nord");
        Screenshots.save(driver(), "cofinancing-2-committed");

        ui.signIn(DossierFixtures.APPLICANT1);
        ui.open("app/dossier.xhtml?id=" + id);
        ui.find(By.id("cofinancing-ledger"));
        assertThat(ui.text(bankStatus)).isEqualTo("Acquis");
        assertThat(ui.text(By.id("cofinancing-ledger"))).contains("engagement-banque.pdf").contains("Banque du Nord");
        assertThat(ui.all(By.id("cofinancingMove"))).isEmpty();
        Screenshots.save(driver(), "cofinancing-3-applicant");
    }

    private long submittedDossier() {
        Api applicant = Api.demo(base, DossierFixtures.APPLICANT1);
        long callId = DossierFixtures.demoCallId(applicant);
        long id = DossierFixtures.createDraft(applicant, callId, "Cofinancements (navigateur)").getJsonNumber("id")
                .longValue();
        HttpResponse<String> uploaded = DossierFixtures.upload(applicant, id, "BUSINESS_PLAN", "plan.pdf",
                DossierFixtures.minimalPdf());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        HttpResponse<String> submitted = applicant.postJson("api/v1/dossiers/" + id + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return id;
    }
}

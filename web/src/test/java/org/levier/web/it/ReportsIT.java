package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports on the deployed application: the auditor's audit-trail extract and dossier summaries, the applicant's own
 * dossier summary; each download's SHA-256 (header and bytes) is the one recorded in the audit trail; the applicant
 * is refused another organisation's dossier and the auditors' reports.
 */
@ExtendWith(PayaraServer.class)
class ReportsIT {

    private static final String PROGRAMME = "TI-DK";

    @PayaraServer.Base
    URL base;

    private Api auditor() {
        return Api.demo(base, Api.AUDITOR);
    }

    @Test
    void auditorDownloadsTheAuditTrailExtractWhoseHashIsAudited() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        HttpResponse<byte[]> pdf = DossierFixtures.download(auditor(), "api/v1/reports/audit-trail?lang=en&from="
                + today.minusDays(1) + "&to=" + today.plusDays(1));

        String text = assertPdf(pdf, "audit-trail");
        assertThat(text).contains("Audit trail extract", PROGRAMME, "Chain verification", "Chain intact",
                "auditor@levier.example", "page 1 of");
        assertAudited("audit-trail", sha256(pdf.body()));

        HttpResponse<byte[]> csv = DossierFixtures.download(auditor(), "api/v1/reports/audit-trail?format=csv&from="
                + today);
        assertThat(csv.statusCode()).as(new String(csv.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(Api.mediaType(csv)).isEqualTo("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;")
                .contains(".csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFseq,occurred_at,actor,")
                .contains("report.downloaded");
        assertThat(csv.headers().firstValue("X-Content-SHA256")).contains(sha256(csv.body()));
        assertAudited("audit-trail", sha256(csv.body()));

        HttpResponse<byte[]> french = DossierFixtures.download(auditor(), "api/v1/reports/audit-trail?lang=fr&from="
                + today + "&to=" + today);
        assertThat(assertPdf(french, "audit-trail")).contains("Extrait de la piste d’audit", "Chaîne intègre",
                "page 1 sur");
    }

    @Test
    void applicantDownloadsItsOwnDossierSummaryAndTheAuditorAnyDossier() {
        Api applicant = Api.demo(base, DossierFixtures.APPLICANT1);
        long call = DossierFixtures.demoCallId(applicant);
        String title = "Électrolyseur du môle " + System.nanoTime();
        long id = DossierFixtures.createDraft(applicant, call, title).getJsonNumber("id").longValue();

        HttpResponse<byte[]> own = DossierFixtures.download(applicant, "api/v1/reports/dossier-summary?dossier=" + id);
        String text = assertPdf(own, "dossier-summary");
        assertThat(text).contains("Fiche dossier", PROGRAMME, title, "Plan de cofinancement", "Banque du Nord",
                "100 000,00 €", "50 000,00 €", "applicant1@levier.example", "page 1 sur");
        assertAudited("dossier-summary", sha256(own.body()));

        HttpResponse<byte[]> byAuditor = DossierFixtures.download(auditor(),
                "api/v1/reports/dossier-summary?lang=en&dossier=" + id);
        assertThat(assertPdf(byAuditor, "dossier-summary")).contains("Dossier summary", title, "100,000.00 €",
                "Co-financing plan", "page 1 of");
    }

    @Test
    void applicantIsRefusedAnotherDossierTheAuditTrailAndUnavailableReports() {
        Api applicant1 = Api.demo(base, DossierFixtures.APPLICANT1);
        Api applicant2 = Api.demo(base, DossierFixtures.APPLICANT2);
        long call = DossierFixtures.demoCallId(applicant2);
        long othersDossier = DossierFixtures.createDraft(applicant2, call, "Projet d’un autre " + System.nanoTime())
                .getJsonNumber("id").longValue();

        assertProblem(applicant1.get("api/v1/reports/dossier-summary?dossier=" + othersDossier), 404);
        assertProblem(applicant1.get("api/v1/reports/audit-trail"), 403);
        assertProblem(applicant1.get("api/v1/reports/audit-trail?format=csv"), 403);
        assertProblem(auditor().get("api/v1/reports/dossier-summary?format=csv&dossier=" + othersDossier), 422);
        assertProblem(applicant1.get("api/v1/reports/portfolio"), 403);
        assertProblem(auditor().get("api/v1/reports/audit-trail?format=xlsx"), 422);
        assertProblem(auditor().get("api/v1/reports/no-such-report"), 404);
        assertProblem(auditor().get("api/v1/reports/dossier-summary"), 422);
        assertThat(Api.anonymous(base).get("api/v1/reports/audit-trail").statusCode()).isEqualTo(401);
    }

    private static String assertPdf(HttpResponse<byte[]> response, String type) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(Api.mediaType(response)).isEqualTo("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment;").contains(type);
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(response.headers().firstValue("X-Content-SHA256")).contains(sha256(response.body()));
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest report.downloaded events of this type include one with this hash. */
    private void assertAudited(String type, String sha256) {
        HttpResponse<String> first = auditor().get("api/v1/audit?entity=Report&entityId=" + type + "&size=1");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        long total = Api.json(first).getJsonNumber("total").longValue();
        int size = 50;
        long lastPage = Math.max(0, (total - 1) / size);
        HttpResponse<String> page = auditor().get("api/v1/audit?entity=Report&entityId=" + type + "&size=" + size
                + "&page=" + lastPage);
        List<JsonObject> events = Api.json(page).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(events).as(page.body()).anySatisfy(event -> {
            assertThat(event.getString("action")).isEqualTo("report.downloaded");
            assertThat(event.getString("changes")).contains("\"sha256\":\"" + sha256 + "\"")
                    .contains("\"type\":\"" + type + "\"");
        });
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Api.mediaType(response)).isEqualTo("application/problem+json");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

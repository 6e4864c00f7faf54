package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dossier reports on the deployed application, for a dossier taken through instruction, committee, agreement
 * and disbursements by the API: due-diligence report (staff, the session's members, auditors; never the applicant),
 * committee minutes (members, directors, auditors), agreement and disbursement statement (the applicant its own,
 * another applicant 404); the statement's totals are the agreement API's {@code paid} and {@code remaining}; every
 * download's SHA-256 is in the audit trail.
 */
@ExtendWith(PayaraServer.class)
class ReportsDossierIT {

    @PayaraServer.Base
    URL base;

    private MoneyFixtures.Actors who;
    private Api otherApplicant;
    private Api auditor;

    @BeforeEach
    void actors() {
        Api anonymous = Api.anonymous(base);
        who = MoneyFixtures.Actors.of(base);
        otherApplicant = Api.bearer(base, DossierFixtures.token(anonymous, MoneyFixtures.APPLICANT2));
        auditor = Api.bearer(base, DossierFixtures.token(anonymous, MoneyFixtures.AUDITOR));
    }

    @Test
    void agreementAndStatementOfAnExecutedDossierMatchTheAgreementApi() throws Exception {
        String title = "Statement " + System.nanoTime();
        long id = MoneyFixtures.approvedDossier(who, 1, title, "40000.00", "10000.00", "0.00",
                List.of("Building permit obtained")).dossierId();
        MoneyFixtures.sign(who.director1(), id, MoneyFixtures.agreementBody(
                MoneyFixtures.tranche("GRANT", "25000.00", "2027-03-01", "Order of the plant") + ","
                        + MoneyFixtures.tranche("GRANT", "15000.00", "2027-09-01", "Commissioning") + ","
                        + MoneyFixtures.tranche("REPAYABLE_ADVANCE", "10000.00", "2027-06-01", "Half-way"),
                "\"Insurance taken out\""));
        JsonObject agreement = MoneyFixtures.meetAllConditions(who.analyst(), id);
        long first = MoneyFixtures.trancheId(agreement, 0);
        long second = MoneyFixtures.trancheId(agreement, 1);
        long advance = MoneyFixtures.trancheId(agreement, 2);
        // Paid 25,000.00 on the first tranche; approved 5,000.00 and cancelled 3,000.00 on the second; 2,000.00
        // pending on the advance: remaining 50,000.00 - 25,000.00 - 5,000.00 - 2,000.00 = 18,000.00.
        long paid = MoneyFixtures.id(ok(MoneyFixtures.requestDisbursement(who.analyst(), id, first, "25000.00", null,
                null), 201));
        ok(MoneyFixtures.approve(who.director1(), paid), 200);
        ok(MoneyFixtures.pay(who.director1(), paid, "2027-03-15"), 200);
        long approved = MoneyFixtures.id(ok(MoneyFixtures.requestDisbursement(who.analyst(), id, second, "5000.00",
                null, null), 201));
        ok(MoneyFixtures.approve(who.director1(), approved), 200);
        long cancelled = MoneyFixtures.id(ok(MoneyFixtures.requestDisbursement(who.analyst(), id, second, "3000.00",
                null, null), 201));
        ok(MoneyFixtures.cancel(who.analyst(), cancelled, "Duplicate"), 200);
        ok(MoneyFixtures.requestDisbursement(who.analyst(), id, advance, "2000.00", null, null), 201);

        JsonObject api = Api.json(ok(who.applicant().get("api/v1/dossiers/" + id + "/agreement"), 200));
        assertThat(api.getString("paid")).isEqualTo("25000.00");
        assertThat(api.getString("remaining")).isEqualTo("18000.00");
        String apiPaid = french(api.getString("paid"));
        String apiRemaining = french(api.getString("remaining"));

        HttpResponse<byte[]> statement = DossierFixtures.download(who.applicant(),
                "api/v1/reports/disbursement-statement?dossier=" + id);
        String text = pdf(statement, "disbursement-statement");
        assertThat(text).contains("État des versements", title, "Convention signée le 01/12/2026")
                .contains("1. Order of the plant (01/03/2027) Subvention 25 000,00 € 0,00 € 0,00 € 25 000,00 € 0,00 €"
                        + " 0,00 €")
                .contains("2. Commissioning (01/09/2027) Subvention 15 000,00 € 0,00 € 5 000,00 € 0,00 € 3 000,00 €"
                        + " 10 000,00 €")
                .contains("Sous-total Subvention 40 000,00 € 0,00 € 5 000,00 € 25 000,00 € 3 000,00 € 10 000,00 €")
                .contains("Sous-total Avance remboursable 10 000,00 € 2 000,00 € 0,00 € 0,00 € 0,00 € 8 000,00 €")
                .contains("Total 50 000,00 € 2 000,00 € 5 000,00 € " + apiPaid + " 3 000,00 € " + apiRemaining)
                .contains("15/03/2027 VIR-" + paid + " 25 000,00 €", "page 1 sur 1");
        assertAudited("disbursement-statement", sha256(statement.body()));

        HttpResponse<byte[]> xlsx = DossierFixtures.download(auditor,
                "api/v1/reports/disbursement-statement?format=xlsx&lang=en&dossier=" + id);
        assertThat(xlsx.statusCode()).as(new String(xlsx.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(Api.mediaType(xlsx))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(xlsx.headers().firstValue("X-Content-SHA256")).contains(sha256(xlsx.body()));
        assertAudited("disbursement-statement", sha256(xlsx.body()));

        HttpResponse<byte[]> convention = DossierFixtures.download(who.applicant(),
                "api/v1/reports/agreement?dossier=" + id);
        // the fixture marks the conditions met today (a date that records a fact is never in the future)
        String metOn = java.time.LocalDate.parse(MoneyFixtures.today())
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(pdf(convention, "agreement")).contains("Convention de financement", title,
                        "Le bénéficiaire", "Signée le 01/12/2026", "Convention initiale")
                .contains("Subvention 40 000,00 € 40 000,00 €", "Total 50 000,00 € 50 000,00 €")
                .contains("1 Subvention Order of the plant 01/03/2027 25 000,00 € 25 000,00 € 0,00 € Versée",
                        "2 Subvention Commissioning 01/09/2027 15 000,00 € 0,00 € 15 000,00 € À verser",
                        "Total 50 000,00 € 25 000,00 € 25 000,00 €")
                .contains("Building permit obtained Levée le " + metOn, "Insurance taken out Levée le " + metOn)
                .contains("Avenants Aucun", "page 1 sur 1");
        assertAudited("agreement", sha256(convention.body()));
        assertThat(pdf(DossierFixtures.download(who.director1(), "api/v1/reports/agreement?lang=en&dossier=" + id),
                "agreement")).contains("Funding agreement", "Tranche schedule", "page 1 of 1");

        assertProblem(otherApplicant.get("api/v1/reports/agreement?dossier=" + id), 404);
        assertProblem(otherApplicant.get("api/v1/reports/disbursement-statement?dossier=" + id), 404);
        assertProblem(who.member1().get("api/v1/reports/agreement?dossier=" + id), 403);
        assertProblem(who.applicant().get("api/v1/reports/agreement?format=xlsx&dossier=" + id), 422);
        long draft = DossierFixtures.createDraft(who.applicant(), DossierFixtures.demoCallId(who.applicant()),
                "No agreement " + System.nanoTime()).getJsonNumber("id").longValue();
        assertProblem(who.applicant().get("api/v1/reports/agreement?dossier=" + draft), 404);
    }

    @Test
    void dueDiligenceReportAndCommitteeMinutesGoToTheirAudiencesOnly() throws Exception {
        String title = "Instruction " + System.nanoTime();
        long id = MoneyFixtures.approvedDossier(who, 1, title, "40000.00", "10000.00", "0.00",
                List.of("Building permit obtained")).dossierId();
        long session = MoneyFixtures.decimal("SELECT session_id FROM committee_agenda_item WHERE dossier_id = ?", id)
                .longValueExact();

        HttpResponse<byte[]> byMember = DossierFixtures.download(who.member1(),
                "api/v1/reports/due-diligence?dossier=" + id);
        assertThat(pdf(byMember, "due-diligence")).contains("Rapport d’instruction", title, "Accordé")
                .contains("Juridique", "Statuts, extrait d'immatriculation et pouvoirs du signataire Satisfait")
                .contains("Risque financier 2 / 5", "Risque de gouvernance 1 / 5", "Note globale de risque 2 / 5")
                .contains("Plant Éligible 200 000,00 €", "Coût éligible 200 000,00 €")
                .contains("Avis Accorder", "Subvention 40 000,00 €", "Avance remboursable 10 000,00 €",
                        "Total 50 000,00 €", "• Building permit obtained", "Motivation Sound project",
                        "analyst@levier.example")
                .contains("Seconde revue (quatre yeux)", "Avis Approuvée", "Agreed", "director2@levier.example")
                .contains("page 1 sur");
        assertAudited("due-diligence", sha256(byMember.body()));
        assertThat(pdf(DossierFixtures.download(auditor, "api/v1/reports/due-diligence?lang=en&dossier=" + id),
                "due-diligence")).contains("Due-diligence report", "Overall risk score 2 / 5", "Outcome Approve",
                "Second review (four eyes)", "page 1 of");
        assertThat(pdf(DossierFixtures.download(who.analyst(), "api/v1/reports/due-diligence?dossier=" + id),
                "due-diligence")).contains("Rapport d’instruction", title);

        assertProblem(who.applicant().get("api/v1/reports/due-diligence?dossier=" + id), 403);
        assertProblem(otherApplicant.get("api/v1/reports/due-diligence?dossier=" + id), 403);
        long notOnAgenda = DossierFixtures.createDraft(who.applicant(), DossierFixtures.demoCallId(who.applicant()),
                "Not on any agenda " + System.nanoTime()).getJsonNumber("id").longValue();
        assertProblem(who.member1().get("api/v1/reports/due-diligence?dossier=" + notOnAgenda), 403);
        assertProblem(who.member1().get("api/v1/reports/due-diligence"), 422);

        HttpResponse<byte[]> minutes = DossierFixtures.download(who.member2(),
                "api/v1/reports/committee-minutes?committee=" + session);
        assertThat(pdf(minutes, "committee-minutes")).contains("Procès-verbal du comité", "Committee for " + title,
                        "État de la séance Close", "member1@levier.example", "member2@levier.example",
                        "2 membres présents sur 2")
                .contains(title, "Conflits d’intérêts Aucun", "Quorum 2 présents sur 2 éligibles (requis : 2) — atteint",
                        "Votes Pour 2 · Contre 0 · Abstention 0", "Décision Accordé", "Subvention 40 000,00 €",
                        "Avance remboursable 10 000,00 €", "Total 50 000,00 €",
                        "Conditions suspensives • Building permit obtained", "Motifs Approved as recommended",
                        "director1@levier.example")
                .contains("page 1 sur 1");
        assertAudited("committee-minutes", sha256(minutes.body()));
        assertThat(pdf(DossierFixtures.download(auditor, "api/v1/reports/committee-minutes?lang=en&committee="
                + session), "committee-minutes")).contains("Committee minutes", "Decision Approved", "page 1 of 1");
        assertThat(DossierFixtures.download(who.director1(), "api/v1/reports/committee-minutes?committee=" + session)
                .statusCode()).isEqualTo(200);

        assertProblem(who.applicant().get("api/v1/reports/committee-minutes?committee=" + session), 403);
        assertProblem(who.analyst().get("api/v1/reports/committee-minutes?committee=" + session), 403);
        assertProblem(auditor.get("api/v1/reports/committee-minutes"), 422);
        assertProblem(auditor.get("api/v1/reports/committee-minutes?committee=999999999"), 404);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(status);
        return response;
    }

    /** An API amount as the French reports print it. */
    private static String french(String amount) {
        return new DecimalFormat("#,##0.00 €", DecimalFormatSymbols.getInstance(Locale.FRENCH))
                .format(new BigDecimal(amount)).replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }

    private static String pdf(HttpResponse<byte[]> response, String type) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(Api.mediaType(response)).isEqualTo("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment;").contains(type);
        assertThat(response.headers().firstValue("X-Content-SHA256")).contains(sha256(response.body()));
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest report.downloaded events of this type include one with this hash. */
    private void assertAudited(String type, String sha256) {
        HttpResponse<String> first = auditor.get("api/v1/audit?entity=Report&entityId=" + type + "&size=1");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        long total = Api.json(first).getJsonNumber("total").longValue();
        int size = 50;
        long lastPage = Math.max(0, (total - 1) / size);
        HttpResponse<String> page = auditor.get("api/v1/audit?entity=Report&entityId=" + type + "&size=" + size
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

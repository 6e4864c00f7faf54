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
        assertThat(text).contains("État des versements", title, "Convention signée le 1 décembre 2026")
                .contains("1. Order of the plant (1 mars 2027) Subvention 25 000,00 € 0,00 € 0,00 € 25 000,00 € 0,00 €"
                        + " 0,00 €")
                .contains("2. Commissioning (1 septembre 2027) Subvention 15 000,00 € 0,00 € 5 000,00 € 0,00 € 3 000,00 €"
                        + " 10 000,00 €")
                .contains("Sous-total Subvention 40 000,00 € 0,00 € 5 000,00 € 25 000,00 € 3 000,00 € 10 000,00 €")
                .contains("Sous-total Avance remboursable 10 000,00 € 2 000,00 € 0,00 € 0,00 € 0,00 € 8 000,00 €")
                .contains("Total 50 000,00 € 2 000,00 € 5 000,00 € " + apiPaid + " 3 000,00 € " + apiRemaining)
                .contains("15 mars 2027 VIR-" + paid + " 25 000,00 €", "page 1 sur 1");
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
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH));
        assertThat(pdf(convention, "agreement")).contains("Convention de financement", title,
                        "Le bénéficiaire", "Signée le 1 décembre 2026", "Convention initiale")
                .contains("Subvention 40 000,00 € 40 000,00 €", "Total 50 000,00 € 50 000,00 €")
                .contains("1 Subvention Order of the plant 1 mars 2027 25 000,00 € 25 000,00 € 0,00 € Versée",
                        "2 Subvention Commissioning 1 septembre 2027 15 000,00 € 0,00 € 15 000,00 € À verser",
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

    @Test
    void openDataPublishesTheSignedGrantsAboveTheThresholdAsTheScdlSchemaRequires() throws Exception {
        String title = "Open data " + System.nanoTime();
        long published = MoneyFixtures.approvedDossier(who, 1, title, "30000.00", "10000.00", "0.00", List.of())
                .dossierId();
        MoneyFixtures.sign(who.director1(), published, MoneyFixtures.agreementBody(
                MoneyFixtures.tranche("GRANT", "30000.00", "2027-03-01", "Order") + ","
                        + MoneyFixtures.tranche("REPAYABLE_ADVANCE", "10000.00", "2027-06-01", "Half-way"), ""));
        String atThreshold = "At the threshold " + System.nanoTime();
        long notPublished = MoneyFixtures.approvedDossier(who, 1, atThreshold, "23000.00", "0.00", "0.00",
                List.of()).dossierId();
        MoneyFixtures.sign(who.director1(), notPublished, MoneyFixtures.agreementBody(
                MoneyFixtures.tranche("GRANT", "13000.00", "2027-03-01", "Start") + ","
                        + MoneyFixtures.tranche("GRANT", "10000.00", "2027-09-01", "End"), ""));
        String organisation;
        String siret;
        try (java.sql.Connection db = Database.connect(); java.sql.PreparedStatement query = db.prepareStatement(
                "SELECT o.legal_name, o.siret FROM organisation o JOIN dossier d ON d.organisation_id = o.id"
                        + " WHERE d.id = ?")) {
            query.setLong(1, published);
            try (java.sql.ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                organisation = rows.getString(1);
                siret = rows.getString(2);
            }
        }
        TableSchema scdl = TableSchema.load("/scdl/subventions-schema.json");
        Api anyone = Api.anonymous(base);

        HttpResponse<String> csv = anyone.get("api/v1/open-data/subventions.csv?programme=TI-DK");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(Api.mediaType(csv)).isEqualTo("text/csv");
        assertThat(scdl.validateCsv(csv.body())).isEmpty();
        List<List<String>> rows = TableSchema.csvRows(csv.body());
        assertThat(rows.getFirst()).containsExactly("nomAttribuant", "idAttribuant", "dateConvention",
                "referenceDecision", "nomBeneficiaire", "idBeneficiaire", "objet", "montant", "nature",
                "conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention");
        assertThat(rows).filteredOn(row -> row.get(6).equals(title)).singleElement().satisfies(row -> {
            assertThat(row.subList(0, 3)).containsExactly("Fonds Territoire d'innovation Dunkerque",
                    "99999000500012", "2026-12-01");
            assertThat(row.get(3)).matches("CS-\\d{4}-\\d{2}-\\d{2}-D\\d+");
            assertThat(row.subList(4, 14)).containsExactly(organisation, siret, title, "30000.00",
                    "aide en numéraire", "unique", "2027-03-01", "", "non", "1.00");
        });
        assertThat(rows).noneMatch(row -> row.contains(atThreshold));
        assertThat(anyone.get("api/v1/open-data/subventions.csv").body()).contains(title);

        HttpResponse<String> json = anyone.get("api/v1/open-data/subventions.json?programme=TI-DK");
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        jakarta.json.JsonArray grants = jakarta.json.Json.createReader(new java.io.StringReader(json.body()))
                .readArray();
        assertThat(scdl.validateJson(grants)).isEmpty();
        assertThat(grants.getValuesAs(JsonObject.class)).filteredOn(g -> g.getString("objet").equals(title))
                .singleElement().satisfies(g -> {
                    assertThat(g.getJsonNumber("montant").bigDecimalValue()).isEqualByComparingTo("30000.00");
                    assertThat(g.getString("idBeneficiaire")).isEqualTo(siret);
                    assertThat(g.getBoolean("notificationUE")).isFalse();
                });
        assertThat(json.body()).doesNotContain(atThreshold);
        assertProblem(anyone.get("api/v1/open-data/subventions.json?programme=NOPE"), 404);
    }

    @Test
    void evidencePackHoldsTheDossiersReportsTraceAndAuditWithAManifestWhoseHashesMatch() throws Exception {
        String title = "Evidence " + System.nanoTime();
        long id = MoneyFixtures.approvedDossier(who, 1, title, "40000.00", "0.00", "0.00", List.of()).dossierId();
        MoneyFixtures.sign(who.director1(), id, MoneyFixtures.agreementBody(
                MoneyFixtures.tranche("GRANT", "40000.00", "2027-03-01", "Order"), ""));
        long session = MoneyFixtures.decimal("SELECT session_id FROM committee_agenda_item WHERE dossier_id = ?", id)
                .longValueExact();

        HttpResponse<byte[]> response = DossierFixtures.download(auditor, "api/v1/dossiers/" + id + "/evidence-pack");
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(Api.mediaType(response)).isEqualTo("application/zip");
        String packHash = sha256(response.body());
        assertThat(response.headers().firstValue("X-Content-SHA256")).contains(packHash);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("evidence-pack-", ".zip");
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(response.body()))) {
            for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        String reports = "reports/";
        assertThat(files.keySet()).contains(reports + "dossier-summary-fr.pdf", reports + "due-diligence-fr.pdf",
                reports + "committee-minutes-session-" + session + "-fr.pdf", reports + "agreement-fr.pdf",
                reports + "disbursement-statement-fr.pdf", "leverage-trace.json", "audit/events.csv",
                "audit/verification.json", "manifest.json", "SHA256SUMS");
        files.forEach((name, content) -> {
            if (name.endsWith(".pdf")) {
                assertThat(new String(content, 0, 5, StandardCharsets.US_ASCII)).as(name).isEqualTo("%PDF-");
            }
        });

        JsonObject manifest = jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(
                files.get("manifest.json"))).readObject();
        assertThat(manifest.getJsonNumber("dossierId").longValue()).isEqualTo(id);
        List<JsonObject> listed = manifest.getJsonArray("files").getValuesAs(JsonObject.class);
        assertThat(listed).extracting(f -> f.getString("path"))
                .containsExactlyInAnyOrderElementsOf(files.keySet().stream()
                        .filter(n -> !n.equals("manifest.json") && !n.equals("SHA256SUMS")).toList());
        for (JsonObject file : listed) {
            byte[] content = files.get(file.getString("path"));
            assertThat(sha256(content)).as(file.getString("path")).isEqualTo(file.getString("sha256"));
            assertThat(file.getJsonNumber("bytes").longValue()).isEqualTo(content.length);
        }
        String sums = new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8);
        assertThat(sums.lines()).hasSize(listed.size()).allSatisfy(line -> {
            String[] parts = line.split("  ", 2);
            assertThat(sha256(files.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        });

        JsonObject trace = jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(
                files.get("leverage-trace.json"))).readObject();
        assertThat(trace.getJsonObject("dossier").getString("title")).isEqualTo(title);
        assertThat(trace.getJsonArray("figures").getValuesAs(JsonObject.class))
                .filteredOn(f -> f.getString("basis").equals("committed") && f.getString("scope").startsWith("programme"))
                .singleElement().satisfies(f -> {
                    assertThat(f.getBoolean("dossierCounts")).isTrue();
                    assertThat(f.getJsonObject("dossier").getString("fundContribution")).isEqualTo("40000.00");
                    BigDecimal fund = new BigDecimal(f.getJsonObject("result").getString("fundContribution"));
                    BigDecimal without = new BigDecimal(f.getJsonObject("withoutDossier")
                            .getString("fundContribution"));
                    assertThat(fund.subtract(without)).isEqualByComparingTo("40000.00");
                    BigDecimal cost = new BigDecimal(f.getJsonObject("result").getString("totalProjectCost"));
                    assertThat(new BigDecimal(f.getJsonObject("result").getString("leverage")))
                            .isEqualByComparingTo(cost.divide(fund, 4, java.math.RoundingMode.HALF_EVEN));
                });
        String events = new String(files.get("audit/events.csv"), StandardCharsets.UTF_8);
        assertThat(events).contains("dossier.submitted", "committee.decision.recorded", "agreement.signed");
        JsonObject verification = jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(
                files.get("audit/verification.json"))).readObject();
        assertThat(verification.getBoolean("valid")).isTrue();

        HttpResponse<String> audited = auditor.get("api/v1/audit?entity=Dossier&entityId=" + id + "&size=100");
        assertThat(Api.json(audited).getJsonArray("items").getValuesAs(JsonObject.class)).as(audited.body())
                .anySatisfy(event -> {
                    assertThat(event.getString("action")).isEqualTo("evidence-pack.downloaded");
                    assertThat(event.getString("changes")).contains("\"sha256\":\"" + packHash + "\"");
                });

        assertThat(DossierFixtures.download(who.director1(), "api/v1/dossiers/" + id + "/evidence-pack?lang=en")
                .statusCode()).isEqualTo(200);
        assertProblem(who.analyst().get("api/v1/dossiers/" + id + "/evidence-pack"), 403);
        assertProblem(who.applicant().get("api/v1/dossiers/" + id + "/evidence-pack"), 403);
        assertProblem(auditor.get("api/v1/dossiers/999999999/evidence-pack"), 404);
        assertProblem(auditor.get("api/v1/dossiers/" + id + "/evidence-pack?lang=de"), 422);
    }

    @Test
    void everyReportTypeSpeaksTheLanguageAskedForOnly() throws Exception {
        String title = "Langue " + System.nanoTime();
        long id = MoneyFixtures.approvedDossier(who, 1, title, "40000.00", "10000.00", "0.00",
                List.of("Permis de construire obtenu")).dossierId();
        MoneyFixtures.sign(who.director1(), id, MoneyFixtures.agreementBody(
                MoneyFixtures.tranche("GRANT", "40000.00", "2027-03-01", "Commande") + ","
                        + MoneyFixtures.tranche("REPAYABLE_ADVANCE", "10000.00", "2027-06-01", "Mi-parcours"), ""));
        JsonObject agreement = MoneyFixtures.meetAllConditions(who.analyst(), id);
        long paid = MoneyFixtures.id(ok(MoneyFixtures.requestDisbursement(who.analyst(), id,
                MoneyFixtures.trancheId(agreement, 0), "25000.00", null, null), 201));
        ok(MoneyFixtures.approve(who.director2(), paid), 200);
        ok(MoneyFixtures.pay(who.director1(), paid, MoneyFixtures.today()), 200);
        long session = MoneyFixtures.decimal("SELECT session_id FROM committee_agenda_item WHERE dossier_id = ?", id)
                .longValueExact();
        List<String> reports = List.of("dossier-summary?dossier=" + id, "due-diligence?dossier=" + id,
                "committee-minutes?committee=" + session, "agreement?dossier=" + id,
                "disbursement-statement?dossier=" + id, "portfolio?programme=TI-DK", "leverage?programme=TI-DK",
                "impact?programme=TI-DK", "annual?programme=TI-DK", "audit-trail?from=" + MoneyFixtures.today());
        java.util.Map<String, List<String>> mixed = new java.util.TreeMap<>();
        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            OtherLanguage other = OtherLanguage.forDocumentIn(language);
            assertThat(other.size()).isGreaterThan(100);
            for (String report : reports) {
                String type = report.substring(0, report.indexOf('?'));
                String text = pdf(DossierFixtures.download(auditor, "api/v1/reports/" + report + "&lang="
                        + language.getLanguage()), type);
                // the audit trail keeps each stored summary, quoted, beside its rendering in the report's language
                String rendered = text.replaceAll("(?s)«.*?»", " ").replaceAll("(?s)as recorded: \".*?\"", " ")
                        // the audit trail's action codes (agreement.signed, impact.report.overdue-reminded) are
                        // identifiers, the same in both languages, rendered in words beside them
                        .replaceAll("\\b[a-z][a-z0-9]*(?:\\.[a-z0-9-]+)+", " ")
                        // what people wrote is data, in their own words: the fixture's decision reasons
                        .replace("Approved as recommended", " ");
                List<String> found = other.foundIn(rendered);
                if (!found.isEmpty()) {
                    mixed.put(type + " in " + language, found);
                }
            }
        }
        assertThat(mixed).isEmpty();
    }

    @Test
    void aMemberWhoDeclaredAConflictNoLongerReceivesTheDossiersDueDiligenceReport() {
        String title = "Recusal " + System.nanoTime();
        long id = MoneyFixtures.inCommittee(who, MoneyFixtures.draft(DossierFixtures.demoCallId(who.applicant()), 1,
                title, "40000.00", "0.00", "0.00"), "40000.00", "0.00", "0.00", List.of()).dossierId();
        JsonObject session = Api.json(ok(who.director1().postJson("api/v1/committees", "{\"title\": \"Recusal\","
                + " \"heldOn\": \"" + java.time.LocalDate.now().plusDays(7) + "\", \"members\": [\""
                + MoneyFixtures.MEMBER1 + "\", \"" + MoneyFixtures.MEMBER2 + "\"]}"), 201));
        String sessionPath = "api/v1/committees/" + session.getJsonNumber("id").longValue();
        ok(who.director1().postJson(sessionPath + "/agenda", "{\"dossierId\": " + id + "}"), 200);
        String report = "api/v1/reports/due-diligence?dossier=" + id;
        assertThat(DossierFixtures.download(who.member2(), report).statusCode()).isEqualTo(200);

        ok(who.member2().postJson(sessionPath + "/conflicts", "{\"dossierId\": " + id
                + ", \"note\": \"Shareholder\"}"), 200);
        HttpResponse<String> recused = who.member2().get(report);
        assertProblem(recused, 403);
        assertThat(recused.body()).contains("report.recused");
        assertThat(DossierFixtures.download(who.member1(), report).statusCode()).isEqualTo(200);
    }

    @Test
    void theStatementAsOfAPastDayRestatesEachDisbursementFromItsOwnDates() throws Exception {
        String title = "As of " + System.nanoTime();
        long id = MoneyFixtures.approvedDossier(who, 1, title, "40000.00", "0.00", "0.00", List.of()).dossierId();
        MoneyFixtures.sign(who.director1(), id, MoneyFixtures.agreementBody(
                MoneyFixtures.tranche("GRANT", "25000.00", "2027-03-01", "Commande") + ","
                        + MoneyFixtures.tranche("GRANT", "15000.00", "2027-09-01", "Mise en service"), ""));
        JsonObject agreement = MoneyFixtures.meetAllConditions(who.analyst(), id);
        long tranche = MoneyFixtures.trancheId(agreement, 0);
        long paid = MoneyFixtures.id(ok(MoneyFixtures.requestDisbursement(who.analyst(), id, tranche, "10000.00",
                null, null), 201));
        ok(MoneyFixtures.approve(who.director1(), paid), 200);
        ok(MoneyFixtures.pay(who.director1(), paid, "2026-12-03"), 200);
        long approved = MoneyFixtures.id(ok(MoneyFixtures.requestDisbursement(who.analyst(), id, tranche, "5000.00",
                null, null), 201));
        ok(MoneyFixtures.approve(who.director1(), approved), 200);
        // their history: the first requested on 1 December, approved on the 2nd, paid (value date) on the 3rd; the
        // second requested on the 2nd and approved today
        MoneyFixtures.execute("UPDATE disbursement SET requested_at = '2026-12-01 09:00:00',"
                + " approved_at = '2026-12-02 09:00:00' WHERE id = ?", paid);
        MoneyFixtures.execute("UPDATE disbursement SET requested_at = '2026-12-02 09:00:00' WHERE id = ?", approved);
        String statement = "api/v1/reports/disbursement-statement?dossier=" + id;

        assertThat(pdf(DossierFixtures.download(auditor, statement + "&to=2026-12-02"), "disbursement-statement"))
                .contains("Situation au 2 décembre 2026")
                .contains("1. Commande (1 mars 2027) Subvention 25 000,00 € 5 000,00 € 10 000,00 € 0,00 € 0,00 €"
                        + " 10 000,00 €")
                .contains("Total 40 000,00 € 5 000,00 € 10 000,00 € 0,00 € 0,00 € 25 000,00 €")
                .contains("Aucun versement");
        assertThat(pdf(DossierFixtures.download(auditor, statement + "&to=2026-12-03"), "disbursement-statement"))
                .contains("Situation au 3 décembre 2026")
                .contains("1. Commande (1 mars 2027) Subvention 25 000,00 € 5 000,00 € 0,00 € 10 000,00 € 0,00 €"
                        + " 10 000,00 €")
                .contains("3 décembre 2026 VIR-" + paid + " 10 000,00 €");
        assertThat(pdf(DossierFixtures.download(auditor, statement), "disbursement-statement"))
                .contains("1. Commande (1 mars 2027) Subvention 25 000,00 € 0,00 € 5 000,00 € 10 000,00 € 0,00 €"
                        + " 10 000,00 €");
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

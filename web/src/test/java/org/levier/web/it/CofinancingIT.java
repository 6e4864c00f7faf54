package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.MoneyFixtures.problemKey;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The co-financing ledger over the API against MariaDB: a dossier of applicant1 taken to committee approval, whose
 * lines the analyst then moves with evidence; refusals (422) store nothing (no history, no audit event, no change of
 * the line); the committed leverage of the dossier moves by exactly the line's confirmed amount when it becomes
 * COMMITTED, and not at all when a second evidence document is attached to it (a line is counted once); another
 * applicant does not see the ledger (404); a financing plan with one funder twice under one source type is refused;
 * simultaneous moves of one line are serialised (the dossier row is locked).
 */
@ExtendWith(PayaraServer.class)
class CofinancingIT {

    @PayaraServer.Base
    URL base;

    /**
     * Fund: grant 100,000.00. Co-financing: own funds 100,000.00 COMMITTED, the region (a funder name unique to
     * the run) 200,000.00 PLANNED, a bank loan 100,000.00 APPLIED. Cost 500,000.00 (intensity 20 %).
     */
    private static String draft(long callId, String title, String region) {
        return """
                {"callId": %d, "actionNumber": 1, "title": %s, "summary": "Co-financing IT",
                 "startDate": "2027-01-01", "endDate": "2028-12-31",
                 "requested": {"GRANT": "100000.00", "REPAYABLE_ADVANCE": "0.00", "EQUITY": "0.00"},
                 "budgetLines": [{"category": "EQUIPMENT", "label": "Plant", "amount": "500000.00"}],
                 "cofinancing": [
                   {"sourceType": "OWN_FUNDS", "funder": "Applicant", "amount": "100000.00", "status": "COMMITTED"},
                   {"sourceType": "REGION", "funder": %s, "amount": "200000.00", "status": "PLANNED"},
                   {"sourceType": "BANK_LOAN", "funder": "Banque du Nord", "amount": "100000.00", "status": "APPLIED"}],
                 "impactTargets": [{"indicator": "CO2_AVOIDED", "target": "10"}],
                 "milestones": [{"title": "Commissioning", "dueDate": "2027-06-30"}]}
                """.formatted(callId, Api.quote(title), Api.quote(region));
    }

    @Test
    void staffFollowTheLinesWithEvidenceAndTheCommittedLeverageCountsEachLineOnce() {
        MoneyFixtures.Actors who = MoneyFixtures.Actors.of(base);
        Api analyst = who.analyst();
        Api auditor = Api.demo(base, MoneyFixtures.AUDITOR);
        long run = System.nanoTime();
        String region = "Région Hauts-de-France " + run;
        String title = "Co-financing " + run;
        long callId = DossierFixtures.demoCallId(who.applicant());
        long id = MoneyFixtures.approvedDossier(who, draft(callId, title, region), title, "100000.00", "0.00",
                "0.00", List.of()).dossierId();
        String ledgerPath = "api/v1/dossiers/" + id + "/cofinancing";

        // The owner, staff and auditors read the ledger; another applicant does not see it.
        JsonObject ledger = ok(who.applicant().get(ledgerPath));
        JsonArray lines = ledger.getJsonArray("lines");
        assertThat(lines).hasSize(3);
        assertThat(ledger.getString("dossierStatus")).isEqualTo("APPROVED");
        JsonObject regionLine = lines.getJsonObject(1);
        assertThat(regionLine.getString("funder")).isEqualTo(region);
        assertThat(regionLine.getString("sourceType")).isEqualTo("REGION");
        assertThat(regionLine.getString("status")).isEqualTo("PLANNED");
        assertThat(regionLine.getString("amount")).isEqualTo("200000.00");
        assertThat(regionLine.getJsonArray("evidence")).isEmpty();
        assertThat(regionLine.getJsonArray("history")).isEmpty();
        long regionId = regionLine.getJsonNumber("id").longValue();
        String move = ledgerPath + "/" + regionId + "/status";
        assertThat(ok(auditor.get(ledgerPath)).getJsonArray("lines")).hasSize(3);
        HttpResponse<String> stranger = Api.demo(base, MoneyFixtures.APPLICANT2).get(ledgerPath);
        assertThat(stranger.statusCode()).as(stranger.body()).isEqualTo(404);

        // Committed basis before: fund 100,000.00; only own funds count (100,000.00): 200,000.00 / 100,000.00.
        assertRow(committedRow(analyst, id), "100000.00", "100000.00");

        // Evidence: documents of the dossier, uploaded by the analyst; and one of another dossier.
        long letter = documentId(DossierFixtures.upload(analyst, id, "COFINANCING_EVIDENCE", "region-letter.pdf",
                DossierFixtures.minimalPdf()));
        long decision = documentId(DossierFixtures.upload(analyst, id, "COFINANCING_EVIDENCE",
                "region-decision.pdf", DossierFixtures.minimalPdf()));
        long otherDossier = DossierFixtures.createDraft(who.applicant(), callId, "Other " + run)
                .getJsonNumber("id").longValue();
        long foreign = documentId(DossierFixtures.upload(who.applicant(), otherDossier, "OTHER", "foreign.pdf",
                DossierFixtures.minimalPdf()));

        // Refusals store nothing: COMMITTED without evidence, with another dossier's document, a negative amount,
        // an unchanged line; the applicant and the auditor may not move a line.
        refused(analyst.postJson(move, "{\"status\": \"COMMITTED\"}"), "cofinancing.evidence.required",
                "evidenceDocumentId");
        refused(analyst.postJson(move, "{\"status\": \"COMMITTED\", \"evidenceDocumentId\": " + foreign + "}"),
                "cofinancing.evidence.unknown", "evidenceDocumentId");
        refused(analyst.postJson(move, "{\"status\": \"APPLIED\", \"amount\": \"-1.00\"}"),
                "cofinancing.move.invalid", "amount");
        refused(analyst.postJson(move, "{\"status\": \"APPLIED\", \"amount\": \"1.005\"}"),
                "cofinancing.move.invalid", "amount");
        refused(analyst.postJson(move, "{\"status\": \"PLANNED\"}"), "cofinancing.move.unchanged", "status");
        refused(analyst.postJson(move, "{\"status\": \"WITHDRAWN\"}"), "cofinancing.move.invalid", "status");
        assertThat(who.applicant().postJson(move, "{\"status\": \"APPLIED\"}").statusCode()).isEqualTo(403);
        assertThat(auditor.postJson(move, "{\"status\": \"APPLIED\"}").statusCode()).isEqualTo(403);
        assertThat(analyst.postJson(ledgerPath + "/999999999/status", "{\"status\": \"APPLIED\"}").statusCode())
                .isEqualTo(404);
        JsonObject unchanged = line(ok(analyst.get(ledgerPath)), regionId);
        assertThat(unchanged.getString("status")).isEqualTo("PLANNED");
        assertThat(unchanged.getJsonArray("history")).isEmpty();
        assertThat(unchanged.getJsonArray("evidence")).isEmpty();
        assertThat(auditEvents(auditor, regionId)).isEmpty();
        assertRow(committedRow(analyst, id), "100000.00", "100000.00");

        // PLANNED → APPLIED (no evidence needed), then COMMITTED on the letter at a confirmed 180,000.00.
        ok(analyst.postJson(move, "{\"status\": \"APPLIED\", \"comment\": \"Application filed\"}"));
        JsonObject committed = line(ok(analyst.postJson(move, "{\"status\": \"COMMITTED\", \"amount\": \"180000.00\","
                + " \"evidenceDocumentId\": " + letter + "}")), regionId);
        assertThat(committed.getString("status")).isEqualTo("COMMITTED");
        assertThat(committed.getString("amount")).isEqualTo("180000.00");
        assertThat(committed.getString("submittedAmount")).isEqualTo("200000.00");
        assertThat(committed.getJsonArray("evidence")).hasSize(1);
        assertThat(committed.getJsonArray("evidence").getJsonObject(0).getJsonNumber("documentId").longValue())
                .isEqualTo(letter);
        assertThat(committed.getJsonArray("evidence").getJsonObject(0).getString("fileName"))
                .isEqualTo("region-letter.pdf");
        JsonArray history = committed.getJsonArray("history");
        assertThat(history).hasSize(2);
        assertThat(history.getJsonObject(0).getString("from")).isEqualTo("PLANNED");
        assertThat(history.getJsonObject(0).getString("to")).isEqualTo("APPLIED");
        assertThat(history.getJsonObject(1).getString("to")).isEqualTo("COMMITTED");
        assertThat(history.getJsonObject(1).getString("previousAmount")).isEqualTo("200000.00");
        assertThat(history.getJsonObject(1).getString("amount")).isEqualTo("180000.00");
        assertThat(history.getJsonObject(1).getString("changedBy")).isEqualTo(MoneyFixtures.ANALYST);

        // Committed basis: own funds 100,000.00 + region 180,000.00 = 280,000.00 co-financing; the fund 100,000.00;
        // total 380,000.00, leverage 380,000 / 100,000 = 3.8000. Requested basis: as submitted (500,000.00: 5.0000).
        JsonObject committedRow = committedRow(analyst, id);
        assertRow(committedRow, "100000.00", "280000.00");
        assertThat(committedRow.getString("leverage")).isEqualTo("3.8000");
        JsonObject requestedRow = row(leverage(analyst, "requested"), id);
        assertThat(requestedRow.getString("totalProjectCost")).isEqualTo("500000.00");
        assertThat(requestedRow.getString("leverage")).isEqualTo("5.0000");

        // A second document evidences the same line: the line has two pieces of evidence, counted once.
        JsonObject twice = line(ok(analyst.postJson(move, "{\"status\": \"COMMITTED\", \"evidenceDocumentId\": "
                + decision + "}")), regionId);
        assertThat(twice.getJsonArray("evidence")).hasSize(2);
        assertThat(twice.getString("amount")).isEqualTo("180000.00");
        assertRow(committedRow(analyst, id), "100000.00", "280000.00");

        // A step back needs a justification; with it, the committed leverage loses the line again.
        refused(analyst.postJson(move, "{\"status\": \"APPLIED\"}"), "cofinancing.move.justification-required",
                "comment");
        assertThat(line(ok(analyst.get(ledgerPath)), regionId).getJsonArray("history")).hasSize(3);
        JsonObject back = line(ok(analyst.postJson(move, "{\"status\": \"APPLIED\", \"comment\":"
                + " \"The region postponed its decision\"}")), regionId);
        assertThat(back.getString("status")).isEqualTo("APPLIED");
        assertThat(back.getJsonArray("history")).hasSize(4);
        assertRow(committedRow(analyst, id), "100000.00", "100000.00");

        // Every move is audited with its old and new status, amount and evidence.
        List<JsonObject> events = auditEvents(auditor, regionId);
        assertThat(events).hasSize(4);
        assertThat(events).allSatisfy(e -> assertThat(e.getString("action")).isEqualTo("cofinancing.line.moved"));
        String changes = events.get(1).getString("changes");
        assertThat(changes).contains("\"status.old\":\"APPLIED\"").contains("\"status.new\":\"COMMITTED\"")
                .contains("\"amount.old\":\"200000.00\"").contains("\"amount.new\":\"180000.00\"")
                .contains("\"evidenceDocumentId\":\"" + letter + "\"");

        // The programme's sums per funder: the region's line (a funder unique to this run), APPLIED, 180,000.00.
        JsonObject byFunder = ok(auditor.get("api/v1/programmes/TI-DK/cofinancing?by=funder"));
        List<JsonObject> regionRows = byFunder.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("label").equals(region)).toList();
        assertThat(regionRows).hasSize(1);
        assertThat(regionRows.getFirst().getString("status")).isEqualTo("APPLIED");
        assertThat(regionRows.getFirst().getJsonNumber("lines").longValue()).isEqualTo(1);
        assertThat(regionRows.getFirst().getString("amount")).isEqualTo("180000.00");
        assertThat(regionRows.getFirst().getString("submittedAmount")).isEqualTo("200000.00");
        JsonObject bySource = ok(analyst.get("api/v1/programmes/TI-DK/cofinancing?by=source"));
        assertThat(bySource.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .anyMatch(r -> r.getString("key").equals("REGION") && r.getString("status").equals("APPLIED")))
                .isTrue();
        assertThat(analyst.get("api/v1/programmes/TI-DK/cofinancing?by=planet").statusCode()).isEqualTo(422);
        assertThat(analyst.get("api/v1/programmes/NOPE/cofinancing").statusCode()).isEqualTo(404);
        assertThat(who.applicant().get("api/v1/programmes/TI-DK/cofinancing").statusCode()).isEqualTo(403);

        // A draft has no ledger yet.
        HttpResponse<String> draftLedger = who.applicant().get("api/v1/dossiers/" + otherDossier + "/cofinancing");
        assertThat(draftLedger.statusCode()).as(draftLedger.body()).isEqualTo(422);
        assertThat(problemKey(draftLedger)).isEqualTo("cofinancing.ledger.draft");
    }

    @Test
    void aFinancingPlanNamesEachFunderOncePerSourceType() {
        Api applicant = Api.demo(base, MoneyFixtures.APPLICANT1);
        long callId = DossierFixtures.demoCallId(applicant);
        // " BANQUE  du Nord " and "Banque du Nord": one funder once case and spaces are set aside.
        String sameBank = DossierFixtures.balancedDraft(callId, "Twice the same bank")
                .replace("\"OWN_FUNDS\", \"funder\": \"Applicant\"",
                        "\"BANK_LOAN\", \"funder\": \" BANQUE  du Nord \"");
        assertThat(sameBank).contains(" BANQUE  du Nord ");
        long before = DossierFixtures.total(applicant);
        HttpResponse<String> refused = applicant.postJson("api/v1/dossiers", sameBank);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(problemKey(refused)).isEqualTo("dossier.invalid");
        JsonObject violation = Api.json(refused).getJsonArray("violations").getJsonObject(0);
        assertThat(violation.getString("field")).isEqualTo("cofinancing[1].funder");
        assertThat(violation.getString("message")).contains("cofinancing[0]");
        // Accents and punctuation do not make another funder either.
        HttpResponse<String> accented = applicant.postJson("api/v1/dossiers",
                sameBank.replace(" BANQUE  du Nord ", "Banque-du-Nôrd"));
        assertThat(accented.statusCode()).as(accented.body()).isEqualTo(422);
        assertThat(DossierFixtures.total(applicant)).isEqualTo(before);

        // The same funder under another source type is another line.
        String twoSources = DossierFixtures.balancedDraft(callId, "Bank loan and bank equity")
                .replace("\"OWN_FUNDS\", \"funder\": \"Applicant\"", "\"PRIVATE_INVESTOR\", \"funder\": \"Banque du Nord\"");
        HttpResponse<String> created = applicant.postJson("api/v1/dossiers", twoSources);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void simultaneousMovesOfOneLineAreMadeOneAfterTheOther() throws Exception {
        MoneyFixtures.Actors who = MoneyFixtures.Actors.of(base);
        long id = submittedDossier(who.applicant(), "Co-financing race " + System.nanoTime());
        String ledgerPath = "api/v1/dossiers/" + id + "/cofinancing";
        JsonObject bank = ok(who.analyst().get(ledgerPath)).getJsonArray("lines").getJsonObject(1);
        assertThat(bank.getString("status")).isEqualTo("APPLIED");
        long lineId = bank.getJsonNumber("id").longValue();
        long letter = documentId(DossierFixtures.upload(who.analyst(), id, "COFINANCING_EVIDENCE", "bank.pdf",
                DossierFixtures.minimalPdf()));
        String body = "{\"status\": \"COMMITTED\", \"evidenceDocumentId\": " + letter + "}";
        String move = ledgerPath + "/" + lineId + "/status";

        // Four staff calls at once, all APPLIED → COMMITTED on the same letter: the first moves the line, the others
        // find it COMMITTED with that letter already attached (nothing to change), never a second history row.
        List<HttpResponse<String>> answers = Race.of(List.of(
                () -> who.analyst().postJson(move, body), () -> who.director1().postJson(move, body),
                () -> who.analyst().postJson(move, body), () -> who.director2().postJson(move, body)));
        assertThat(answers).filteredOn(r -> r.statusCode() == 200).hasSize(1);
        assertThat(answers).filteredOn(r -> r.statusCode() == 422)
                .hasSize(3).allSatisfy(r -> assertThat(problemKey(r)).isEqualTo("cofinancing.move.unchanged"));
        JsonObject line = line(ok(who.analyst().get(ledgerPath)), lineId);
        assertThat(line.getString("status")).isEqualTo("COMMITTED");
        assertThat(line.getJsonArray("history")).hasSize(1);
        assertThat(line.getJsonArray("evidence")).hasSize(1);
        assertThat(auditEvents(Api.demo(base, MoneyFixtures.AUDITOR), lineId)).hasSize(1);
    }

    // --- helpers ---

    /** A balanced draft of the applicant (own funds COMMITTED, "Banque du Nord" APPLIED), submitted. */
    private static long submittedDossier(Api applicant, String title) {
        long callId = DossierFixtures.demoCallId(applicant);
        long id = DossierFixtures.createDraft(applicant, callId, title).getJsonNumber("id").longValue();
        documentId(DossierFixtures.upload(applicant, id, "BUSINESS_PLAN", "plan.pdf", DossierFixtures.minimalPdf()));
        ok(applicant.postJson("api/v1/dossiers/" + id + "/submit", ""));
        return id;
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    private static void refused(HttpResponse<String> response, String key, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(Api.mediaType(response)).isEqualTo("application/problem+json");
        assertThat(problemKey(response)).as(response.body()).isEqualTo(key);
        assertThat(Api.json(response).getJsonArray("violations").stream().map(JsonObject.class::cast)
                .map(v -> v.getString("field")).toList()).contains(field);
    }

    private static long documentId(HttpResponse<String> upload) {
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        return Api.json(upload).getJsonNumber("id").longValue();
    }

    private static JsonObject line(JsonObject ledger, long lineId) {
        return ledger.getJsonArray("lines").stream().map(JsonObject.class::cast)
                .filter(l -> l.getJsonNumber("id").longValue() == lineId).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + lineId + " in " + ledger));
    }

    private static List<JsonObject> auditEvents(Api auditor, long lineId) {
        HttpResponse<String> audit = auditor.get("api/v1/audit?entity=CofinancingLine&entityId=" + lineId);
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        return Api.json(audit).getJsonArray("items").stream().map(JsonObject.class::cast).toList();
    }

    private static JsonObject leverage(Api api, String basis) {
        HttpResponse<String> response = api.get("api/v1/programmes/TI-DK/leverage?by=dossier&basis=" + basis);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    private static JsonObject committedRow(Api api, long dossierId) {
        return row(leverage(api, "committed"), dossierId);
    }

    private static JsonObject row(JsonObject leverage, long dossierId) {
        return leverage.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("key").equals(String.valueOf(dossierId))).findFirst()
                .orElseThrow(() -> new AssertionError("no row of dossier " + dossierId + " in " + leverage));
    }

    /** The row's sums, and its leverage as their ratio computed here: (fund + co-financing) / fund. */
    private static void assertRow(JsonObject row, String fund, String cofinancing) {
        BigDecimal total = new BigDecimal(fund).add(new BigDecimal(cofinancing));
        assertThat(row.getString("fundContribution")).isEqualTo(fund);
        assertThat(row.getString("cofinancing")).isEqualTo(cofinancing);
        assertThat(row.getString("totalProjectCost")).isEqualTo(total.toPlainString());
        assertThat(row.getString("leverage")).isEqualTo(total.divide(new BigDecimal(fund), 4, RoundingMode.HALF_EVEN)
                .toPlainString());
    }
}

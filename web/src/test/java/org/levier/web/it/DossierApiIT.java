package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.DossierFixtures.APPLICANT1;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dossier API as an applicant and the fund's staff use it with curl: create a balanced draft, edit it under
 * optimistic locking, upload and download a document, submit (reference, read-only afterwards), move it along the
 * lifecycle; and every bad input of the issue refused with a clear 4xx while nothing is stored.
 */
@ExtendWith(PayaraServer.class)
class DossierApiIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @PayaraServer.Base
    URL base;

    private Api applicant() {
        return Api.demo(base, APPLICANT1);
    }

    @Test
    void applicantCreatesEditsUploadsSubmitsAndStaffScreens() throws Exception {
        Api applicant = applicant();
        long callId = DossierFixtures.demoCallId(applicant);

        HttpResponse<String> created = applicant.postJson("api/v1/dossiers",
                DossierFixtures.balancedDraft(callId, "Hydrogen pilot"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject draft = Api.json(created);
        long id = draft.getJsonNumber("id").longValue();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/dossiers/" + id));
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.isNull("reference")).isTrue();
        assertThat(draft.getString("totalCost")).isEqualTo("100000.00");
        assertThat(draft.getString("fundRequested")).isEqualTo("50000.00");
        assertThat(draft.getString("cofinancingTotal")).isEqualTo("50000.00");
        assertThat(draft.getBoolean("balanced")).isTrue();
        assertThat(draft.getJsonObject("requested").getString("REPAYABLE_ADVANCE")).isEqualTo("0.00");
        assertThat(draft.getJsonArray("budgetLines").getJsonObject(0).getString("amount")).isEqualTo("60000.00");
        long version = draft.getJsonNumber("version").longValue();

        // Edit with the version read; the same version again is stale.
        String edit = withVersion(DossierFixtures.balancedDraft(callId, "Hydrogen pilot, phase 1"), version);
        HttpResponse<String> edited = DossierFixtures.put(applicant, "api/v1/dossiers/" + id, edit);
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(Api.json(edited).getString("title")).isEqualTo("Hydrogen pilot, phase 1");
        long editedVersion = Api.json(edited).getJsonNumber("version").longValue();
        assertThat(editedVersion).isGreaterThan(version);
        HttpResponse<String> stale = DossierFixtures.put(applicant, "api/v1/dossiers/" + id, edit);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(Api.mediaType(stale)).isEqualTo(PROBLEM_JSON);
        assertThat(Api.json(applicant.get("api/v1/dossiers/" + id)).getString("title"))
                .isEqualTo("Hydrogen pilot, phase 1");

        // Upload a real PDF and read it back, byte for byte.
        byte[] pdf = DossierFixtures.minimalPdf();
        HttpResponse<String> uploaded = DossierFixtures.upload(applicant, id, "BUSINESS_PLAN", "plan d'affaires é.pdf",
                pdf);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonObject document = Api.json(uploaded);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(document.getString("kind")).isEqualTo("BUSINESS_PLAN");
        assertThat(document.getString("fileName")).isEqualTo("plan d'affaires é.pdf");
        assertThat(document.getString("contentType")).isEqualTo("application/pdf");
        assertThat(document.getJsonNumber("size").longValue()).isEqualTo(pdf.length);
        assertThat(document.getString("sha256")).isEqualTo(sha256);
        assertThat(document.getInt("version")).isEqualTo(1);
        long documentId = document.getJsonNumber("id").longValue();

        HttpResponse<byte[]> download = DossierFixtures.download(applicant,
                "api/v1/dossiers/" + id + "/documents/" + documentId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body())))
                .isEqualTo(sha256);
        assertThat(Api.mediaType(download)).isEqualTo("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment;")
                        .contains("filename*=UTF-8''plan%20d%27affaires%20%C3%A9.pdf"));

        HttpResponse<String> second = DossierFixtures.upload(applicant, id, "BUSINESS_PLAN", "plan d'affaires é.pdf",
                DossierFixtures.minimalPdf());
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(Api.json(second).getInt("version")).isEqualTo(2);
        assertThat(Api.json(applicant.get("api/v1/dossiers/" + id + "/documents")).getJsonArray("items")).hasSize(2);

        // Submit: the reference of the programme and year.
        HttpResponse<String> submitted = applicant.postJson("api/v1/dossiers/" + id + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonObject dossier = Api.json(submitted);
        assertThat(dossier.getString("status")).isEqualTo("SUBMITTED");
        assertThat(dossier.getString("reference")).matches("TI-DK-\\d{4}-\\d{4}");
        long submittedVersion = dossier.getJsonNumber("version").longValue();

        // The submitter is told by e-mail, with the reference (read in the outbox, as an administrator would).
        JsonObject outbox = Api.json(Api.demo(base, "admin@levier.example")
                .get("api/v1/admin/outbox?size=100&recipient=applicant1@levier.example"));
        assertThat(outbox.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(mail -> mail.getString("subject"))
                .contains("Dossier " + dossier.getString("reference") + " déposé");

        // Read-only for the applicant from now on: edits and uploads are refused, even with the current version.
        HttpResponse<String> lateEdit = DossierFixtures.put(applicant, "api/v1/dossiers/" + id,
                withVersion(DossierFixtures.balancedDraft(callId, "Changed after submission"), submittedVersion));
        assertThat(lateEdit.statusCode()).as(lateEdit.body()).isEqualTo(422);
        assertThat(lateEdit.body()).contains("dossier.readonly");
        HttpResponse<String> lateUpload = DossierFixtures.upload(applicant, id, "OTHER", "late.pdf",
                DossierFixtures.minimalPdf());
        assertThat(lateUpload.statusCode()).as(lateUpload.body()).isEqualTo(422);
        assertThat(lateUpload.body()).contains("document.dossier-readonly");
        assertThat(Api.json(applicant.get("api/v1/dossiers/" + id + "/documents")).getJsonArray("items")).hasSize(2);

        // The lifecycle: the applicant may not screen (403); no such move is 422 naming both states.
        HttpResponse<String> applicantScreens = applicant.postJson("api/v1/dossiers/" + id + "/transitions",
                "{\"to\":\"ELIGIBILITY_REVIEW\"}");
        assertThat(applicantScreens.statusCode()).as(applicantScreens.body()).isEqualTo(403);
        Api analyst = Api.demo(base, Api.ANALYST);
        HttpResponse<String> illegal = analyst.postJson("api/v1/dossiers/" + id + "/transitions",
                "{\"to\":\"APPROVED\",\"comment\":\"too fast\"}");
        assertThat(illegal.statusCode()).as(illegal.body()).isEqualTo(422);
        assertThat(Api.json(illegal).getString("detail")).contains("SUBMITTED").contains("APPROVED");
        HttpResponse<String> screened = analyst.postJson("api/v1/dossiers/" + id + "/transitions",
                "{\"to\":\"ELIGIBILITY_REVIEW\",\"comment\":\"complete file\"}");
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);
        assertThat(Api.json(screened).getString("status")).isEqualTo("ELIGIBILITY_REVIEW");

        HttpResponse<String> history = applicant.get("api/v1/dossiers/" + id + "/history");
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        assertThat(Api.json(history).getJsonArray("items").stream()
                .map(e -> e.asJsonObject().getString("to")).toList())
                .containsExactly("DRAFT", "SUBMITTED", "ELIGIBILITY_REVIEW");

        // The staff reads the document too; the upload is in the audit trail with its hash.
        HttpResponse<byte[]> staffDownload = DossierFixtures.download(analyst,
                "api/v1/dossiers/" + id + "/documents/" + documentId);
        assertThat(staffDownload.statusCode()).isEqualTo(200);
        assertThat(staffDownload.body()).isEqualTo(pdf);
        HttpResponse<String> audit = Api.demo(base, Api.AUDITOR).get("api/v1/audit?entity=Document&entityId="
                + documentId);
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        assertThat(audit.body()).contains("document.uploaded").contains(sha256);
    }

    @Test
    void submissionReportsEveryViolatedRuleIncludingTheCallsMandatoryDocuments() throws Exception {
        Api applicant = applicant();
        long callId = DossierFixtures.demoCallId(applicant);
        long id = DossierFixtures.createDraft(applicant, callId, "Atelier Delta 7").getJsonNumber("id")
                .longValue();
        // Unbalance the plan: 1,000.00 of co-financing missing.
        JsonObject read = Api.json(applicant.get("api/v1/dossiers/" + id));
        String unbalanced = withVersion(DossierFixtures.balancedDraft(callId, "Atelier Delta 7")
                .replace("\"20000.00\"", "\"19000.00\""), read.getJsonNumber("version").longValue());
        assertThat(DossierFixtures.put(applicant, "api/v1/dossiers/" + id, unbalanced).statusCode()).isEqualTo(200);

        try (Connection db = Database.connect()) {
            execute(db, "INSERT INTO call_mandatory_document (call_id, kind) VALUES (?, 'BUDGET_DETAIL')", callId);
            try {
                HttpResponse<String> refused = applicant.postJson("api/v1/dossiers/" + id + "/submit", "");
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
                assertThat(Api.mediaType(refused)).isEqualTo(PROBLEM_JSON);
                assertThat(fields(Api.json(refused))).contains("financingPlan", "documents");
                assertThat(Api.json(applicant.get("api/v1/dossiers/" + id)).getString("status")).isEqualTo("DRAFT");

                JsonObject again = Api.json(applicant.get("api/v1/dossiers/" + id));
                assertThat(DossierFixtures.put(applicant, "api/v1/dossiers/" + id, withVersion(
                        DossierFixtures.balancedDraft(callId, "Atelier Delta 7"),
                        again.getJsonNumber("version").longValue())).statusCode()).isEqualTo(200);
                assertThat(DossierFixtures.upload(applicant, id, "BUDGET_DETAIL", "budget.pdf",
                        DossierFixtures.minimalPdf()).statusCode()).isEqualTo(201);

                HttpResponse<String> submitted = applicant.postJson("api/v1/dossiers/" + id + "/submit", "");
                assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
            } finally {
                execute(db, "DELETE FROM call_mandatory_document WHERE call_id = ? AND kind = 'BUDGET_DETAIL'",
                        callId);
            }
        }
    }

    @Test
    void deMinimisAidDeclaredByTheOrganisationCountsUnderADeMinimisCall() throws Exception {
        Api applicant = applicant();
        long callId = DossierFixtures.demoCallId(applicant);
        String lastYear = java.time.LocalDate.now().minusYears(1).toString();

        // Bad declarations are refused field by field and store nothing.
        int before = Api.json(applicant.get("api/v1/organisations/me/de-minimis")).getJsonArray("items").size();
        HttpResponse<String> bad = applicant.postJson("api/v1/organisations/me/de-minimis",
                "{\"grantedOn\":\"2999-01-01\",\"amount\":\"-5.00\",\"grantingBody\":\"\"}");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
        assertThat(fields(Api.json(bad))).contains("grantedOn", "amount", "grantingBody");
        assertThat(Api.json(applicant.get("api/v1/organisations/me/de-minimis")).getJsonArray("items")).hasSize(before);

        HttpResponse<String> declared = applicant.postJson("api/v1/organisations/me/de-minimis",
                "{\"grantedOn\":\"" + lastYear + "\",\"amount\":\"260000.00\",\"grantingBody\":\"Région démo\"}");
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
        assertThat(Api.json(declared).getString("amount")).isEqualTo("260000.00");

        long id = DossierFixtures.createDraft(applicant, callId, "De minimis").getJsonNumber("id").longValue();
        try (Connection db = Database.connect()) {
            execute(db, "UPDATE call_for_projects SET aid_regime = 'DE_MINIMIS' WHERE id = ?", callId);
            try {
                // 260,000.00 declared + 50,000.00 requested > 300,000.00 over three rolling years.
                HttpResponse<String> refused = applicant.postJson("api/v1/dossiers/" + id + "/submit", "");
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
                assertThat(fields(Api.json(refused))).contains("deMinimis");
                assertThat(Api.json(applicant.get("api/v1/dossiers/" + id)).getString("status")).isEqualTo("DRAFT");
            } finally {
                execute(db, "UPDATE call_for_projects SET aid_regime = 'GBER' WHERE id = ?", callId);
            }
        }
    }

    @Test
    void badDossierBodiesAreRefusedNamingTheFieldAndNothingIsStored() {
        Api applicant = applicant();
        long callId = DossierFixtures.demoCallId(applicant);
        String good = DossierFixtures.balancedDraft(callId, "Bad input");
        long before = DossierFixtures.total(applicant);

        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("budgetLines[0].amount", good.replace("\"60000.00\"", "\"-60000.00\""));
        cases.put("budgetLines[1].amount", good.replace("\"40000.00\"", "\"0.00\""));
        cases.put("cofinancing[1].amount", good.replace("\"20000.00\"", "\"20000.001\""));
        cases.put("requested.GRANT", good.replace("\"GRANT\": \"50000.00\"", "\"GRANT\": \"10000000000000.00\""));
        cases.put("budgetLines[0].category", good.replace("\"EQUIPMENT\"", "\"YACHT\""));
        cases.put("cofinancing[0].sourceType", good.replace("\"OWN_FUNDS\"", "\"CASINO\""));
        cases.put("requested.LOTTERY", good.replace("\"EQUITY\": \"0.00\"", "\"LOTTERY\": \"1.00\""));
        cases.put("endDate", good.replace("\"2028-12-31\"", "\"2026-06-30\""));
        cases.put("startDate", good.replace("\"2027-01-01\"", "\"01/01/2027\""));
        cases.put("title", good.replace("\"title\": \"Bad input\",", ""));
        cases.put("callId", good.replace("\"callId\": " + callId + ",", ""));
        cases.put("milestones[0].dueDate", good.replace("\"dueDate\": \"2027-06-30\"", "\"dueDate\": null"));
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> response = applicant.postJson("api/v1/dossiers", c.getValue());
            assertThat(response.statusCode()).as(c.getKey() + ": " + response.body()).isIn(400, 422);
            assertThat(Api.mediaType(response)).isEqualTo(PROBLEM_JSON);
            assertThat(fields(Api.json(response))).as(response.body()).contains(c.getKey());
        }

        HttpResponse<String> malformed = applicant.postJson("api/v1/dossiers", "{\"callId\": " + callId + ", \"title\":");
        assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);
        assertThat(Api.mediaType(malformed)).isEqualTo(PROBLEM_JSON);

        String tenMegabytes = "x".repeat(10 * 1024 * 1024);
        HttpResponse<String> huge = applicant.send(applicant.request("api/v1/dossiers")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        good.replace("\"Pilot electrolyser on the port\"", Api.quote(tenMegabytes))))
                .build());
        assertThat(huge.statusCode()).as(huge.body()).isIn(400, 413);
        assertThat(Api.mediaType(huge)).isEqualTo(PROBLEM_JSON);

        assertThat(DossierFixtures.total(applicant)).isEqualTo(before);
    }

    @Test
    void badUploadsAreRefusedAndNothingIsStored() {
        Api applicant = applicant();
        long id = DossierFixtures.createDraft(applicant, DossierFixtures.demoCallId(applicant), "Bad uploads")
                .getJsonNumber("id").longValue();

        HttpResponse<String> traversal = DossierFixtures.upload(applicant, id, "OTHER", "../../etc/passwd.pdf",
                DossierFixtures.minimalPdf());
        assertThat(traversal.statusCode()).as(traversal.body()).isEqualTo(422);
        assertThat(fields(Api.json(traversal))).contains("file");

        HttpResponse<String> nul = DossierFixtures.upload(applicant, id, "OTHER", "plan\u0000.pdf",
                DossierFixtures.minimalPdf());
        assertThat(nul.statusCode()).as(nul.body()).isIn(400, 422);

        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        executable[2] = (byte) 0x90;
        HttpResponse<String> renamed = DossierFixtures.upload(applicant, id, "OTHER", "invoice.pdf", executable);
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(415);
        byte[] elf = "\u007fELF\u0002\u0001\u0001".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(DossierFixtures.upload(applicant, id, "OTHER", "report.pdf", elf).statusCode()).isEqualTo(415);

        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(DossierFixtures.minimalPdf(), 0, tooLarge, 0, 8);
        HttpResponse<String> large = DossierFixtures.upload(applicant, id, "OTHER", "large.pdf", tooLarge);
        assertThat(large.statusCode()).as(large.body()).isEqualTo(413);
        assertThat(Api.mediaType(large)).isEqualTo(PROBLEM_JSON);

        HttpResponse<String> unknownKind = DossierFixtures.upload(applicant, id, "SELFIE", "a.pdf",
                DossierFixtures.minimalPdf());
        assertThat(unknownKind.statusCode()).as(unknownKind.body()).isEqualTo(422);
        assertThat(fields(Api.json(unknownKind))).contains("kind");

        assertThat(Api.json(applicant.get("api/v1/dossiers/" + id + "/documents")).getJsonArray("items")).isEmpty();
    }

    @Test
    void editNeedsAVersionAndAcceptsItAsIfMatch() {
        Api applicant = applicant();
        long callId = DossierFixtures.demoCallId(applicant);
        JsonObject draft = DossierFixtures.createDraft(applicant, callId, "Versions");
        long id = draft.getJsonNumber("id").longValue();

        HttpResponse<String> noVersion = DossierFixtures.put(applicant, "api/v1/dossiers/" + id,
                DossierFixtures.balancedDraft(callId, "No version"));
        assertThat(noVersion.statusCode()).as(noVersion.body()).isEqualTo(422);
        assertThat(fields(Api.json(noVersion))).contains("version");

        HttpResponse<String> viaIfMatch = applicant.send(applicant.request("api/v1/dossiers/" + id)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"" + draft.getJsonNumber("version").longValue() + "\"")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        DossierFixtures.balancedDraft(callId, "Via If-Match")))
                .build());
        assertThat(viaIfMatch.statusCode()).as(viaIfMatch.body()).isEqualTo(200);
        assertThat(Api.json(viaIfMatch).getString("title")).isEqualTo("Via If-Match");
    }

    private static String withVersion(String json, long version) {
        return json.replaceFirst("\\{", "{\"version\": " + version + ", ");
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field")).toList();
    }

    private static void execute(Connection db, String sql, long callId) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, callId);
            statement.executeUpdate();
        }
    }
}

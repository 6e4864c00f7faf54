package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.MoneyFixtures.APPLICANT2;
import static org.levier.web.it.MoneyFixtures.AUDITOR;
import static org.levier.web.it.MoneyFixtures.problemKey;
import static org.levier.web.it.MoneyFixtures.tranche;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The impact follow-up over the API against MariaDB: the agreement's signature schedules the progress reports
 * (half-yearly from the signature, a final report after the project's end, dates computed by hand), overdue flags,
 * a bad submission refused 422 with every violation and nothing stored, submission, return with a reason,
 * resubmission and acceptance, another organisation's dossier 404, reminders sent once, the audit events, and target
 * versus actual per indicator, action and axis computed by hand (a dossier without agreement does not count).
 */
@ExtendWith(PayaraServer.class)
class ImpactIT {

    @PayaraServer.Base
    URL base;

    /** Due dates of the schedule of an agreement signed on 2025-06-01 for a project ending on 2028-12-31. */
    private static final List<String> DUE = List.of("2025-12-30", "2026-06-30", "2026-12-30", "2027-06-30",
            "2027-12-30", "2028-06-30", "2028-12-30", "2029-03-01");

    @Test
    void fromTheSignatureToTargetVersusActual() throws Exception {
        MoneyFixtures.Actors who = MoneyFixtures.Actors.of(base);
        Api anonymous = Api.anonymous(base);
        Api applicant = who.applicant();
        Api analyst = who.analyst();
        Api director = who.director1();
        Api other = Api.bearer(base, DossierFixtures.token(anonymous, APPLICANT2));
        Api auditor = Api.bearer(base, DossierFixtures.token(anonymous, AUDITOR));
        long callId = DossierFixtures.demoCallId(applicant);

        // A dossier of action 11 (axis 3) with two targets, approved and signed on 2025-06-01.
        long id = MoneyFixtures.approvedDossier(who, draft(callId, "Impact: flue gas", "{\"indicator\":"
                + " \"CO2_AVOIDED\", \"target\": \"120\"}, {\"indicator\": \"JOBS_CREATED\", \"target\": \"8\"}"),
                "Impact: flue gas", "100000.00", "0.00", "0.00", List.of()).dossierId();
        // Another of the same action approved but never signed: its target of 500 must not count.
        long unsigned = MoneyFixtures.approvedDossier(who, draft(callId, "Impact: unsigned", "{\"indicator\":"
                + " \"CO2_AVOIDED\", \"target\": \"500\"}"), "Impact: unsigned", "50000.00", "0.00", "0.00",
                List.of()).dossierId();
        String reports = "api/v1/dossiers/" + id + "/progress-reports";
        assertThat(Api.json(applicant.get("api/v1/dossiers/" + unsigned + "/progress-reports"))
                .getJsonArray("items")).isEmpty();

        // Other IT classes of the run share the database: the programme's totals are compared with a baseline.
        JsonArray before = Api.json(ok(auditor.get("api/v1/programmes/TI-DK/impact?by=indicator"), 200))
                .getJsonArray("rows");
        java.util.Map<String, List<JsonObject>> baseline = new java.util.HashMap<>();
        for (String by : List.of("action", "axis")) {
            baseline.put(by, rowsOf(auditor, by));
        }
        String reference = Api.json(analyst.get("api/v1/dossiers/" + id)).getString("reference");

        MoneyFixtures.sign(director, id, "{\"signedOn\": \"2025-06-01\", \"tranches\": ["
                + tranche("GRANT", "100000.00", "2025-07-01", "Start") + "], \"conditions\": []}");

        // The schedule, by hand: 7 half-yearly reports from the signature, due 30 days after their period, and the
        // final report (2028-12-01..2028-12-31) due 60 days after the project's end.
        JsonArray items = Api.json(ok(applicant.get(reports), 200)).getJsonArray("items");
        assertThat(items).hasSize(8);
        assertThat(items.stream().map(i -> i.asJsonObject().getString("dueOn")).toList()).isEqualTo(DUE);
        JsonObject first = items.getJsonObject(0);
        assertThat(first.getString("periodFrom")).isEqualTo("2025-06-01");
        assertThat(first.getString("periodTo")).isEqualTo("2025-11-30");
        assertThat(first.getString("kind")).isEqualTo("INTERIM");
        assertThat(first.getString("status")).isEqualTo("DUE");
        JsonObject last = items.getJsonObject(7);
        assertThat(last.getString("kind")).isEqualTo("FINAL");
        assertThat(last.getString("periodFrom")).isEqualTo("2028-12-01");
        assertThat(last.getString("periodTo")).isEqualTo("2028-12-31");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        for (int k = 0; k < 8; k++) {
            assertThat(items.getJsonObject(k).getBoolean("overdue")).as("report " + (k + 1) + " overdue")
                    .isEqualTo(today.isAfter(LocalDate.parse(DUE.get(k))));
        }
        assertThat(first.getBoolean("overdue")).isTrue();
        long r1 = first.getJsonNumber("id").longValue();
        long r2 = items.getJsonObject(1).getJsonNumber("id").longValue();
        long r3 = items.getJsonObject(2).getJsonNumber("id").longValue();

        // Staff and auditors read them; another organisation does not see the dossier.
        assertThat(Api.json(ok(analyst.get(reports), 200)).getJsonArray("items")).hasSize(8);
        assertThat(Api.json(ok(auditor.get(reports), 200)).getJsonArray("items")).hasSize(8);
        assertThat(other.get(reports).statusCode()).isEqualTo(404);
        assertThat(other.postJson(reports + "/" + r1, good("1", "1", "1.00")).statusCode()).isEqualTo(404);

        // Reminders: each overdue report (and each due within 14 days) gets one e-mail, once.
        long expectedReminders = DUE.stream().map(LocalDate::parse)
                .filter(d -> today.isAfter(d) || !d.isAfter(today.plusDays(14))).count();
        assertThat(Api.json(ok(applicant.postJson("api/v1/impact/reminders/run", ""), 403))
                .getInt("status")).isEqualTo(403);
        // (the run counts every report of the database: other IT classes may have some due as well)
        assertThat(Api.json(ok(analyst.postJson("api/v1/impact/reminders/run", ""), 200)).getInt("sent"))
                .isGreaterThanOrEqualTo((int) expectedReminders);
        assertThat(count("SELECT COUNT(*) FROM progress_report WHERE dossier_id = ? AND (reminder_sent_at IS NOT NULL"
                + " OR overdue_reminded_at IS NOT NULL)", id)).isEqualTo(expectedReminders);
        assertThat(Api.json(ok(director.postJson("api/v1/impact/reminders/run", ""), 200)).getInt("sent"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND (subject LIKE ? OR subject LIKE ?)",
                MoneyFixtures.APPLICANT1, "%" + reference + "%rapport d'avancement n° 1 est en retard%",
                "%" + reference + "%progress report no. 1 is overdue%")).isEqualTo(1);

        // Bad input: every violation at once, nothing stored.
        HttpResponse<String> bad = applicant.postJson(reports + "/" + r1, "{\"narrative\": \"  \", \"actuals\":"
                + " {\"CO2_AVOIDED\": \"-1\", \"PM10_REDUCED\": \"3\"}, \"expenses\": \"12.345\"}");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
        assertThat(problemKey(bad)).isEqualTo("impact.report.invalid");
        assertThat(Api.json(bad).getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field")).toList())
                .containsExactly("narrative", "actuals.CO2_AVOIDED", "actuals.JOBS_CREATED", "actuals.PM10_REDUCED",
                        "expenses");
        assertThat(count("SELECT COUNT(*) FROM progress_report_value WHERE dossier_id = ?", id)).isZero();
        assertThat(count("SELECT COUNT(*) FROM progress_report WHERE dossier_id = ? AND status = 'DUE'", id))
                .isEqualTo(8);
        // Only the beneficiary submits; staff review.
        assertThat(analyst.postJson(reports + "/" + r1, good("1", "1", "1.00")).statusCode()).isEqualTo(403);

        // Report 1: submitted, then accepted by the analyst.
        JsonObject submitted = Api.json(ok(applicant.postJson(reports + "/" + r1, good("40.5", "3", "25000.00")),
                200));
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getBoolean("overdue")).isFalse();
        assertThat(submitted.getString("expenses")).isEqualTo("25000.00");
        assertThat(submitted.getJsonObject("actuals").getString("CO2_AVOIDED")).isEqualTo("40.5");
        assertThat(submitted.getString("submittedBy")).isEqualTo(MoneyFixtures.APPLICANT1);
        HttpResponse<String> again = applicant.postJson(reports + "/" + r1, good("41", "3", "1.00"));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(problemKey(again)).isEqualTo("impact.report.not-open");
        assertThat(applicant.postJson(reports + "/" + r1 + "/accept", "").statusCode()).isEqualTo(403);
        assertThat(Api.json(ok(analyst.postJson(reports + "/" + r1 + "/accept", ""), 200)).getString("status"))
                .isEqualTo("ACCEPTED");

        // Report 2: returned with a reason (none: 422), resubmitted, accepted by the director.
        ok(applicant.postJson(reports + "/" + r2, good("60", "5", "1000.00")), 200);
        HttpResponse<String> noReason = director.postJson(reports + "/" + r2 + "/return", "{\"reason\": \" \"}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        JsonObject returned = Api.json(ok(director.postJson(reports + "/" + r2 + "/return",
                "{\"reason\": \"Evidence of the jobs is missing\"}"), 200));
        assertThat(returned.getString("status")).isEqualTo("RETURNED");
        assertThat(returned.getString("returnReason")).isEqualTo("Evidence of the jobs is missing");
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND body LIKE ?",
                MoneyFixtures.APPLICANT1, "%Evidence of the jobs is missing%")).isEqualTo(1);
        JsonObject seenByApplicant = Api.json(applicant.get(reports)).getJsonArray("items").getJsonObject(1);
        assertThat(seenByApplicant.getString("status")).isEqualTo("RETURNED");
        assertThat(seenByApplicant.containsKey("reviewedBy")).as("the reviewer stays private").isFalse();
        ok(applicant.postJson(reports + "/" + r2, good("70", "6", "1500.00")), 200);
        ok(director.postJson(reports + "/" + r2 + "/accept", ""), 200);
        // Report 3: submitted, not reviewed: its values do not count yet.
        ok(applicant.postJson(reports + "/" + r3, good("999", "99", "0")), 200);

        // Target versus actual, by hand, on action 11 and its axis 3: CO2 target 120 (the unsigned 500 does not
        // count), actual 70 (report 2, the latest accepted; report 3 is only submitted), 70 / 120 = 0.5833; jobs
        // 6 / 8 = 0.7500. Other classes of the run (the demo portfolio) may have signed there too: their figures,
        // read before, are added to ours and the ratio recomputed from the sums.
        for (String by : List.of("action", "axis")) {
            List<JsonObject> rows = rowsOf(auditor, by);
            assertThat(rows).as(by).hasSize(2);
            JsonObject co2 = rows.get(0);
            assertThat(co2.getString("indicator")).isEqualTo("CO2_AVOIDED");
            assertThat(co2.getString("unit")).isEqualTo("t/year");
            assertThat(co2.getString("indicatorLabel")).isEqualTo("CO2 emissions avoided");
            expectRow(co2, baseline.get(by), "120", "70");
            JsonObject jobs = rows.get(1);
            assertThat(jobs.getString("indicator")).isEqualTo("JOBS_CREATED");
            expectRow(jobs, baseline.get(by), "8", "6");
        }
        JsonArray after = Api.json(ok(auditor.get("api/v1/programmes/TI-DK/impact?by=indicator"), 200))
                .getJsonArray("rows");
        assertThat(sum(after, "CO2_AVOIDED", "target").subtract(sum(before, "CO2_AVOIDED", "target")))
                .isEqualByComparingTo("120");
        assertThat(sum(after, "CO2_AVOIDED", "actual").subtract(sum(before, "CO2_AVOIDED", "actual")))
                .isEqualByComparingTo("70");
        assertThat(sum(after, "JOBS_CREATED", "target").subtract(sum(before, "JOBS_CREATED", "target")))
                .isEqualByComparingTo("8");
        assertThat(sum(after, "JOBS_CREATED", "actual").subtract(sum(before, "JOBS_CREATED", "actual")))
                .isEqualByComparingTo("6");
        assertThat(applicant.get("api/v1/programmes/TI-DK/impact").statusCode()).isEqualTo(403);
        HttpResponse<String> badBy = auditor.get("api/v1/programmes/TI-DK/impact?by=organisation");
        assertThat(badBy.statusCode()).isEqualTo(422);
        assertThat(Api.json(ok(applicant.get("api/v1/impact/indicators?lang=fr"), 200)).getJsonArray("items"))
                .hasSize(8);

        // The impact report shows the same figures: PDF (58.3 % = 70 / 120, 75.0 % = 6 / 8) and XLSX, for auditors.
        HttpResponse<byte[]> pdf = DossierFixtures.download(auditor, "api/v1/reports/impact?programme=TI-DK&lang=en");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document)
                    .replaceAll("[\\s\\u00A0\\u202F]+", " ");
        }
        assertThat(text).contains("Impact: targets and results", "CO2 emissions avoided t/year", "Axis 3");
        if (sum(before, "CO2_AVOIDED", "target").signum() == 0 && sum(before, "JOBS_CREATED", "target").signum() == 0) {
            // alone in the programme: the programme's rows are ours
            assertThat(text).contains("CO2 emissions avoided t/year 120 70 58.3 %", "Jobs created jobs 8 6 75.0 %");
        }
        HttpResponse<byte[]> xlsx = DossierFixtures.download(director, "api/v1/reports/impact?programme=TI-DK"
                + "&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(DossierFixtures.download(applicant, "api/v1/reports/impact?programme=TI-DK").statusCode())
                .isEqualTo(403);

        // Every state change is in the audit trail.
        String actions = Api.json(ok(auditor.get("api/v1/audit?entity=ProgressReport&size=200"), 200))
                .getJsonArray("items").stream().map(e -> e.asJsonObject().getString("action"))
                .collect(Collectors.joining(","));
        assertThat(actions).contains("impact.reports.scheduled", "impact.report.overdue-reminded",
                "impact.report.submitted", "impact.report.accepted", "impact.report.returned");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'impact.report.submitted'"
                + " AND entity_id IN (?, ?, ?)", String.valueOf(r1), String.valueOf(r2), String.valueOf(r3)))
                .isEqualTo(4);
    }

    /** The impact rows of action 11 ({@code by=action}) or axis 3 ({@code by=axis}), in English. */
    private static List<JsonObject> rowsOf(Api auditor, String by) {
        JsonObject figures = Api.json(ok(auditor.get("api/v1/programmes/TI-DK/impact?by=" + by + "&lang=en"), 200));
        assertThat(figures.getString("by")).isEqualTo(by);
        String key = by.equals("action") ? "11" : "3";
        return figures.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> key.equals(r.getString("key", null))).toList();
    }

    /** {@code row} holds the baseline's figures for its indicator plus ours, and the ratio of the sums. */
    private static void expectRow(JsonObject row, List<JsonObject> baseline, String target, String actual) {
        String indicator = row.getString("indicator");
        JsonObject base = baseline.stream().filter(b -> indicator.equals(b.getString("indicator"))).findFirst()
                .orElse(null);
        BigDecimal expectedTarget = new BigDecimal(target).add(base == null ? BigDecimal.ZERO
                : new BigDecimal(base.getString("target")));
        BigDecimal expectedActual = new BigDecimal(actual).add(base == null ? BigDecimal.ZERO
                : new BigDecimal(base.getString("actual")));
        assertThat(new BigDecimal(row.getString("target"))).as(indicator + " target").isEqualByComparingTo(expectedTarget);
        assertThat(new BigDecimal(row.getString("actual"))).as(indicator + " actual").isEqualByComparingTo(expectedActual);
        assertThat(row.getString("ratio")).as(indicator + " ratio")
                .isEqualTo(expectedActual.divide(expectedTarget, 4, java.math.RoundingMode.HALF_EVEN).toPlainString());
        assertThat(row.getInt("dossiers")).isEqualTo(1 + (base == null ? 0 : base.getInt("dossiers")));
        assertThat(row.getInt("reporting")).isEqualTo(1 + (base == null ? 0 : base.getInt("reporting")));
    }

    /** The value of one indicator's row (0 when the programme has no such row). */
    private static BigDecimal sum(JsonArray rows, String indicator, String member) {
        return rows.stream().map(JsonValue::asJsonObject).filter(r -> indicator.equals(r.getString("indicator")))
                .map(r -> new BigDecimal(r.getString(member))).findFirst().orElse(BigDecimal.ZERO);
    }

    private static String good(String co2, String jobs, String expenses) {
        return "{\"narrative\": \"Works progressing as planned.\", \"actuals\": {\"CO2_AVOIDED\": \"" + co2
                + "\", \"JOBS_CREATED\": \"" + jobs + "\"}, \"expenses\": \"" + expenses + "\"}";
    }

    /** A balanced draft of action 11 with the given targets (the fund pays a quarter of the cost). */
    private static String draft(long callId, String title, String targets) {
        String body = MoneyFixtures.draft(callId, 11, title, "100000.00", "0.00", "0.00");
        if (title.contains("unsigned")) {
            body = MoneyFixtures.draft(callId, 11, title, "50000.00", "0.00", "0.00");
        }
        return body.replace("\"impactTargets\": [{\"indicator\": \"CO2_AVOIDED\", \"target\": \"10\"}]",
                "\"impactTargets\": [" + targets + "]");
    }

    private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": "
                + response.body()).isEqualTo(status);
        return response;
    }

    private static long count(String sql, Object... parameters) throws Exception {
        BigDecimal value = MoneyFixtures.decimal(sql, parameters);
        return value.longValue();
    }
}

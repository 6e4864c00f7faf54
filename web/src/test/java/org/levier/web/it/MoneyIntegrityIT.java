package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.MoneyFixtures.id;
import static org.levier.web.it.MoneyFixtures.problemKey;
import static org.levier.web.it.MoneyFixtures.tranche;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Money integrity (issue 12) over the API against MariaDB: dates are facts (each refusal a 422 naming the field and
 * its bound, nothing stored), conditions met with evidence and withdrawn only while no money depends on them, one
 * bank reference per payment across the fund (also when two payments race for it), the dossier and the tranche on
 * every disbursement answer and in the approval queue, cancelling with a reason, a repayment schedule rebuilt when a
 * further advance is paid, repayment reversals, and equity that follows the money paid up to the programme's
 * TVPI/DPI/IRR.
 */
@ExtendWith(PayaraServer.class)
class MoneyIntegrityIT {

    @PayaraServer.Base
    URL base;

    private MoneyFixtures.Actors who;
    private Api analyst;
    private Api director1;
    private Api director2;
    private String today;
    private String tomorrow;

    @BeforeEach
    void tokens() {
        who = MoneyFixtures.Actors.of(base);
        analyst = who.analyst();
        director1 = who.director1();
        director2 = who.director2();
        today = MoneyFixtures.today();
        tomorrow = LocalDate.parse(today).plusDays(1).toString();
    }

    @Test
    void datesAreFactsAndConditionsNeedTheirEvidence() throws Exception {
        MoneyFixtures.Approved approved = MoneyFixtures.approvedDossier(who, 5, "Integrity: dates "
                + System.nanoTime(), "50000.00", "0.00", "0.00", List.of("Bank guarantee"));
        long id = approved.dossierId();
        String path = "api/v1/dossiers/" + id + "/agreement";
        String tranches = tranche("GRANT", "50000.00", "2027-03-01", "Start");

        // A signature in the future, or an impossible planned date: 422 naming each field, nothing stored.
        HttpResponse<String> future = director1.postJson(path, MoneyFixtures.agreementBody(
                tranche("GRANT", "50000.00", "0999-12-31", "Start"), "").replace("2026-12-01", tomorrow));
        assertThat(future.statusCode()).as(future.body()).isEqualTo(422);
        assertThat(problemKey(future)).isEqualTo("agreement.date.invalid");
        assertThat(future.body()).contains("signedOn", "not after today (" + today + ")", "tranches[0].plannedOn",
                "impossible date");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM agreement WHERE dossier_id = ?", id))
                .isEqualByComparingTo("0");
        JsonObject agreement = MoneyFixtures.sign(director1, id, MoneyFixtures.agreementBody(tranches, "")
                .replace("2026-12-01", today));
        long condition = agreement.getJsonArray("conditions").getJsonObject(0).getJsonNumber("id").longValue();
        String met = path + "/conditions/" + condition + "/met";

        // A condition met: on a day not after today, with a document of the dossier. (Dates of more than 4 year
        // digits are not yyyy-MM-dd: refused as malformed, naming the field, under the endpoint's key.)
        for (String refused : List.of(tomorrow, "0000-01-01", "-999999999-01-01", "+10000-01-01")) {
            HttpResponse<String> answer = analyst.postJson(met, "{\"metOn\": \"" + refused
                    + "\", \"evidenceDocumentId\": " + approved.evidenceId() + "}");
            assertThat(answer.statusCode()).as(refused + ": " + answer.body()).isEqualTo(422);
            assertThat(problemKey(answer)).isEqualTo("agreement.condition.invalid");
            assertThat(answer.body()).contains("metOn");
        }
        HttpResponse<String> noEvidence = analyst.postJson(met, "{\"metOn\": \"" + today + "\"}");
        assertThat(noEvidence.statusCode()).as(noEvidence.body()).isEqualTo(422);
        assertThat(noEvidence.body()).contains("evidenceDocumentId");
        MoneyFixtures.Approved other = MoneyFixtures.approvedDossier(who, 5, "Integrity: other "
                + System.nanoTime(), "10000.00", "0.00", "0.00", List.of());
        HttpResponse<String> foreignEvidence = analyst.postJson(met, "{\"metOn\": \"" + today
                + "\", \"evidenceDocumentId\": " + other.evidenceId() + "}");
        assertThat(foreignEvidence.statusCode()).as(foreignEvidence.body()).isEqualTo(422);
        assertThat(problemKey(foreignEvidence)).isEqualTo("agreement.condition.evidence-unknown");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM agreement_condition WHERE id = ? AND met = TRUE",
                condition)).isEqualByComparingTo("0");
        HttpResponse<String> done = analyst.postJson(met, "{\"metOn\": \"" + today + "\", \"evidenceDocumentId\": "
                + approved.evidenceId() + "}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(Api.json(done).getJsonArray("conditions").getJsonObject(0).getJsonNumber("evidenceDocumentId")
                .longValue()).isEqualTo(approved.evidenceId());

        // Withdrawn with a reason while no money depends on it; met again; then money depends on it.
        String withdrawal = path + "/conditions/" + condition + "/withdrawal";
        assertThat(analyst.postJson(withdrawal, "{\"reason\": \" \"}").statusCode()).isEqualTo(422);
        HttpResponse<String> withdrawn = analyst.postJson(withdrawal, "{\"reason\": \"Guarantee letter unsigned\"}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(Api.json(withdrawn).getBoolean("conditionsMet")).isFalse();
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM audit_event WHERE action ="
                + " 'agreement.condition.withdrawn' AND entity_id = ?", String.valueOf(agreement.getJsonNumber("id")
                .longValue()))).isEqualByComparingTo("1");
        MoneyFixtures.meetAllConditions(analyst, id);
        long disbursement = id(MoneyFixtures.requestDisbursement(analyst, id, MoneyFixtures.trancheId(agreement, 0),
                "10000.00", null, null));
        HttpResponse<String> depends = analyst.postJson(withdrawal, "{\"reason\": \"Too late\"}");
        assertThat(depends.statusCode()).as(depends.body()).isEqualTo(422);
        assertThat(problemKey(depends)).isEqualTo("agreement.condition.money-depends");

        // A value date: not after today, not before the approval (today), never impossible; nothing stored.
        assertThat(MoneyFixtures.approve(director1, disbursement).statusCode()).isEqualTo(200);
        String payPath = "api/v1/disbursements/" + disbursement + "/pay";
        for (String refused : List.of(tomorrow, LocalDate.parse(today).minusDays(1).toString(), "0000-01-01",
                "-999999999-01-01")) {
            HttpResponse<String> answer = director1.postJson(payPath, "{\"valueDate\": \"" + refused
                    + "\", \"bankReference\": \"VIR-DATE-" + disbursement + "\"}");
            assertThat(answer.statusCode()).as(refused + ": " + answer.body()).isEqualTo(422);
            assertThat(problemKey(answer)).isIn("disbursement.value-date.invalid", "disbursement.invalid");
            assertThat(answer.body()).contains("valueDate");
        }
        HttpResponse<String> beforeApproval = director1.postJson(payPath, "{\"valueDate\": \""
                + LocalDate.parse(today).minusDays(1) + "\", \"bankReference\": \"VIR-X\"}");
        assertThat(beforeApproval.body()).contains("not before the approval of the disbursement (" + today + ")");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM disbursement WHERE id = ? AND status = 'APPROVED'"
                + " AND paid_on IS NULL AND bank_reference IS NULL", disbursement)).isEqualByComparingTo("1");
    }

    @Test
    void aBankReferenceIsUsedOnceAcrossTheFundEvenUnderARace() throws Exception {
        long a = MoneyFixtures.approvedDossier(who, 6, "Integrity: reference A " + System.nanoTime(), "30000.00",
                "0.00", "0.00", List.of()).dossierId();
        long b = MoneyFixtures.approvedDossier(who, 7, "Integrity: reference B " + System.nanoTime(), "30000.00",
                "0.00", "0.00", List.of()).dossierId();
        long[] onA = approvedDisbursements(a, 2);
        long[] onB = approvedDisbursements(b, 1);
        String reference = "VIR-UNIQ-" + System.nanoTime();
        assertThat(payWith(onA[0], reference).statusCode()).isEqualTo(200);
        HttpResponse<String> reused = payWith(onB[0], " " + reference + " ");
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
        assertThat(problemKey(reused)).isEqualTo("disbursement.bank-reference-used");
        assertThat(reused.body()).contains("bankReference");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM disbursement WHERE id = ? AND status = 'APPROVED'",
                onB[0])).isEqualByComparingTo("1");

        // Two payments of two agreements (two locks) race for one new reference: exactly one wins.
        String raced = "VIR-RACE-" + System.nanoTime();
        List<HttpResponse<String>> answers = Race.of(List.of(() -> payWith(onA[1], raced),
                () -> payWith(onB[0], raced)));
        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 422);
        HttpResponse<String> loser = answers.stream().filter(r -> r.statusCode() == 422).findFirst().orElseThrow();
        assertThat(problemKey(loser)).isEqualTo("disbursement.bank-reference-used");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM disbursement WHERE bank_reference = ?", raced))
                .isEqualByComparingTo("1");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM disbursement WHERE id IN (?, ?) AND status = 'PAID'",
                onA[1], onB[0])).isEqualByComparingTo("1");
    }

    @Test
    void theQueueNamesTheDossierAndTheTrancheAndCancellingNeedsAReason() throws Exception {
        MoneyFixtures.Approved approved = MoneyFixtures.approvedDossier(who, 8, "Integrity: queue "
                + System.nanoTime(), "20000.00", "0.00", "0.00", List.of());
        long id = approved.dossierId();
        JsonObject agreement = MoneyFixtures.sign(director1, id, MoneyFixtures.agreementBody(
                tranche("GRANT", "20000.00", "2027-03-01", "Kick-off"), ""));
        String reference = Api.json(analyst.get("api/v1/dossiers/" + id)).getString("reference");
        HttpResponse<String> requested = MoneyFixtures.requestDisbursement(analyst, id,
                MoneyFixtures.trancheId(agreement, 0), "4000.00", null, null);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        JsonObject answer = Api.json(requested);
        assertThat(answer.getJsonNumber("dossierId").longValue()).isEqualTo(id);
        assertThat(answer.getString("dossierReference")).isEqualTo(reference);
        assertThat(answer.getJsonObject("tranche").getString("milestone")).isEqualTo("Kick-off");
        assertThat(answer.getJsonObject("tranche").getString("amount")).isEqualTo("20000.00");
        assertThat(answer.getJsonObject("tranche").getString("remaining")).isEqualTo("16000.00");
        long disbursement = answer.getJsonNumber("id").longValue();

        JsonObject queue = Api.json(director1.get("api/v1/disbursements?status=PENDING&size=500"));
        JsonObject line = queue.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(i -> i.getJsonNumber("id").longValue() == disbursement).findFirst().orElseThrow();
        assertThat(line.getJsonNumber("dossierId").longValue()).isEqualTo(id);
        assertThat(line.getString("dossierReference")).isEqualTo(reference);
        assertThat(line.getJsonObject("tranche").getJsonNumber("id").longValue())
                .isEqualTo(MoneyFixtures.trancheId(agreement, 0));
        assertThat(queue.getJsonArray("items").stream().map(JsonObject.class::cast)
                .allMatch(i -> !i.isNull("dossierId"))).as("every line of the queue names its dossier").isTrue();
        JsonObject approvedAnswer = Api.json(MoneyFixtures.approve(director2, disbursement));
        assertThat(approvedAnswer.getJsonNumber("dossierId").longValue()).isEqualTo(id);

        HttpResponse<String> noReason = director1.postJson("api/v1/disbursements/" + disbursement + "/cancel", "{}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(422);
        assertThat(problemKey(noReason)).isEqualTo("disbursement.cancel.reason-required");
        assertThat(director1.postJson("api/v1/disbursements/" + disbursement + "/cancel", "").statusCode())
                .isEqualTo(422);
        HttpResponse<String> cancelled = MoneyFixtures.cancel(director1, disbursement, "Wrong tranche");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(Api.json(cancelled).getString("cancelReason")).isEqualTo("Wrong tranche");
        assertThat(Api.json(cancelled).getJsonObject("tranche").getString("remaining")).isEqualTo("20000.00");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM audit_event WHERE action = 'disbursement.cancelled'"
                + " AND entity_id = ? AND changes LIKE '%Wrong tranche%'", String.valueOf(disbursement)))
                .isEqualByComparingTo("1");
    }

    @Test
    void theScheduleFollowsTheAdvancePaidAndRepaymentsAreReversedNotDeleted() throws Exception {
        long id = MoneyFixtures.approvedDossier(who, 9, "Integrity: advance " + System.nanoTime(), "0.00",
                "50000.00", "0.00", List.of()).dossierId();
        JsonObject agreement = MoneyFixtures.sign(director1, id, MoneyFixtures.agreementBody(
                tranche("REPAYABLE_ADVANCE", "30000.00", "2027-03-01", "Start") + ","
                        + tranche("REPAYABLE_ADVANCE", "20000.00", "2027-09-01", "Second"), ""));
        payOn(id, MoneyFixtures.trancheId(agreement, 0), "30000.00");
        String path = "api/v1/dossiers/" + id + "/repayment-schedule";
        HttpResponse<String> generated = director1.postJson(path,
                "{\"firstDueOn\": \"2029-03-31\", \"instalments\": 3, \"frequency\": \"QUARTERLY\"}");
        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(201);
        assertThat(amounts(Api.json(generated))).containsExactly("10000.00", "10000.00", "10000.00");

        // Dates received and decided are facts.
        HttpResponse<String> futureRepayment = analyst.postJson(path + "/repayments", "{\"receivedOn\": \""
                + tomorrow + "\", \"amount\": \"10000.00\"}");
        assertThat(futureRepayment.statusCode()).as(futureRepayment.body()).isEqualTo(422);
        assertThat(futureRepayment.body()).contains("receivedOn", "not after today");
        HttpResponse<String> futureWriteOff = director1.postJson(path + "/write-offs", "{\"kind\": \"PARTIAL\","
                + " \"amount\": \"1.00\", \"decidedOn\": \"" + tomorrow + "\", \"decisionReference\": \"CE-1\"}");
        assertThat(futureWriteOff.statusCode()).as(futureWriteOff.body()).isEqualTo(422);
        assertThat(futureWriteOff.body()).contains("decidedOn");
        assertThat(Api.json(analyst.get(path)).getString("outstanding")).isEqualTo("30000.00");

        HttpResponse<String> repaid = analyst.postJson(path + "/repayments", "{\"receivedOn\": \"" + today
                + "\", \"amount\": \"10000.00\", \"reference\": \"RBT-" + id + "\"}");
        assertThat(repaid.statusCode()).as(repaid.body()).isEqualTo(201);

        // A further advance paid: the repaid instalment kept, the rest re-spread.
        payOn(id, MoneyFixtures.trancheId(agreement, 1), "20000.00");
        JsonObject rebuilt = Api.json(analyst.get(path));
        assertThat(rebuilt.getString("basis")).isEqualTo("50000.00");
        assertThat(rebuilt.getInt("rebuilt")).isEqualTo(1);
        assertThat(amounts(rebuilt)).containsExactly("10000.00", "20000.00", "20000.00");
        assertThat(rebuilt.getString("outstanding")).isEqualTo("40000.00");

        // The repayment reversed with a reason: kept, marked, no longer repaid.
        long repayment = rebuilt.getJsonArray("repayments").getJsonObject(0).getJsonNumber("id").longValue();
        String reversal = path + "/repayments/" + repayment + "/reversal";
        assertThat(director1.postJson(reversal, "{}").statusCode()).isEqualTo(422);
        assertThat(analyst.postJson(reversal, "{\"reason\": \"x\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> reversed = director1.postJson(reversal, "{\"reason\": \"Transfer returned\"}");
        assertThat(reversed.statusCode()).as(reversed.body()).isEqualTo(201);
        JsonObject after = Api.json(reversed);
        assertThat(after.getString("repaid")).isEqualTo("0.00");
        assertThat(after.getString("outstanding")).isEqualTo("50000.00");
        assertThat(after.getJsonArray("repayments").getJsonObject(0).getBoolean("reversed")).isTrue();
        assertThat(after.getJsonArray("repayments").getJsonObject(0).getString("reversalReason"))
                .isEqualTo("Transfer returned");
        assertThat(director1.postJson(reversal, "{\"reason\": \"again\"}").statusCode()).isEqualTo(422);
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM repayment WHERE id = ?", repayment))
                .isEqualByComparingTo("1");
        assertThat(after.getJsonObject("ageing").getString("over90")).isEqualTo("0.00");

        // Late instalments of the programme, aged: test data of the past (the first two instalments due 100 and 45
        // days ago), moved in the database as the API rightly refuses past due dates.
        long schedule = after.getJsonNumber("id").longValue();
        LocalDate day = LocalDate.parse(today);
        MoneyFixtures.execute("UPDATE repayment_instalment SET due_on = ? WHERE schedule_id = ? AND number = 1",
                java.sql.Date.valueOf(day.minusDays(100)), schedule);
        MoneyFixtures.execute("UPDATE repayment_instalment SET due_on = ? WHERE schedule_id = ? AND number = 2",
                java.sql.Date.valueOf(day.minusDays(45)), schedule);
        String latePath = "api/v1/programmes/TI-DK/late-repayments";
        assertThat(who.applicant().get(latePath).statusCode()).isEqualTo(403);
        assertThat(analyst.get("api/v1/programmes/NOPE-" + System.nanoTime() + "/late-repayments").statusCode())
                .isEqualTo(404);
        HttpResponse<String> lateAnswer = analyst.get(latePath);
        assertThat(lateAnswer.statusCode()).as(lateAnswer.body()).isEqualTo(200);
        JsonObject late = Api.json(lateAnswer);
        assertThat(late.getString("asOf")).isEqualTo(today);
        List<JsonObject> ours = late.getJsonArray("instalments").stream().map(JsonObject.class::cast)
                .filter(i -> i.getJsonNumber("dossierId").longValue() == id).toList();
        assertThat(ours).extracting(i -> i.getInt("number") + " " + i.getString("owed") + " "
                + i.getJsonNumber("daysLate").longValue() + " " + i.getString("ageing"))
                .containsExactly("1 10000.00 100 90+", "2 20000.00 45 31-60");
        assertThat(new BigDecimal(late.getJsonObject("ageing").getString("over90")))
                .isGreaterThanOrEqualTo(new BigDecimal("10000.00"));
        assertThat(new BigDecimal(late.getJsonObject("ageing").getString("from31To60")))
                .isGreaterThanOrEqualTo(new BigDecimal("20000.00"));
        BigDecimal buckets = late.getJsonObject("ageing").values().stream()
                .map(v -> new BigDecimal(((jakarta.json.JsonString) v).getString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(buckets).isEqualByComparingTo(new BigDecimal(late.getString("owed")));
        // A repayment of 15,000.00 goes to the oldest instalment first: the 90+ one is settled.
        assertThat(analyst.postJson(path + "/repayments", "{\"receivedOn\": \"" + today
                + "\", \"amount\": \"15000.00\", \"reference\": \"RBT-LATE-" + id + "\"}").statusCode())
                .isEqualTo(201);
        List<String> settled = Api.json(analyst.get(latePath)).getJsonArray("instalments").stream()
                .map(JsonObject.class::cast).filter(i -> i.getJsonNumber("dossierId").longValue() == id)
                .map(i -> i.getInt("number") + " " + i.getString("owed") + " " + i.getString("ageing")).toList();
        assertThat(settled).containsExactly("2 15000.00 31-60");
    }

    @Test
    void equityFollowsTheMoneyPaidUpToTheProgrammesFigures() throws Exception {
        long id = MoneyFixtures.approvedDossier(who, 10, "Integrity: equity " + System.nanoTime(), "0.00", "0.00",
                "30000.00", List.of()).dossierId();
        JsonObject agreement = MoneyFixtures.sign(director1, id, MoneyFixtures.agreementBody(
                tranche("EQUITY", "20000.00", "2027-03-01", "Round A") + ","
                        + tranche("EQUITY", "10000.00", "2027-09-01", "Round B"), ""));
        JsonObject before = Api.json(analyst.get("api/v1/programmes/TI-DK/equity"));
        String path = "api/v1/dossiers/" + id + "/equity";
        String terms = "{\"shares\": 2000, \"pricePerShare\": \"10\", \"ownershipPercentage\": \"4\"}";
        HttpResponse<String> nothing = director1.postJson(path, terms);
        assertThat(nothing.statusCode()).as(nothing.body()).isEqualTo(422);
        assertThat(problemKey(nothing)).isEqualTo("equity.nothing-paid");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM equity_stake WHERE agreement_id = ?",
                agreement.getJsonNumber("id").longValue())).isEqualByComparingTo("0");

        payOn(id, MoneyFixtures.trancheId(agreement, 0), "20000.00");
        HttpResponse<String> recorded = director1.postJson(path, terms);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(Api.json(recorded).getString("invested")).isEqualTo("20000.00");
        assertThat(Api.json(recorded).getString("investedOn")).isEqualTo(today);
        payOn(id, MoneyFixtures.trancheId(agreement, 1), "10000.00");
        assertThat(Api.json(analyst.get(path)).getString("invested")).isEqualTo("30000.00");

        // Valuations and exits are facts.
        HttpResponse<String> futureValue = analyst.postJson(path + "/valuations", "{\"valuedOn\": \"" + tomorrow
                + "\", \"value\": \"1.00\", \"method\": \"COST\"}");
        assertThat(futureValue.statusCode()).as(futureValue.body()).isEqualTo(422);
        assertThat(futureValue.body()).contains("valuedOn", "not after today");
        HttpResponse<String> futureExit = director1.postJson(path + "/exit", "{\"exitedOn\": \"" + tomorrow
                + "\", \"sharesSold\": 1, \"proceeds\": \"1.00\"}");
        assertThat(futureExit.statusCode()).as(futureExit.body()).isEqualTo(422);
        assertThat(futureExit.body()).contains("exitedOn");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM equity_valuation v JOIN equity_stake s"
                + " ON s.id = v.stake_id WHERE s.agreement_id = ?", agreement.getJsonNumber("id").longValue()))
                .isEqualByComparingTo("0");

        // The programme's figures: this agreement adds 30,000 paid-in at cost (never valued, nothing sold).
        JsonObject after = Api.json(analyst.get("api/v1/programmes/TI-DK/equity"));
        assertThat(new BigDecimal(after.getString("paidIn")).subtract(new BigDecimal(before.getString("paidIn"))))
                .isEqualByComparingTo("30000.00");
        JsonObject line = after.getJsonArray("stakes").stream().map(JsonObject.class::cast)
                .filter(l -> l.getJsonNumber("dossierId").longValue() == id).findFirst().orElseThrow();
        assertThat(line.getString("paidIn")).isEqualTo("30000.00");
        assertThat(line.getString("residualValue")).isEqualTo("30000.00");
        assertThat(line.getString("distributed")).isEqualTo("0.00");
        assertThat(line.getString("tvpi")).isEqualTo("1.0000");
        assertThat(line.getBoolean("stakeRecorded")).isTrue();
        BigDecimal paidIn = new BigDecimal(after.getString("paidIn"));
        BigDecimal expectedTvpi = new BigDecimal(after.getString("distributed"))
                .add(new BigDecimal(after.getString("residualValue")))
                .divide(paidIn, 4, java.math.RoundingMode.HALF_EVEN);
        assertThat(new BigDecimal(after.getString("tvpi"))).isEqualByComparingTo(expectedTvpi);
        assertThat(new BigDecimal(after.getString("dpi"))).isEqualByComparingTo(new BigDecimal(
                after.getString("distributed")).divide(paidIn, 4, java.math.RoundingMode.HALF_EVEN));
        assertThat(Api.demo(base, MoneyFixtures.APPLICANT1).get("api/v1/programmes/TI-DK/equity").statusCode())
                .isEqualTo(403);
    }

    // --- helpers ---

    /** {@code count} approved disbursements of 1,000.00 on a signed agreement (30,000.00) of the dossier. */
    private long[] approvedDisbursements(long dossierId, int count) {
        JsonObject agreement = MoneyFixtures.sign(director1, dossierId, MoneyFixtures.agreementBody(
                tranche("GRANT", "30000.00", "2027-03-01", "Start"), ""));
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            HttpResponse<String> requested = MoneyFixtures.requestDisbursement(analyst, dossierId,
                    MoneyFixtures.trancheId(agreement, 0), "1000.00", null, null);
            assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
            ids[i] = id(requested);
            assertThat(MoneyFixtures.approve(director1, ids[i]).statusCode()).isEqualTo(200);
        }
        return ids;
    }

    private HttpResponse<String> payWith(long disbursementId, String reference) {
        MoneyFixtures.verifiedAccountFor(disbursementId);
        return director2.postJson("api/v1/disbursements/" + disbursementId + "/pay", "{\"valueDate\": \"" + today
                + "\", \"bankReference\": " + Api.quote(reference) + "}");
    }

    /** Requests, approves and pays {@code amount} on the tranche today. */
    private void payOn(long dossierId, long trancheId, String amount) {
        HttpResponse<String> requested = MoneyFixtures.requestDisbursement(analyst, dossierId, trancheId, amount,
                null, null);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        long disbursement = id(requested);
        assertThat(MoneyFixtures.approve(director1, disbursement).statusCode()).isEqualTo(200);
        HttpResponse<String> paid = MoneyFixtures.pay(director2, disbursement, today);
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
    }

    private static List<String> amounts(JsonObject schedule) {
        return schedule.getJsonArray("instalments").stream().map(i -> i.asJsonObject().getString("amount"))
                .toList();
    }

}

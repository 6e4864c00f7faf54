package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.MoneyFixtures.APPLICANT1;
import static org.levier.web.it.MoneyFixtures.DIRECTOR1;
import static org.levier.web.it.MoneyFixtures.DIRECTOR2;
import static org.levier.web.it.MoneyFixtures.id;
import static org.levier.web.it.MoneyFixtures.problemKey;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The money invariants of DOMAIN.md raced over HTTP against MariaDB: concurrent requests on one tranche never
 * engage more than it holds, to the cent; an approval and a cancellation, or two approvals, of one request: exactly
 * one wins; an amendment lowering the commitment and concurrent payments and requests never leave the commitment
 * below what is engaged; ten repeats of one Idempotency-Key create one disbursement. Each test works on dossiers of
 * its own, so the tests hold in any order and on any run. Bearer tokens: no password hashing per call.
 */
@ExtendWith(PayaraServer.class)
class DisbursementRaceIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @PayaraServer.Base
    URL base;

    private MoneyFixtures.Actors who;
    private Api applicant;
    private Api analyst;
    private Api director1;
    private Api director2;

    @BeforeEach
    void tokens() {
        who = MoneyFixtures.Actors.of(base);
        applicant = who.applicant();
        analyst = who.analyst();
        director1 = who.director1();
        director2 = who.director2();
    }

    @Test
    void hundredConcurrentRequestsOnOneTrancheNeverExceedIt() throws Exception {
        Signed signed = signedGrant("Race: one hundred requests", "100000.00");
        int requests = 100;
        String amount = "1234.56";
        int fitting = new BigDecimal("100000.00").divideToIntegralValue(new BigDecimal(amount)).intValueExact();

        List<HttpResponse<String>> answers = Race.of(java.util.Collections.nCopies(requests, () ->
                MoneyFixtures.requestDisbursement(analyst, signed.dossierId, signed.trancheId, amount, null, null)));

        List<HttpResponse<String>> created = answers.stream().filter(r -> r.statusCode() == 201).toList();
        List<HttpResponse<String>> refused = answers.stream().filter(r -> r.statusCode() != 201).toList();
        assertThat(created).hasSize(fitting);
        assertThat(refused).hasSize(requests - fitting).allSatisfy(r -> {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
            assertThat(Api.mediaType(r)).isEqualTo(PROBLEM_JSON);
            assertThat(problemKey(r)).isEqualTo("disbursement.exceeds-remaining");
        });
        assertThat(created.stream().map(MoneyFixtures::id).distinct()).hasSize(fitting);

        BigDecimal engaged = MoneyFixtures.decimal("SELECT SUM(amount) FROM disbursement WHERE tranche_id = ?"
                + " AND status <> 'CANCELLED'", signed.trancheId);
        assertThat(engaged).isEqualByComparingTo(new BigDecimal(amount).multiply(BigDecimal.valueOf(fitting)))
                .isLessThanOrEqualTo(new BigDecimal("100000.00"));
        JsonObject agreement = Api.json(analyst.get("api/v1/dossiers/" + signed.dossierId + "/agreement"));
        assertThat(agreement.getString("pending")).isEqualTo("99999.36");
        assertThat(agreement.getString("remaining")).isEqualTo("0.64");
        assertThat(agreement.getString("paid")).isEqualTo("0.00");
        JsonObject tranche = agreement.getJsonArray("tranches").getJsonObject(0);
        assertThat(tranche.getString("pending")).isEqualTo("99999.36");
        assertThat(tranche.getString("remaining")).isEqualTo("0.64");

        // What remains is still requestable to the cent, and not one cent more.
        assertThat(MoneyFixtures.requestDisbursement(analyst, signed.dossierId, signed.trancheId, "0.65", null, null)
                .statusCode()).isEqualTo(422);
        assertThat(MoneyFixtures.requestDisbursement(analyst, signed.dossierId, signed.trancheId, "0.64", null, null)
                .statusCode()).isEqualTo(201);
    }

    @Test
    void approvalAndCancellationOfOneRequestExactlyOneWins() throws Exception {
        Signed signed = signedGrant("Race: approve or cancel", "100000.00");
        int approvals = 0;
        int cancellations = 0;
        for (int round = 0; round < 6; round++) {
            // The applicant's own request: the applicant may withdraw it only while it is pending.
            HttpResponse<String> requested = MoneyFixtures.requestDisbursement(applicant, signed.dossierId,
                    signed.trancheId, "1000.00", null, signed.evidenceId);
            assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
            long id = id(requested);

            Api director = round % 2 == 0 ? director1 : director2;
            List<HttpResponse<String>> answers = Race.of(List.of(
                    () -> MoneyFixtures.approve(director, id),
                    () -> MoneyFixtures.cancel(applicant, id, "changed our mind")));
            HttpResponse<String> approve = answers.get(0);
            HttpResponse<String> cancel = answers.get(1);

            assertThat(List.of(approve.statusCode(), cancel.statusCode())).as(approve.body() + " / " + cancel.body())
                    .containsExactlyInAnyOrder(200, 422);
            HttpResponse<String> loser = approve.statusCode() == 422 ? approve : cancel;
            assertThat(problemKey(loser)).isEqualTo("disbursement.transition.illegal");
            JsonObject state = Api.json(director1.get("api/v1/disbursements/" + id));
            if (approve.statusCode() == 200) {
                approvals++;
                assertThat(state.getString("status")).isEqualTo("APPROVED");
                assertThat(state.isNull("cancelledBy")).isTrue();
                assertThat(state.isNull("approvedBy")).isFalse();
            } else {
                cancellations++;
                assertThat(state.getString("status")).isEqualTo("CANCELLED");
                assertThat(state.isNull("approvedBy")).isTrue();
                assertThat(state.getString("cancelledBy")).isEqualTo(APPLICANT1);
            }
        }
        JsonObject agreement = Api.json(director1.get("api/v1/dossiers/" + signed.dossierId + "/agreement"));
        assertThat(agreement.getString("approved")).isEqualTo(money(approvals * 1000));
        assertThat(agreement.getString("pending")).isEqualTo("0.00");
        assertThat(agreement.getString("remaining")).isEqualTo(money(100_000 - approvals * 1000));
        assertThat(approvals + cancellations).isEqualTo(6);
    }

    @Test
    void twoDirectorsApprovingOneRequestExactlyOneWins() throws Exception {
        Signed signed = signedGrant("Race: two directors", "100000.00");
        for (int round = 0; round < 6; round++) {
            HttpResponse<String> requested = MoneyFixtures.requestDisbursement(analyst, signed.dossierId,
                    signed.trancheId, "2500.00", null, null);
            assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
            long id = id(requested);

            List<HttpResponse<String>> answers = Race.of(List.of(() -> MoneyFixtures.approve(director1, id),
                    () -> MoneyFixtures.approve(director2, id)));

            assertThat(answers.stream().map(HttpResponse::statusCode).toList())
                    .as(answers.get(0).body() + " / " + answers.get(1).body()).containsExactlyInAnyOrder(200, 422);
            int winner = answers.get(0).statusCode() == 200 ? 0 : 1;
            assertThat(problemKey(answers.get(1 - winner))).isEqualTo("disbursement.transition.illegal");
            JsonObject state = Api.json(analyst.get("api/v1/disbursements/" + id));
            assertThat(state.getString("status")).isEqualTo("APPROVED");
            assertThat(state.getString("approvedBy")).isEqualTo(winner == 0 ? DIRECTOR1 : DIRECTOR2);
        }
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM audit_event WHERE action = 'disbursement.approved'"
                + " AND entity_type = 'Disbursement' "
                + " AND CAST(entity_id AS UNSIGNED) IN (SELECT id FROM disbursement WHERE tranche_id = ?)",
                signed.trancheId))
                .as("one approval event per request").isEqualByComparingTo("6");
    }

    @Test
    void amendmentLoweringTheCommitmentRacingPaymentsAndRequestsNeverGoesBelowWhatIsEngaged() throws Exception {
        for (int round = 0; round < 4; round++) {
            Signed signed = signedGrant("Race: amendment " + round, "100000.00");
            HttpResponse<String> first = MoneyFixtures.requestDisbursement(analyst, signed.dossierId,
                    signed.trancheId, "50000.00", null, null);
            long firstId = id(first);
            assertThat(MoneyFixtures.approve(director1, firstId).statusCode()).isEqualTo(200);
            long version = Api.json(director2.get("api/v1/dossiers/" + signed.dossierId + "/agreement"))
                    .getJsonNumber("version").longValue();
            String amendment = """
                    {"version": %d, "commitment": {"GRANT": "60000.00"}, "reason": "Scope reduced",
                     "tranches": [{"id": %d, "amount": "60000.00", "plannedOn": "2027-03-01",
                                   "milestone": "Start"}]}
                    """.formatted(version, signed.trancheId);

            List<HttpResponse<String>> answers = Race.of(List.of(
                    () -> MoneyFixtures.pay(director1, firstId, "2027-01-15"),
                    () -> director2.postJson("api/v1/dossiers/" + signed.dossierId + "/agreement/amendments",
                            amendment),
                    () -> MoneyFixtures.requestDisbursement(analyst, signed.dossierId, signed.trancheId, "30000.00",
                            null, null)));
            HttpResponse<String> pay = answers.get(0);
            HttpResponse<String> amend = answers.get(1);
            HttpResponse<String> request = answers.get(2);

            assertThat(pay.statusCode()).as(pay.body()).isEqualTo(200);
            // The amendment and the second request exclude each other: 60,000 holds 50,000 + 30,000 only without
            // the amendment.
            assertThat(List.of(amend.statusCode(), request.statusCode())).as(amend.body() + " / " + request.body())
                    .containsExactlyInAnyOrder(201, 422);
            if (amend.statusCode() == 422) {
                assertThat(problemKey(amend)).isEqualTo("agreement.amendment.below-engaged");
            } else {
                assertThat(problemKey(request)).isEqualTo("disbursement.exceeds-remaining");
            }

            BigDecimal committed = MoneyFixtures.decimal("SELECT committed_grant FROM agreement WHERE dossier_id = ?",
                    signed.dossierId);
            BigDecimal paid = MoneyFixtures.decimal("SELECT SUM(d.amount) FROM disbursement d JOIN agreement a"
                    + " ON a.id = d.agreement_id WHERE a.dossier_id = ? AND d.status = 'PAID'", signed.dossierId);
            BigDecimal engaged = MoneyFixtures.decimal("SELECT SUM(d.amount) FROM disbursement d JOIN agreement a"
                    + " ON a.id = d.agreement_id WHERE a.dossier_id = ? AND d.status <> 'CANCELLED'",
                    signed.dossierId);
            assertThat(paid).isEqualByComparingTo("50000.00");
            assertThat(committed).isGreaterThanOrEqualTo(engaged).isGreaterThanOrEqualTo(paid);
            assertThat(committed).isEqualByComparingTo(amend.statusCode() == 201 ? "60000.00" : "100000.00");
            JsonObject agreement = Api.json(applicant.get("api/v1/dossiers/" + signed.dossierId + "/agreement"));
            assertThat(agreement.getString("paid")).isEqualTo("50000.00");
            assertThat(new BigDecimal(agreement.getString("remaining"))).isNotNegative();
        }
    }

    @Test
    void tenConcurrentRepeatsOfOneIdempotencyKeyCreateOneDisbursement() throws Exception {
        Signed signed = signedGrant("Race: idempotency", "100000.00");
        String key = "it-" + UUID.randomUUID();

        List<HttpResponse<String>> answers = Race.of(java.util.Collections.nCopies(10, () ->
                MoneyFixtures.requestDisbursement(analyst, signed.dossierId, signed.trancheId, "4321.09", key, null)));

        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(200, 201));
        assertThat(answers.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
        assertThat(answers.stream().filter(r -> r.statusCode() == 200))
                .hasSize(9)
                .allSatisfy(r -> assertThat(r.headers().firstValue("Idempotency-Replayed")).hasValue("true"));
        assertThat(answers.stream().map(MoneyFixtures::id).distinct()).hasSize(1);
        assertThat(answers.stream().map(r -> Api.json(r).getString("amount")).distinct())
                .containsExactly("4321.09");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM disbursement WHERE idempotency_key = ?", key))
                .isEqualByComparingTo("1");
        assertThat(Api.json(analyst.get("api/v1/dossiers/" + signed.dossierId + "/agreement")).getString("pending"))
                .isEqualTo("4321.09");

        // The same key for another request is refused and creates nothing.
        HttpResponse<String> reused = MoneyFixtures.requestDisbursement(analyst, signed.dossierId, signed.trancheId,
                "1.00", key, null);
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
        assertThat(problemKey(reused)).isEqualTo("disbursement.idempotency-key-reused");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM disbursement d JOIN agreement a"
                + " ON a.id = d.agreement_id WHERE a.dossier_id = ?", signed.dossierId)).isEqualByComparingTo("1");
    }

    // --- helpers ---

    private record Signed(long dossierId, long trancheId, long evidenceId) {
    }

    /** A dossier approved for a grant, its agreement signed in one tranche, every condition precedent met. */
    private Signed signedGrant(String title, String grant) throws Exception {
        MoneyFixtures.Approved approved = MoneyFixtures.approvedDossier(who, 1, title, grant, "0.00", "0.00",
                List.of("Proof of the bank loan"));
        JsonObject agreement = MoneyFixtures.sign(director1, approved.dossierId(), MoneyFixtures.agreementBody(
                MoneyFixtures.tranche("GRANT", grant, "2027-03-01", "Start"), ""));
        MoneyFixtures.meetAllConditions(analyst, approved.dossierId());
        return new Signed(approved.dossierId(), MoneyFixtures.trancheId(agreement, 0), approved.evidenceId());
    }

    private static String money(long euros) {
        return euros + ".00";
    }
}

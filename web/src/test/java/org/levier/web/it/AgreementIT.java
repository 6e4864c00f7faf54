package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.MoneyFixtures.APPLICANT2;
import static org.levier.web.it.MoneyFixtures.AUDITOR;
import static org.levier.web.it.MoneyFixtures.DIRECTOR2;
import static org.levier.web.it.MoneyFixtures.id;
import static org.levier.web.it.MoneyFixtures.problemKey;
import static org.levier.web.it.MoneyFixtures.tranche;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The funding agreement and its money over the API against MariaDB: signature from the committee's decision within
 * the envelopes, refusals that store nothing, conditions precedent before any money, four eyes by role, the first
 * payment moving the dossier to IN_EXECUTION, what the applicant sees (paid, remaining) and what another
 * organisation does not (404), amendments never below what is paid, a repayable advance's schedule with late
 * instalments, and an equity stake's multiple and IRR.
 */
@ExtendWith(PayaraServer.class)
class AgreementIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @PayaraServer.Base
    URL base;

    private MoneyFixtures.Actors who;
    private Api applicant;
    private Api otherApplicant;
    private Api analyst;
    private Api director1;
    private Api director2;
    private Api auditor;

    @BeforeEach
    void tokens() {
        Api anonymous = Api.anonymous(base);
        who = MoneyFixtures.Actors.of(base);
        applicant = who.applicant();
        otherApplicant = Api.bearer(base, DossierFixtures.token(anonymous, APPLICANT2));
        analyst = who.analyst();
        director1 = who.director1();
        director2 = who.director2();
        auditor = Api.bearer(base, DossierFixtures.token(anonymous, AUDITOR));
    }

    @Test
    void signatureFollowsTheDecisionAndRefusalsStoreNothing() throws Exception {
        MoneyFixtures.Approved approved = MoneyFixtures.approvedDossier(who, 2, "Agreement: signature",
                "80000.00", "20000.00", "0.00", List.of("Proof of the bank loan"));
        long id = approved.dossierId();
        String path = "api/v1/dossiers/" + id + "/agreement";

        // Only a director signs; the analyst is refused before anything is read.
        HttpResponse<String> byAnalyst = analyst.postJson(path, MoneyFixtures.agreementBody(
                tranche("GRANT", "80000.00", "2027-03-01", "Start") + ","
                        + tranche("REPAYABLE_ADVANCE", "20000.00", "2027-03-01", "Start"), ""));
        assertThat(byAnalyst.statusCode()).as(byAnalyst.body()).isEqualTo(403);
        assertThat(Api.mediaType(byAnalyst)).isEqualTo(PROBLEM_JSON);

        // The dossier is signed only by its agreement, not by a bare move.
        HttpResponse<String> bareMove = director1.postJson("api/v1/dossiers/" + id + "/transitions",
                "{\"to\": \"AGREEMENT_SIGNED\", \"comment\": \"signed on paper\"}");
        assertThat(bareMove.statusCode()).as(bareMove.body()).isEqualTo(422);
        assertThat(problemKey(bareMove)).isEqualTo("agreement.signature.required");

        // Tranches that do not sum to the commitment: 422 naming the instrument, nothing stored.
        HttpResponse<String> unbalanced = director1.postJson(path, MoneyFixtures.agreementBody(
                tranche("GRANT", "50000.00", "2027-03-01", "Start") + ","
                        + tranche("GRANT", "29999.99", "2027-09-01", "Half-way") + ","
                        + tranche("REPAYABLE_ADVANCE", "20000.00", "2027-03-01", "Start"), ""));
        assertThat(unbalanced.statusCode()).as(unbalanced.body()).isEqualTo(422);
        assertThat(Api.mediaType(unbalanced)).isEqualTo(PROBLEM_JSON);
        assertThat(problemKey(unbalanced)).isEqualTo("agreement.schedule.unbalanced");
        assertThat(unbalanced.body()).contains("tranches.GRANT", "0.01 missing");

        // A commitment above the committee's approved amount: 422.
        HttpResponse<String> above = director1.postJson(path, "{\"signedOn\": \"2026-12-01\","
                + " \"commitment\": {\"GRANT\": \"80000.01\", \"REPAYABLE_ADVANCE\": \"20000.00\"}, \"tranches\": ["
                + tranche("GRANT", "80000.01", "2027-03-01", "Start") + ","
                + tranche("REPAYABLE_ADVANCE", "20000.00", "2027-03-01", "Start") + "]}");
        assertThat(above.statusCode()).as(above.body()).isEqualTo(422);
        assertThat(problemKey(above)).isEqualTo("agreement.commitment.above-approved");

        // Malformed shapes are named field by field.
        HttpResponse<String> malformed = director1.postJson(path, "{\"signedOn\": \"01/12/2026\", \"tranches\":"
                + " [{\"instrument\": \"LOAN\", \"amount\": \"1.001\", \"plannedOn\": \"2027-03-01\"}]}");
        assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(422);
        assertThat(malformed.body()).contains("signedOn", "tranches[0].instrument", "tranches[0].amount",
                "tranches[0].milestone");

        assertThat(analyst.get(path).statusCode()).isEqualTo(404);
        assertThat(Api.json(analyst.get("api/v1/dossiers/" + id)).getString("status")).isEqualTo("APPROVED");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM agreement WHERE dossier_id = ?", id))
                .isEqualByComparingTo("0");

        // The signature: the committee's amounts and conditions, plus the director's own condition.
        HttpResponse<String> signed = director1.postJson(path, MoneyFixtures.agreementBody(
                tranche("GRANT", "50000.00", "2027-03-01", "Start") + ","
                        + tranche("GRANT", "30000.00", "2027-09-01", "Half-way") + ","
                        + tranche("REPAYABLE_ADVANCE", "20000.00", "2027-03-01", "Start"),
                "\"Insurance certificate\""));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        assertThat(signed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(path));
        JsonObject agreement = Api.json(signed);
        assertThat(agreement.getJsonObject("commitment").getString("GRANT")).isEqualTo("80000.00");
        assertThat(agreement.getJsonObject("commitment").getString("REPAYABLE_ADVANCE")).isEqualTo("20000.00");
        assertThat(agreement.getJsonObject("commitment").getString("EQUITY")).isEqualTo("0.00");
        assertThat(agreement.getString("committed")).isEqualTo("100000.00");
        assertThat(agreement.getString("paid")).isEqualTo("0.00");
        assertThat(agreement.getString("remaining")).isEqualTo("100000.00");
        assertThat(agreement.getJsonArray("tranches")).hasSize(3);
        assertThat(agreement.getJsonArray("conditions").stream().map(c -> c.asJsonObject().getString("description")))
                .containsExactly("Proof of the bank loan", "Insurance certificate");
        assertThat(agreement.getBoolean("conditionsMet")).isFalse();
        assertThat(Api.json(analyst.get("api/v1/dossiers/" + id)).getString("status")).isEqualTo("AGREEMENT_SIGNED");

        // Once signed, a second signature is refused.
        HttpResponse<String> again = director2.postJson(path, MoneyFixtures.agreementBody(
                tranche("GRANT", "80000.00", "2027-03-01", "Start") + ","
                        + tranche("REPAYABLE_ADVANCE", "20000.00", "2027-03-01", "Start"), ""));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(422);

        // Everyone who may read it reads it; another organisation does not see it exists.
        assertThat(applicant.get(path).statusCode()).isEqualTo(200);
        assertThat(auditor.get(path).statusCode()).isEqualTo(200);
        HttpResponse<String> foreign = otherApplicant.get(path);
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(404);
        assertThat(Api.mediaType(foreign)).isEqualTo(PROBLEM_JSON);
        assertThat(otherApplicant.get("api/v1/dossiers/" + id + "/disbursements").statusCode()).isEqualTo(404);
    }

    @Test
    void signatureStaysWithinTheActionEnvelopeAndTheProgrammeAllotment() throws Exception {
        MoneyFixtures.Approved approved = MoneyFixtures.approvedDossier(who, 15, "Agreement: envelopes",
                "60000.00", "0.00", "0.00", List.of());
        long id = approved.dossierId();
        String body = MoneyFixtures.agreementBody(tranche("GRANT", "60000.00", "2027-03-01", "Start"), "");
        // What the others use: commitments, and (since the budget is reserved at the committee) the approvals of
        // other dossiers awaiting their agreement; this dossier's own reservation is released by its signature.
        String reservedByOthers = "SELECT COALESCE(SUM(COALESCE(cd.approved_grant, 0) + COALESCE(cd.approved_advance,"
                + " 0) + COALESCE(cd.approved_equity, 0)), 0) FROM committee_decision cd JOIN dossier d"
                + " ON d.id = cd.approved_dossier_id WHERE d.status = 'APPROVED' AND d.id <> " + id
                + " AND (cd.subject_to_funds = FALSE OR cd.funds_confirmed_at IS NOT NULL)";
        BigDecimal inAction = MoneyFixtures.decimal("SELECT COALESCE(SUM(committed_grant + committed_advance"
                + " + committed_equity), 0) FROM agreement WHERE action_id = ?", approved.actionId())
                .add(MoneyFixtures.decimal(reservedByOthers + " AND d.action_id = ?", approved.actionId()));
        BigDecimal inProgramme = MoneyFixtures.decimal("SELECT COALESCE(SUM(committed_grant + committed_advance"
                + " + committed_equity), 0) FROM agreement WHERE programme_id = 1")
                .add(MoneyFixtures.decimal(reservedByOthers + " AND d.programme_id = 1"));
        BigDecimal allotment = MoneyFixtures.decimal("SELECT allotment FROM programme WHERE id = 1");
        try {
            MoneyFixtures.execute("UPDATE programme_action SET envelope = ? WHERE id = ?",
                    inAction.add(new BigDecimal("59999.99")), approved.actionId());
            HttpResponse<String> refused = director1.postJson("api/v1/dossiers/" + id + "/agreement", body);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(problemKey(refused)).isEqualTo("agreement.envelope.action-exceeded");
            assertThat(refused.body()).contains("59999.99 left");

            MoneyFixtures.execute("UPDATE programme_action SET envelope = NULL WHERE id = ?", approved.actionId());
            MoneyFixtures.execute("UPDATE programme SET allotment = ? WHERE id = 1",
                    inProgramme.add(new BigDecimal("1000.00")));
            HttpResponse<String> overAllotment = director1.postJson("api/v1/dossiers/" + id + "/agreement", body);
            assertThat(overAllotment.statusCode()).as(overAllotment.body()).isEqualTo(422);
            assertThat(problemKey(overAllotment)).isEqualTo("agreement.envelope.programme-exceeded");
            assertThat(Api.json(analyst.get("api/v1/dossiers/" + id)).getString("status")).isEqualTo("APPROVED");

            // Exactly what is left fits.
            MoneyFixtures.execute("UPDATE programme SET allotment = ? WHERE id = 1", allotment);
            MoneyFixtures.execute("UPDATE programme_action SET envelope = ? WHERE id = ?",
                    inAction.add(new BigDecimal("60000.00")), approved.actionId());
            MoneyFixtures.sign(director1, id, body);
        } finally {
            MoneyFixtures.execute("UPDATE programme_action SET envelope = NULL WHERE id = ?", approved.actionId());
            MoneyFixtures.execute("UPDATE programme SET allotment = ? WHERE id = 1", allotment);
        }
    }

    @Test
    void moneyFlowsOnlyAfterTheConditionsWithFourEyesAndTheApplicantSeesIt() throws Exception {
        MoneyFixtures.Approved approved = MoneyFixtures.approvedDossier(who, 3, "Agreement: money flow",
                "50000.00", "0.00", "0.00", List.of("Building permit"));
        long id = approved.dossierId();
        JsonObject agreement = MoneyFixtures.sign(director1, id, MoneyFixtures.agreementBody(
                tranche("GRANT", "30000.00", "2027-03-01", "Start") + ","
                        + tranche("GRANT", "20000.00", "2027-09-01", "Delivery"), ""));
        long first = MoneyFixtures.trancheId(agreement, 0);
        long second = MoneyFixtures.trancheId(agreement, 1);

        // No money before the conditions precedent are met (invariant 4).
        HttpResponse<String> early = MoneyFixtures.requestDisbursement(analyst, id, first, "30000.00", null, null);
        assertThat(early.statusCode()).as(early.body()).isEqualTo(422);
        assertThat(problemKey(early)).isEqualTo("disbursement.conditions-unmet");
        assertThat(early.body()).contains("Building permit");
        assertThat(Api.json(analyst.get("api/v1/dossiers/" + id + "/disbursements")).getInt("total")).isZero();
        MoneyFixtures.meetAllConditions(analyst, id);

        // Requests: not above the tranche.
        HttpResponse<String> tooMuch = MoneyFixtures.requestDisbursement(analyst, id, first, "30000.01", null, null);
        assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(422);
        assertThat(problemKey(tooMuch)).isEqualTo("disbursement.exceeds-remaining");

        // Four eyes: a director may request, but never approves its own request; it stays PENDING until another
        // director approves (here it is cancelled, to keep the tranche for what follows).
        HttpResponse<String> byDirector = MoneyFixtures.requestDisbursement(director1, id, first, "1.00", null, null);
        assertThat(byDirector.statusCode()).as(byDirector.body()).isEqualTo(201);
        long directorsOwn = Api.json(byDirector).getJsonNumber("id").longValue();
        HttpResponse<String> selfApproval = MoneyFixtures.approve(director1, directorsOwn);
        assertThat(selfApproval.statusCode()).as(selfApproval.body()).isEqualTo(422);
        assertThat(problemKey(selfApproval)).isEqualTo("disbursement.self-approval");
        assertThat(Api.json(director1.get("api/v1/disbursements/" + directorsOwn)).getString("status"))
                .isEqualTo("PENDING");
        assertThat(MoneyFixtures.cancel(director1, directorsOwn, "four-eyes check done").statusCode()).isEqualTo(200);
        HttpResponse<String> requested = MoneyFixtures.requestDisbursement(analyst, id, first, "30000.00", null,
                null);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        assertThat(requested.headers().firstValue("Location")).isPresent();
        JsonObject request = Api.json(requested);
        assertThat(request.getString("status")).isEqualTo("PENDING");
        assertThat(request.getString("amount")).isEqualTo("30000.00");
        long disbursement = request.getJsonNumber("id").longValue();

        // The approval queue is the staff's.
        JsonObject queue = Api.json(director1.get("api/v1/disbursements?status=PENDING&size=500"));
        assertThat(queue.getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue()))
                .contains(disbursement);
        assertThat(applicant.get("api/v1/disbursements?status=PENDING").statusCode()).isEqualTo(403);
        // ... and narrows to one dossier by its reference: that dossier's pending requests only.
        String reference = Api.json(analyst.get("api/v1/dossiers/" + id)).getString("reference");
        JsonObject ofDossier = Api.json(director1.get("api/v1/disbursements?status=PENDING&dossier=" + reference));
        assertThat(ofDossier.getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue())
                .toList()).containsExactly(disbursement);
        assertThat(Api.json(director1.get("api/v1/disbursements?status=PENDING&dossier=NO-SUCH-REF"))
                .getJsonArray("items")).isEmpty();

        // Not paid before approval; approval by a director only, then payment.
        HttpResponse<String> unapproved = MoneyFixtures.pay(director1, disbursement, "2027-03-10");
        assertThat(unapproved.statusCode()).as(unapproved.body()).isEqualTo(422);
        assertThat(problemKey(unapproved)).isEqualTo("disbursement.transition.illegal");
        assertThat(MoneyFixtures.approve(analyst, disbursement).statusCode()).isEqualTo(403);
        assertThat(MoneyFixtures.approve(applicant, disbursement).statusCode()).isEqualTo(403);
        HttpResponse<String> approvedAnswer = MoneyFixtures.approve(director2, disbursement);
        assertThat(approvedAnswer.statusCode()).as(approvedAnswer.body()).isEqualTo(200);
        assertThat(Api.json(approvedAnswer).getString("approvedBy")).isEqualTo(DIRECTOR2);
        assertThat(Api.json(analyst.get("api/v1/dossiers/" + id)).getString("status")).isEqualTo("AGREEMENT_SIGNED");
        HttpResponse<String> paid = MoneyFixtures.pay(director1, disbursement, MoneyFixtures.today());
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(Api.json(paid).getString("status")).isEqualTo("PAID");
        assertThat(Api.json(paid).getString("valueDate")).isEqualTo(MoneyFixtures.today());
        assertThat(Api.json(paid).getString("bankReference")).isEqualTo("VIR-" + disbursement);

        // The first payment moves the dossier to IN_EXECUTION.
        assertThat(Api.json(applicant.get("api/v1/dossiers/" + id)).getString("status")).isEqualTo("IN_EXECUTION");

        // The applicant sees what was paid and what remains, per tranche and in total.
        JsonObject seen = Api.json(applicant.get("api/v1/dossiers/" + id + "/agreement"));
        assertThat(seen.getString("paid")).isEqualTo("30000.00");
        assertThat(seen.getString("remaining")).isEqualTo("20000.00");
        assertThat(seen.getString("unpaid")).isEqualTo("20000.00");
        assertThat(seen.getJsonArray("tranches").getJsonObject(0).getString("paid")).isEqualTo("30000.00");
        assertThat(seen.getJsonArray("tranches").getJsonObject(0).getString("remaining")).isEqualTo("0.00");
        assertThat(seen.getJsonArray("tranches").getJsonObject(1).getString("remaining")).isEqualTo("20000.00");
        assertThat(seen.isNull("amendments")).isTrue();
        JsonObject own = Api.json(applicant.get("api/v1/dossiers/" + id + "/disbursements"));
        assertThat(own.getJsonArray("items").getJsonObject(0).getString("status")).isEqualTo("PAID");
        assertThat(applicant.get("api/v1/disbursements/" + disbursement).statusCode()).isEqualTo(200);
        assertThat(otherApplicant.get("api/v1/disbursements/" + disbursement).statusCode()).isEqualTo(404);

        // An amendment never brings the commitment below what is paid, and a stale one is 409.
        long version = seen.getJsonNumber("version").longValue();
        String below = """
                {"version": %d, "commitment": {"GRANT": "29999.99"}, "reason": "Cut",
                 "tranches": [{"id": %d, "amount": "29999.99", "plannedOn": "2027-03-01", "milestone": "Start"}]}
                """.formatted(version, first);
        HttpResponse<String> refused = director1.postJson("api/v1/dossiers/" + id + "/agreement/amendments", below);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(problemKey(refused)).isEqualTo("agreement.amendment.below-engaged");
        JsonObject unchanged = Api.json(analyst.get("api/v1/dossiers/" + id + "/agreement"));
        assertThat(unchanged.getString("committed")).isEqualTo("50000.00");
        assertThat(unchanged.getJsonNumber("version").longValue()).isEqualTo(version);
        assertThat(unchanged.getJsonArray("amendments")).isEmpty();

        String lower = """
                {"version": %d, "commitment": {"GRANT": "40000.00"}, "reason": "Delivery phase reduced",
                 "tranches": [{"id": %d, "amount": "30000.00", "plannedOn": "2027-03-01", "milestone": "Start"},
                              {"id": %d, "amount": "10000.00", "plannedOn": "2027-10-01", "milestone": "Delivery"}]}
                """;
        HttpResponse<String> stale = director1.postJson("api/v1/dossiers/" + id + "/agreement/amendments",
                lower.formatted(version - 1, first, second));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        HttpResponse<String> amended = director1.postJson("api/v1/dossiers/" + id + "/agreement/amendments",
                lower.formatted(version, first, second));
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(201);
        JsonObject after = Api.json(amended);
        assertThat(after.getString("committed")).isEqualTo("40000.00");
        assertThat(after.getString("remaining")).isEqualTo("10000.00");
        assertThat(after.getInt("amendmentNumber")).isEqualTo(1);
        assertThat(after.getJsonArray("amendments").getJsonObject(0).getString("reason"))
                .isEqualTo("Delivery phase reduced");

        // The applicant asks for the rest with evidence, and may withdraw its request while pending.
        HttpResponse<String> noEvidence = MoneyFixtures.requestDisbursement(applicant, id, second, "10000.00", null,
                null);
        assertThat(noEvidence.statusCode()).as(noEvidence.body()).isEqualTo(422);
        assertThat(problemKey(noEvidence)).isEqualTo("disbursement.evidence-required");
        assertThat(MoneyFixtures.requestDisbursement(otherApplicant, id, second, "10000.00", null,
                approved.evidenceId()).statusCode()).isEqualTo(404);
        // Under its agreement the beneficiary uploads the evidence of its request.
        HttpResponse<String> invoice = DossierFixtures.upload(applicant, id, "OTHER", "invoice-2.pdf",
                DossierFixtures.minimalPdf());
        assertThat(invoice.statusCode()).as(invoice.body()).isEqualTo(201);
        long invoiceId = id(invoice);
        HttpResponse<String> own1 = MoneyFixtures.requestDisbursement(applicant, id, second, "10000.00", null,
                invoiceId);
        assertThat(own1.statusCode()).as(own1.body()).isEqualTo(201);
        assertThat(Api.json(own1).getJsonArray("evidence").getJsonNumber(0).longValue()).isEqualTo(invoiceId);
        assertThat(Api.json(own1).getString("requestedRole")).isEqualTo("APPLICANT");
        assertThat(MoneyFixtures.cancel(otherApplicant, id(own1), "not mine").statusCode()).isEqualTo(404);
        HttpResponse<String> withdrawn = MoneyFixtures.cancel(applicant, id(own1), "wrong invoice");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(Api.json(withdrawn).getString("status")).isEqualTo("CANCELLED");
        assertThat(MoneyFixtures.cancel(analyst, disbursement, "too late").statusCode()).isEqualTo(422);
        assertThat(MoneyFixtures.cancel(auditor, id(own1), "auditors change nothing").statusCode()).isEqualTo(403);
    }

    /**
     * Issue 15: one name per quantity. On a real agreement with a paid, an approved and a pending disbursement the
     * agreement, its instrument and its tranche answer engaged = approved + pending, available = committed − paid −
     * engaged and leftToPay = committed − paid, with remaining and unpaid kept as aliases (same values); the
     * disbursement's tranche answers available too.
     */
    @Test
    void oneNamePerQuantityEngagedAvailableAndLeftToPay() throws Exception {
        MoneyFixtures.Approved approved = MoneyFixtures.approvedDossier(who, 3, "Agreement: names of the money",
                "60000.00", "0.00", "0.00", List.of("Building permit"));
        long id = approved.dossierId();
        JsonObject agreement = MoneyFixtures.sign(director1, id, MoneyFixtures.agreementBody(
                tranche("GRANT", "40000.00", "2027-03-01", "Start") + ","
                        + tranche("GRANT", "20000.00", "2027-09-01", "Delivery"), ""));
        long first = MoneyFixtures.trancheId(agreement, 0);
        MoneyFixtures.meetAllConditions(analyst, id);
        long paid = MoneyFixtures.id(MoneyFixtures.requestDisbursement(analyst, id, first, "10000.00", null, null));
        assertThat(MoneyFixtures.approve(director2, paid).statusCode()).isEqualTo(200);
        assertThat(MoneyFixtures.pay(director1, paid, MoneyFixtures.today()).statusCode()).isEqualTo(200);
        long approvedOne = MoneyFixtures.id(MoneyFixtures.requestDisbursement(analyst, id, first, "5000.00", null,
                null));
        assertThat(MoneyFixtures.approve(director2, approvedOne).statusCode()).isEqualTo(200);
        HttpResponse<String> pending = MoneyFixtures.requestDisbursement(analyst, id, first, "3000.00", null, null);
        assertThat(pending.statusCode()).as(pending.body()).isEqualTo(201);

        JsonObject seen = Api.json(applicant.get("api/v1/dossiers/" + id + "/agreement"));
        assertNames(seen, "60000.00", "10000.00", "5000.00", "3000.00", "8000.00", "42000.00", "50000.00");
        JsonObject grant = seen.getJsonArray("instruments").stream().map(JsonObject.class::cast)
                .filter(i -> i.getString("instrument").equals("GRANT")).findFirst().orElseThrow();
        assertNames(grant, "60000.00", "10000.00", "5000.00", "3000.00", "8000.00", "42000.00", "50000.00");
        JsonObject tranche = seen.getJsonArray("tranches").getJsonObject(0);
        assertThat(tranche.getString("amount")).isEqualTo("40000.00");
        assertNames(tranche, "40000.00", "10000.00", "5000.00", "3000.00", "8000.00", "22000.00", "30000.00");
        assertNames(seen.getJsonArray("tranches").getJsonObject(1), "20000.00", "0.00", "0.00", "0.00", "0.00",
                "20000.00", "20000.00");

        // The disbursement's tranche: what may still be requested on it, under its one name and its alias.
        JsonObject ref = Api.json(pending).getJsonObject("tranche");
        assertThat(ref.getString("available")).isEqualTo("22000.00");
        assertThat(ref.getString("remaining")).isEqualTo(ref.getString("available"));
    }

    /** The figures of one line and the definitions between them (committed is the tranche's amount). */
    private static void assertNames(JsonObject line, String committed, String paid, String approved, String pending,
                                    String engaged, String available, String leftToPay) {
        BigDecimal c = new BigDecimal(line.containsKey("committed") ? line.getString("committed")
                : line.getString("amount"));
        assertThat(c).isEqualByComparingTo(committed);
        assertThat(line.getString("paid")).isEqualTo(paid);
        assertThat(line.getString("approved")).isEqualTo(approved);
        assertThat(line.getString("pending")).isEqualTo(pending);
        assertThat(line.getString("engaged")).isEqualTo(engaged);
        assertThat(line.getString("available")).isEqualTo(available);
        assertThat(line.getString("leftToPay")).isEqualTo(leftToPay);
        BigDecimal p = new BigDecimal(paid);
        BigDecimal e = new BigDecimal(engaged);
        assertThat(e).isEqualByComparingTo(new BigDecimal(approved).add(new BigDecimal(pending)));
        assertThat(new BigDecimal(available)).isEqualByComparingTo(c.subtract(p).subtract(e));
        assertThat(new BigDecimal(leftToPay)).isEqualByComparingTo(c.subtract(p));
        assertThat(line.getString("remaining")).as("alias of available").isEqualTo(available);
        assertThat(line.getString("unpaid")).as("alias of leftToPay").isEqualTo(leftToPay);
    }

    @Test
    void repayableAdvanceScheduleAndEquityStake() throws Exception {
        MoneyFixtures.Approved approved = MoneyFixtures.approvedDossier(who, 4, "Agreement: advance and equity",
                "0.00", "40000.00", "30000.00", List.of());
        long id = approved.dossierId();
        JsonObject agreement = MoneyFixtures.sign(director1, id, MoneyFixtures.agreementBody(
                tranche("REPAYABLE_ADVANCE", "40000.00", "2027-03-01", "Start") + ","
                        + tranche("EQUITY", "30000.00", "2027-03-01", "Capital increase"), "")
                .replace("2026-12-01", "2024-03-01"));
        long advance = MoneyFixtures.trancheId(agreement, 0);
        long disbursement = id(MoneyFixtures.requestDisbursement(analyst, id, advance, "40000.00", null, null));
        assertThat(MoneyFixtures.approve(director1, disbursement).statusCode()).isEqualTo(200);
        assertThat(MoneyFixtures.pay(director2, disbursement, MoneyFixtures.today()).statusCode()).isEqualTo(200);
        String today = MoneyFixtures.today();

        // The repayment schedule after the project's end (2028-12-31), four quarterly instalments.
        String schedulePath = "api/v1/dossiers/" + id + "/repayment-schedule";
        HttpResponse<String> early = director1.postJson(schedulePath,
                "{\"firstDueOn\": \"2028-06-30\", \"instalments\": 4, \"frequency\": \"QUARTERLY\"}");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(422);
        assertThat(problemKey(early)).isEqualTo("repayment.before-project-end");
        HttpResponse<String> generated = director1.postJson(schedulePath,
                "{\"firstDueOn\": \"2029-03-31\", \"instalments\": 4, \"frequency\": \"QUARTERLY\"}");
        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(201);
        JsonObject schedule = Api.json(generated);
        assertThat(schedule.getString("basis")).isEqualTo("40000.00");
        assertThat(schedule.getJsonArray("instalments")).hasSize(4);
        assertThat(schedule.getJsonArray("instalments").getJsonObject(3).getString("dueOn")).isEqualTo("2029-12-31");
        assertThat(schedule.getString("outstanding")).isEqualTo("40000.00");
        assertThat(schedule.getJsonNumber("lateInstalments").longValue()).isZero();

        HttpResponse<String> repaid = analyst.postJson(schedulePath + "/repayments",
                "{\"receivedOn\": \"" + today + "\", \"amount\": \"10000.00\", \"reference\": \"RBT-1\"}");
        assertThat(repaid.statusCode()).as(repaid.body()).isEqualTo(201);
        assertThat(Api.json(repaid).getString("outstanding")).isEqualTo("30000.00");
        HttpResponse<String> tooMuch = analyst.postJson(schedulePath + "/repayments",
                "{\"receivedOn\": \"" + today + "\", \"amount\": \"30000.01\"}");
        assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(422);
        HttpResponse<String> writeOff = director1.postJson(schedulePath + "/write-offs",
                "{\"kind\": \"PARTIAL\", \"amount\": \"5000.00\", \"decidedOn\": \"" + today + "\","
                        + " \"decisionReference\": \"CE-2029-07\", \"reason\": \"Partial failure\"}");
        assertThat(writeOff.statusCode()).as(writeOff.body()).isEqualTo(201);
        assertThat(Api.json(writeOff).getString("writtenOff")).isEqualTo("5000.00");
        assertThat(Api.json(writeOff).getString("outstanding")).isEqualTo("25000.00");
        assertThat(analyst.postJson(schedulePath + "/write-offs", "{\"kind\": \"TOTAL\", \"decidedOn\":"
                + " \"2029-05-15\", \"decisionReference\": \"X\"}").statusCode()).isEqualTo(403);
        JsonObject own = Api.json(applicant.get(schedulePath));
        assertThat(own.getString("outstanding")).isEqualTo("25000.00");
        assertThat(own.getJsonArray("instalments").getJsonObject(0).getBoolean("late")).isFalse();
        assertThat(otherApplicant.get(schedulePath).statusCode()).isEqualTo(404);

        // Late flags: the schedule read as of a day after an unpaid due date (moved into the past in the database).
        MoneyFixtures.execute("UPDATE repayment_instalment SET due_on = DATE_SUB(UTC_DATE(), INTERVAL 10 DAY)"
                + " WHERE schedule_id = (SELECT id FROM repayment_schedule WHERE agreement_id = ?) AND number = 2",
                agreement.getJsonNumber("id").longValue());
        JsonObject late = Api.json(analyst.get(schedulePath));
        assertThat(late.getJsonNumber("lateInstalments").longValue()).isEqualTo(1);
        assertThat(late.getJsonArray("instalments").getJsonObject(1).getBoolean("late")).isTrue();

        // The equity stake: its investment is the equity paid (none yet: refused), valued, sold; multiple and IRR.
        String equityPath = "api/v1/dossiers/" + id + "/equity";
        String terms = "{\"shares\": 3000, \"pricePerShare\": \"10\", \"ownershipPercentage\": \"5.5\"}";
        HttpResponse<String> nothingPaid = director1.postJson(equityPath, terms);
        assertThat(nothingPaid.statusCode()).as(nothingPaid.body()).isEqualTo(422);
        assertThat(problemKey(nothingPaid)).isEqualTo("equity.nothing-paid");
        long equity = id(MoneyFixtures.requestDisbursement(analyst, id, MoneyFixtures.trancheId(agreement, 1),
                "30000.00", null, null));
        assertThat(MoneyFixtures.approve(director1, equity).statusCode()).isEqualTo(200);
        // the dataset's equity payment of 2024-03-05 (moved there in the database: the API records today's only)
        assertThat(MoneyFixtures.pay(director2, equity, "2024-03-05").statusCode()).isEqualTo(200);
        HttpResponse<String> above = director1.postJson(equityPath, "{\"invested\": \"30000.10\","
                + " \"shares\": 3001, \"pricePerShare\": \"10.00\", \"ownershipPercentage\": \"5\"}");
        assertThat(above.statusCode()).as(above.body()).isEqualTo(422);
        assertThat(above.body()).contains("the equity paid is 30000.00");
        HttpResponse<String> invested = director1.postJson(equityPath, terms);
        assertThat(invested.statusCode()).as(invested.body()).isEqualTo(201);
        assertThat(Api.json(invested).getString("invested")).isEqualTo("30000.00");
        assertThat(Api.json(invested).getString("investedOn")).isEqualTo("2024-03-05");
        HttpResponse<String> valued = analyst.postJson(equityPath + "/valuations",
                "{\"valuedOn\": \"2025-03-05\", \"value\": \"45000.00\", \"method\": \"MULTIPLES\"}");
        assertThat(valued.statusCode()).as(valued.body()).isEqualTo(201);
        assertThat(Api.json(valued).getString("multiple")).isEqualTo("1.5000");
        HttpResponse<String> exited = director1.postJson(equityPath + "/exit", "{\"exitedOn\": \"2026-03-05\","
                + " \"sharesSold\": 3000, \"proceeds\": \"60000.00\", \"buyer\": \"Nord Capital\"}");
        assertThat(exited.statusCode()).as(exited.body()).isEqualTo(201);
        JsonObject stake = Api.json(applicant.get(equityPath));
        assertThat(stake.getString("proceeds")).isEqualTo("60000.00");
        assertThat(stake.getJsonNumber("sharesHeld").longValue()).isZero();
        assertThat(stake.getString("multiple")).isEqualTo("2.0000");
        // 30,000 out on 2024-03-05, 60,000 back on 2026-03-05 (730 days): 2^(365/730) - 1 = √2 - 1 = 0.414214
        assertThat(stake.getString("irr")).isEqualTo("0.414214");
        assertThat(otherApplicant.get(equityPath).statusCode()).isEqualTo(404);
    }
}

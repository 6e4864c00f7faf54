package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.MoneyFixtures.id;
import static org.levier.web.it.MoneyFixtures.problemKey;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

/**
 * Payments leave as files, on MariaDB: the applicant declares its IBAN, an analyst verifies it, a director gathers
 * an approved disbursement into a batch, downloads a pain.001.001.09 that validates against the ISO schema, imports
 * the bank's camt.054 and sees the disbursement PAID with the bank's reference; a second import changes nothing.
 * Races: two batches claiming one disbursement (one wins), two confirmations of one payment (paid once). A change
 * of account suspends payments until someone other than its declarant verifies it. Recoveries lower the realised
 * figures. Every test makes its own dossiers and first puts applicant1's organisation's account in the state it
 * needs, so the tests hold in any order.
 */
@ExtendWith(PayaraServer.class)
class PaymentsIT {

    static final String IBAN = "FR14 2004 1010 0505 0001 3M02 606";
    static final String OTHER_IBAN = "DE89 3704 0044 0532 0130 00";

    @PayaraServer.Base
    URL base;

    private MoneyFixtures.Actors who;
    private long organisationId;

    @BeforeEach
    void tokens() {
        who = MoneyFixtures.Actors.of(base);
        organisationId = Api.json(who.applicant().get("api/v1/me")).getJsonObject("organisation")
                .getJsonNumber("id").longValue();
    }

    @Test
    void applicantDeclaresAnalystVerifiesDirectorPaysThroughTheBankFiles() throws Exception {
        // The applicant declares; a wrong IBAN is refused by name and changes nothing.
        long evidence = uploadEvidence(who.applicant(), "api/v1/organisations/me/bank-account/evidence");
        HttpResponse<String> wrong = declare(who.applicant(), "api/v1/organisations/me/bank-account",
                "FR14 2004 1010 0505 0001 3M02 607", "PSSTFRPPLIL", evidence);
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
        assertThat(wrong.body()).contains("\"iban\"").contains("modulo 97");
        HttpResponse<String> declared = declare(who.applicant(), "api/v1/organisations/me/bank-account", IBAN,
                "psst frpp lil", evidence);
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(200);
        assertThat(Api.json(declared).getString("status")).isEqualTo("PENDING");
        assertThat(Api.json(declared).getString("iban")).isEqualTo("FR14 **** **** 2606");
        assertThat(Api.json(declared).getString("bic")).isEqualTo("PSSTFRPPLIL");
        assertThat(Api.json(who.analyst().get("api/v1/organisations/" + organisationId + "/bank-account"))
                .getString("iban")).isEqualTo("FR1420041010050500013M02606");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND (subject LIKE"
                + " 'Bank details declared%' OR subject LIKE 'Coordonn%d%clar%')", MoneyFixtures.APPLICANT1))
                .isPositive();

        Signed signed = approvedDisbursement("Payments: the walkthrough", "40000.00", "12500.00");
        // Not verified yet: no payment to this organisation.
        HttpResponse<String> early = createBatch(who.director1(), List.of(signed.disbursementId()));
        assertThat(early.statusCode()).as(early.body()).isEqualTo(422);
        assertThat(early.body()).contains("no verified bank account in force");

        HttpResponse<String> verified = who.analyst().postJson("api/v1/organisations/" + organisationId
                + "/bank-account/verify", "");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(Api.json(verified).getBoolean("inForce")).isTrue();
        assertThat(Api.json(who.applicant().get("api/v1/organisations/me/bank-account")).getString("status"))
                .isEqualTo("VERIFIED");

        HttpResponse<String> made = createBatch(who.director1(), List.of(signed.disbursementId()));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonObject batch = Api.json(made);
        long batchId = batch.getJsonNumber("id").longValue();
        assertThat(batch.getString("status")).isEqualTo("DRAFT");
        assertThat(batch.getString("controlSum")).isEqualTo("12500.00");
        assertThat(batch.getJsonArray("lines").getJsonObject(0).getString("creditorIban"))
                .isEqualTo("FR1420041010050500013M02606");

        // The file validates against the schema, carries the batch's totals, and never changes.
        HttpResponse<byte[]> file = DossierFixtures.download(who.director1(), "api/v1/payment-batches/" + batchId
                + "/file");
        assertThat(file.statusCode()).isEqualTo(200);
        BankFiles.validatePain001(file.body());
        Document xml = BankFiles.parse(file.body());
        assertThat(BankFiles.text(xml, "NbOfTxs", 0)).isEqualTo("1");
        assertThat(new BigDecimal(BankFiles.text(xml, "CtrlSum", 0))).isEqualByComparingTo("12500.00");
        assertThat(new BigDecimal(BankFiles.text(xml, "CtrlSum", 1))).isEqualByComparingTo("12500.00");
        assertThat(BankFiles.text(xml, "EndToEndId", 0)).isEqualTo(String.valueOf(signed.disbursementId()));
        assertThat(BankFiles.text(xml, "Ustrd", 0)).startsWith(signed.reference());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body()));
        assertThat(file.headers().firstValue("X-Content-SHA256")).contains(sha256);
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM audit_event WHERE action = 'payment-batch.exported'"
                + " AND entity_id = ? AND changes LIKE ?", String.valueOf(batchId), "%" + sha256 + "%")).isOne();
        assertThat(DossierFixtures.download(who.director1(), "api/v1/payment-batches/" + batchId + "/file").body())
                .isEqualTo(file.body());
        HttpResponse<String> cancel = who.director1().postJson("api/v1/payment-batches/" + batchId + "/cancel",
                "{\"reason\": \"too late\"}");
        assertThat(cancel.statusCode()).isEqualTo(422);
        assertThat(problemKey(cancel)).isEqualTo("payment-batch.transition.illegal");

        // The bank's notification: our line, an unknown one, and our line twice.
        String reference = "BANK-" + UUID.randomUUID().toString().substring(0, 12);
        LocalDate valueDate = today();
        byte[] camt = BankFiles.camt054("CAMT-" + batchId, List.of(
                new BankFiles.Debit(String.valueOf(signed.disbursementId()), "12500.00", valueDate, reference),
                new BankFiles.Debit("999999999", "10.00", valueDate, reference + "-X"),
                new BankFiles.Debit(String.valueOf(signed.disbursementId()), "12500.00", valueDate, reference)));
        HttpResponse<String> imported = postXml(who.director1(), "api/v1/payment-batches/" + batchId
                + "/confirmation", camt);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonObject report = Api.json(imported);
        assertThat(report.getInt("paid")).isEqualTo(1);
        assertThat(report.getString("batchStatus")).isEqualTo("COMPLETED");
        assertThat(results(report)).containsExactly("PAID", "UNMATCHED", "DUPLICATE");

        JsonObject paid = Api.json(who.director1().get("api/v1/disbursements/" + signed.disbursementId()));
        assertThat(paid.getString("status")).isEqualTo("PAID");
        assertThat(paid.getString("bankReference")).isEqualTo(reference);
        assertThat(paid.getString("valueDate")).isEqualTo(valueDate.toString());
        assertThat(Api.json(who.analyst().get("api/v1/dossiers/" + signed.dossierId())).getString("status"))
                .isEqualTo("IN_EXECUTION");

        // The same file again: nothing changes.
        long confirmations = MoneyFixtures.decimal("SELECT COUNT(*) FROM payment_confirmation WHERE batch_id = ?",
                batchId).longValue();
        long events = MoneyFixtures.decimal("SELECT COUNT(*) FROM audit_event").longValue();
        HttpResponse<String> again = postXml(who.director1(), "api/v1/payment-batches/" + batchId + "/confirmation",
                camt);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(Api.json(again).getInt("paid")).isZero();
        assertThat(results(Api.json(again))).containsExactly("ALREADY_PAID", "UNMATCHED", "DUPLICATE");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM payment_confirmation WHERE batch_id = ?", batchId)
                .longValue()).isEqualTo(confirmations);
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM audit_event").longValue()).isEqualTo(events);
        assertThat(Api.json(who.director1().get("api/v1/disbursements/" + signed.disbursementId()))
                .getString("bankReference")).isEqualTo(reference);
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM audit_event WHERE action = 'disbursement.paid'"
                + " AND entity_id = ?", String.valueOf(signed.disbursementId()))).isOne();
    }

    @Test
    void twoBatchesClaimingOneDisbursementExactlyOneWins() throws Exception {
        verifiedAccount();
        for (int round = 0; round < 3; round++) {
            Signed signed = approvedDisbursement("Payments: two batches " + round, "20000.00", "1000.00");
            List<HttpResponse<String>> answers = Race.of(List.of(
                    () -> createBatch(who.director1(), List.of(signed.disbursementId())),
                    () -> createBatch(who.director2(), List.of(signed.disbursementId()))));
            assertThat(answers.stream().map(HttpResponse::statusCode).toList()).as(answers.get(0).body() + " / "
                    + answers.get(1).body()).containsExactlyInAnyOrder(201, 422);
            assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM payment_batch_line WHERE live_disbursement_id"
                    + " = ?", signed.disbursementId())).isOne();
            // Cancelling the winner before export frees the disbursement for another batch.
            long winner = id(answers.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow());
            assertThat(who.director1().postJson("api/v1/payment-batches/" + winner + "/cancel",
                    "{\"reason\": \"remade\"}").statusCode()).isEqualTo(200);
            assertThat(createBatch(who.director2(), List.of(signed.disbursementId())).statusCode()).isEqualTo(201);
        }
    }

    @Test
    void twoConfirmationsOfOnePaymentPayItOnce() throws Exception {
        verifiedAccount();
        Signed signed = approvedDisbursement("Payments: two confirmations", "20000.00", "2500.00");
        long batchId = id(createBatch(who.director1(), List.of(signed.disbursementId())));
        assertThat(DossierFixtures.download(who.director1(), "api/v1/payment-batches/" + batchId + "/file")
                .statusCode()).isEqualTo(200);
        String byFile = "CAMT-" + UUID.randomUUID().toString().substring(0, 10);
        String byHand = "HAND-" + UUID.randomUUID().toString().substring(0, 10);
        byte[] camt = BankFiles.camt054(byFile, List.of(new BankFiles.Debit(String.valueOf(signed.disbursementId()),
                "2500.00", today(), byFile)));
        List<HttpResponse<String>> answers = Race.of(List.of(
                () -> postXml(who.director1(), "api/v1/payment-batches/" + batchId + "/confirmation", camt),
                () -> who.director2().postJson("api/v1/payment-batches/" + batchId + "/confirmation",
                        "{\"lines\": [{\"disbursementId\": " + signed.disbursementId() + ", \"valueDate\": \""
                                + today() + "\", \"bankReference\": \"" + byHand + "\"}]}")));
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
        List<String> outcomes = answers.stream().map(a -> results(Api.json(a)).getFirst()).toList();
        assertThat(outcomes).containsExactlyInAnyOrder("PAID", "ALREADY_PAID");
        String winner = answers.get(outcomes.indexOf("PAID")) == answers.get(0) ? byFile : byHand;
        JsonObject paid = Api.json(who.director1().get("api/v1/disbursements/" + signed.disbursementId()));
        assertThat(paid.getString("status")).isEqualTo("PAID");
        assertThat(paid.getString("bankReference")).isEqualTo(winner);
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM audit_event WHERE action = 'disbursement.paid'"
                + " AND entity_id = ?", String.valueOf(signed.disbursementId()))).isOne();
    }

    @Test
    void aChangeOfAccountSuspendsPaymentsUntilSomeoneElseVerifiesIt() throws Exception {
        verifiedAccount();
        Signed signed = approvedDisbursement("Payments: account change", "20000.00", "3000.00");
        // The analyst records new details from a paper form: pending, the verified version is out of force.
        long evidence = uploadEvidence(who.analyst(), "api/v1/organisations/" + organisationId
                + "/bank-account/evidence");
        HttpResponse<String> changed = declare(who.analyst(), "api/v1/organisations/" + organisationId
                + "/bank-account", OTHER_IBAN, "DEUTDEFF", evidence);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        HttpResponse<String> suspended = createBatch(who.director1(), List.of(signed.disbursementId()));
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(422);
        assertThat(suspended.body()).contains("no verified bank account in force");
        // Paying by hand follows the same rule: refused, nothing stored.
        HttpResponse<String> byHand = who.director1().postJson("api/v1/disbursements/" + signed.disbursementId()
                + "/pay", "{\"valueDate\": \"" + today() + "\", \"bankReference\": \"VIR-NOACC-"
                + UUID.randomUUID().toString().substring(0, 8) + "\"}");
        assertThat(byHand.statusCode()).as(byHand.body()).isEqualTo(422);
        assertThat(problemKey(byHand)).isEqualTo("disbursement.bank-account-unverified");
        assertThat(byHand.body()).contains("bankAccount");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM disbursement WHERE id = ? AND status = 'APPROVED'"
                + " AND bank_reference IS NULL", signed.disbursementId())).isOne();

        HttpResponse<String> self = who.analyst().postJson("api/v1/organisations/" + organisationId
                + "/bank-account/verify", "");
        assertThat(self.statusCode()).as(self.body()).isEqualTo(422);
        assertThat(problemKey(self)).isEqualTo("bank-account.self-verification");
        assertThat(who.applicant().postJson("api/v1/organisations/" + organisationId + "/bank-account/verify", "")
                .statusCode()).isEqualTo(403);

        assertThat(who.director2().postJson("api/v1/organisations/" + organisationId + "/bank-account/verify", "")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> resumed = createBatch(who.director1(), List.of(signed.disbursementId()));
        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(201);
        assertThat(Api.json(resumed).getJsonArray("lines").getJsonObject(0).getString("creditorIban"))
                .isEqualTo("DE89370400440532013000");
        JsonObject history = Api.json(who.analyst().get("api/v1/organisations/" + organisationId
                + "/bank-account/history"));
        assertThat(history.getJsonArray("items").getJsonObject(1).getString("status")).isEqualTo("SUPERSEDED");
    }

    @Test
    void receivedRecoveriesLowerTheRealisedFigures() throws Exception {
        verifiedAccount();
        Signed signed = approvedDisbursement("Payments: recoveries", "30000.00", "10000.00");
        HttpResponse<String> pay = who.director1().postJson("api/v1/disbursements/" + signed.disbursementId()
                + "/pay", "{\"valueDate\": \"" + today() + "\", \"bankReference\": \"VIR-REC-"
                + UUID.randomUUID().toString().substring(0, 8) + "\"}");
        assertThat(pay.statusCode()).as(pay.body()).isEqualTo(200);
        BigDecimal realised = realisedFund();
        JsonObject portfolioBefore = portfolio();
        String recoveries = "api/v1/dossiers/" + signed.dossierId() + "/recoveries";

        HttpResponse<String> tooMuch = who.director1().postJson(recoveries, "{\"amount\": \"10000.01\","
                + " \"reason\": \"Ineligible invoice\", \"dueOn\": \"" + today().plusDays(30) + "\"}");
        assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(422);
        assertThat(problemKey(tooMuch)).isEqualTo("recovery.exceeds-paid");
        assertThat(who.analyst().postJson(recoveries, "{\"amount\": \"1.00\", \"reason\": \"x\", \"dueOn\": \""
                + today().plusDays(1) + "\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> ordered = who.director1().postJson(recoveries, "{\"amount\": \"4000.00\","
                + " \"reason\": \"Ineligible invoice\", \"dueOn\": \"" + today().plusDays(30) + "\"}");
        assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
        long orderId = id(ordered);
        assertThat(who.director1().postJson(recoveries, "{\"amount\": \"6000.01\", \"reason\": \"More\","
                + " \"dueOn\": \"" + today().plusDays(30) + "\"}").statusCode()).isEqualTo(422);
        assertThat(realisedFund()).isEqualByComparingTo(realised);

        String receipts = recoveries + "/" + orderId + "/receipts";
        HttpResponse<String> future = who.director1().postJson(receipts, "{\"amount\": \"100.00\", \"receivedOn\":"
                + " \"" + today().plusDays(1) + "\", \"bankReference\": \"REC-F\"}");
        assertThat(future.statusCode()).as(future.body()).isEqualTo(422);
        assertThat(future.body()).contains("receivedOn");
        HttpResponse<String> received = who.director1().postJson(receipts, "{\"amount\": \"1500.00\","
                + " \"receivedOn\": \"" + today() + "\", \"bankReference\": \"REC-"
                + UUID.randomUUID().toString().substring(0, 8) + "\"}");
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        assertThat(who.director1().postJson(receipts, "{\"amount\": \"2500.01\", \"receivedOn\": \"" + today()
                + "\", \"bankReference\": \"REC-OVER\"}").statusCode()).isEqualTo(422);

        assertThat(realisedFund()).isEqualByComparingTo(realised.subtract(new BigDecimal("1500.00")));
        JsonObject list = Api.json(who.analyst().get(recoveries));
        assertThat(list.getString("paid")).isEqualTo("10000.00");
        assertThat(list.getString("received")).isEqualTo("1500.00");
        assertThat(list.getJsonArray("items").getJsonObject(0).getString("outstanding")).isEqualTo("2500.00");
        JsonObject programme = Api.json(who.analyst().get("api/v1/programmes/TI-DK/recoveries"));
        assertThat(new BigDecimal(programme.getString("outstanding"))).isGreaterThanOrEqualTo(
                new BigDecimal("2500.00"));

        // The agreement (the statement's figures): paid kept gross, recovered and paid net beside it.
        JsonObject agreement = Api.json(who.analyst().get("api/v1/dossiers/" + signed.dossierId() + "/agreement"));
        assertThat(agreement.getString("paid")).isEqualTo("10000.00");
        assertThat(agreement.getString("recovered")).isEqualTo("1500.00");
        assertThat(agreement.getString("paidNet")).isEqualTo("8500.00");
        // The portfolio: recovered grows by the receipt, paid net and remaining follow it, paid stays gross.
        JsonObject portfolioAfter = portfolio();
        assertThat(money(portfolioAfter, "paid")).isEqualByComparingTo(money(portfolioBefore, "paid"));
        assertThat(money(portfolioAfter, "recovered").subtract(money(portfolioBefore, "recovered")))
                .isEqualByComparingTo("1500.00");
        assertThat(money(portfolioAfter, "paidNet")).isEqualByComparingTo(money(portfolioAfter, "paid")
                .subtract(money(portfolioAfter, "recovered")));
        assertThat(money(portfolioAfter, "remaining")).isEqualByComparingTo(money(portfolioAfter, "committed")
                .subtract(money(portfolioAfter, "paidNet")));
        BigDecimal axesRecovered = portfolioAfter.getJsonArray("axes").stream().map(JsonObject.class::cast)
                .map(a -> money(a, "recovered")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(axesRecovered).isEqualByComparingTo(money(portfolioAfter, "recovered"));
        JsonObject axis = portfolioAfter.getJsonArray("axes").stream().map(JsonObject.class::cast)
                .filter(a -> money(a, "recovered").signum() > 0).findFirst().orElseThrow();
        assertThat(money(axis, "paidNet")).isEqualByComparingTo(money(axis, "paid").subtract(money(axis,
                "recovered")));
        assertThat(money(axis, "remaining")).isEqualByComparingTo(money(axis, "committed").subtract(money(axis,
                "paidNet")));
        // The disbursement statement says it in words, FR and EN.
        assertThat(statement(signed.dossierId(), "fr")).contains("Versé : 10 000,00 € — reversements reçus (ordres"
                + " de reversement) : 1 500,00 € — versé net des reversements : 8 500,00 €");
        assertThat(statement(signed.dossierId(), "en")).contains("Paid: 10,000.00 € — recoveries received (recovery"
                + " orders): 1,500.00 € — paid net of recoveries: 8,500.00 €");
    }

    @Test
    void aDisbursementInALiveBatchIsNotCancelledEvenUnderARace() throws Exception {
        verifiedAccount();
        Signed inBatch = approvedDisbursement("Payments: cancel in batch", "20000.00", "1200.00");
        long batchId = id(createBatch(who.director1(), List.of(inBatch.disbursementId())));
        HttpResponse<String> refused = MoneyFixtures.cancel(who.analyst(), inBatch.disbursementId(), "Duplicate");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(problemKey(refused)).isEqualTo("disbursement.in-payment-batch");
        assertThat(refused.body()).contains("batch " + batchId);
        // Exported: still refused. Nothing changed.
        assertThat(DossierFixtures.download(who.director1(), "api/v1/payment-batches/" + batchId + "/file")
                .statusCode()).isEqualTo(200);
        assertThat(MoneyFixtures.cancel(who.director2(), inBatch.disbursementId(), "Duplicate").statusCode())
                .isEqualTo(422);
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM disbursement WHERE id = ? AND status = 'APPROVED'",
                inBatch.disbursementId())).isOne();

        // A batch that is cancelled frees the disbursement: it can be cancelled then.
        Signed freed = approvedDisbursement("Payments: cancel after batch", "20000.00", "1300.00");
        long draft = id(createBatch(who.director1(), List.of(freed.disbursementId())));
        assertThat(who.director1().postJson("api/v1/payment-batches/" + draft + "/cancel",
                "{\"reason\": \"remade\"}").statusCode()).isEqualTo(200);
        assertThat(MoneyFixtures.cancel(who.analyst(), freed.disbursementId(), "Duplicate").statusCode())
                .isEqualTo(200);

        // Cancelling and gathering one disbursement at once: never both.
        for (int round = 0; round < 3; round++) {
            Signed raced = approvedDisbursement("Payments: cancel or batch " + round, "20000.00", "1000.00");
            List<HttpResponse<String>> answers = Race.of(List.of(
                    () -> MoneyFixtures.cancel(who.analyst(), raced.disbursementId(), "Raced"),
                    () -> createBatch(who.director1(), List.of(raced.disbursementId()))));
            int cancel = answers.get(0).statusCode();
            int batch = answers.get(1).statusCode();
            assertThat(List.of(cancel, batch)).as(answers.get(0).body() + " / " + answers.get(1).body())
                    .isIn(List.of(200, 422), List.of(422, 201));
            String status = Api.json(who.analyst().get("api/v1/disbursements/" + raced.disbursementId()))
                    .getString("status");
            BigDecimal lines = MoneyFixtures.decimal("SELECT COUNT(*) FROM payment_batch_line"
                    + " WHERE live_disbursement_id = ?", raced.disbursementId());
            if (cancel == 200) {
                assertThat(status).isEqualTo("CANCELLED");
                assertThat(lines).isZero();
            } else {
                assertThat(problemKey(answers.get(0))).isEqualTo("disbursement.in-payment-batch");
                assertThat(status).isEqualTo("APPROVED");
                assertThat(lines).isOne();
            }
        }
    }

    // --- helpers ---

    private record Signed(long dossierId, String reference, long disbursementId) {
    }

    /** A signed grant with an approved disbursement of {@code amount} (requested by the analyst). */
    private Signed approvedDisbursement(String title, String grant, String amount) {
        MoneyFixtures.Approved approved = MoneyFixtures.approvedDossier(who, 1, title, grant, "0.00", "0.00",
                List.of());
        JsonObject agreement = MoneyFixtures.sign(who.director1(), approved.dossierId(), MoneyFixtures.agreementBody(
                MoneyFixtures.tranche("GRANT", grant, "2027-03-01", "Start"), ""));
        MoneyFixtures.meetAllConditions(who.analyst(), approved.dossierId());
        HttpResponse<String> requested = MoneyFixtures.requestDisbursement(who.analyst(), approved.dossierId(),
                MoneyFixtures.trancheId(agreement, 0), amount, null, null);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        long disbursementId = id(requested);
        HttpResponse<String> approval = MoneyFixtures.approve(who.director1(), disbursementId);
        assertThat(approval.statusCode()).as(approval.body()).isEqualTo(200);
        String reference = Api.json(who.analyst().get("api/v1/dossiers/" + approved.dossierId()))
                .getString("reference");
        return new Signed(approved.dossierId(), reference, disbursementId);
    }

    /** applicant1's organisation with a verified account in force (declared by the applicant, verified). */
    private void verifiedAccount() {
        long evidence = uploadEvidence(who.applicant(), "api/v1/organisations/me/bank-account/evidence");
        assertThat(declare(who.applicant(), "api/v1/organisations/me/bank-account", IBAN, "PSSTFRPPLIL", evidence)
                .statusCode()).isEqualTo(200);
        HttpResponse<String> verified = who.analyst().postJson("api/v1/organisations/" + organisationId
                + "/bank-account/verify", "");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    }

    private static HttpResponse<String> declare(Api api, String path, String iban, String bic, long evidence) {
        return DossierFixtures.put(api, path, "{\"iban\": " + Api.quote(iban) + ", \"bic\": " + Api.quote(bic)
                + ", \"holder\": \"Société Démo Énergie\", \"evidenceDocumentId\": " + evidence + "}");
    }

    private static long uploadEvidence(Api api, String path) {
        String boundary = "levier-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rib.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(DossierFixtures.minimalPdf());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> uploaded = api.send(api.request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return id(uploaded);
    }

    private HttpResponse<String> createBatch(Api director, List<Long> ids) {
        return director.postJson("api/v1/payment-batches", "{\"disbursementIds\": " + ids + ", \"executionDate\": \""
                + today() + "\"}");
    }

    private static HttpResponse<String> postXml(Api api, String path, byte[] xml) {
        return api.send(api.request(path).header("Content-Type", "application/xml")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(xml)).build());
    }

    private static List<String> results(JsonObject report) {
        return report.getJsonArray("lines").stream().map(l -> l.asJsonObject().getString("result")).toList();
    }

    private JsonObject portfolio() {
        return Api.json(who.analyst().get("api/v1/programmes/TI-DK/portfolio"));
    }

    private static BigDecimal money(JsonObject json, String field) {
        return new BigDecimal(json.getString(field));
    }

    /** The dossier's disbursement statement (PDF), as text. */
    private String statement(long dossierId, String lang) throws Exception {
        HttpResponse<byte[]> pdf = DossierFixtures.download(who.analyst(), "api/v1/reports/disbursement-statement"
                + "?dossier=" + dossierId + "&lang=" + lang);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document)
                    .replaceAll("[\\s\\u00A0\\u202F]+", " ");
        }
    }

    private BigDecimal realisedFund() {
        JsonObject leverage = Api.json(who.analyst().get("api/v1/programmes/TI-DK/leverage?by=axis&basis=realised"));
        return new BigDecimal(leverage.getJsonObject("total").getString("fundContribution"));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

}

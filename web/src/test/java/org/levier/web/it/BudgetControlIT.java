package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.MoneyFixtures.MEMBER1;
import static org.levier.web.it.MoneyFixtures.MEMBER2;
import static org.levier.web.it.MoneyFixtures.problemKey;
import static org.levier.web.it.MoneyFixtures.tranche;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Budget control at the committee against MariaDB, over HTTP: an approval reserves its amounts against the
 * allotment and the action's envelope; beyond what is left it is refused with the figures and nothing stored, unless
 * recorded subject to funds (reserving nothing until a director confirms the funds); a signature converts the
 * reservation into a commitment; a rejection or a withdrawal reserves nothing and a termination releases what was
 * not paid; concurrent approvals never reserve more than the allotment; the what-if, checked by hand; de minimis
 * corrections keep their history. The IT database holds other classes' dossiers: every figure is read before and
 * compared by difference, and an envelope or the allotment lowered for a test is restored after it.
 */
@ExtendWith(PayaraServer.class)
class BudgetControlIT {

    private static final String BUDGET = "api/v1/programmes/TI-DK/budget";

    @PayaraServer.Base
    URL base;

    private MoneyFixtures.Actors who;
    private long callId;

    @BeforeEach
    void tokens() {
        who = MoneyFixtures.Actors.of(base);
        callId = DossierFixtures.demoCallId(who.applicant());
    }

    @Test
    void anApprovalBeyondTheEnvelopeIsRefusedThenRecordedSubjectToFundsAndTheSignatureConvertsTheReservation()
            throws Exception {
        int action = 13;
        long a = inCommittee(action, "Budget: fits", "100000.00");
        long b = inCommittee(action, "Budget: beyond", "80000.00");
        Session session = session("Budget: envelope", List.of(a, b));
        BigDecimal original = envelopeOf(action);
        try {
            JsonObject before = actionBudget(action);
            BigDecimal used = dec(before, "committed").add(dec(before, "reserved"));
            setEnvelope(action, used.add(new BigDecimal("150000.00")));

            JsonObject approved = created(decide(session, a, "100000.00", false));
            assertThat(approved.getBoolean("reserving")).isTrue();
            assertThat(approved.getBoolean("subjectToFunds")).isFalse();
            JsonObject afterA = actionBudget(action);
            assertThat(dec(afterA, "reserved")).isEqualByComparingTo(dec(before, "reserved").add(bd("100000.00")));
            assertThat(dec(afterA, "left")).isEqualByComparingTo("50000.00");

            // Beyond what is left: 422 naming the figures, nothing stored.
            voteFor(session, b);
            long eventsBefore = count("SELECT COUNT(*) FROM audit_event");
            HttpResponse<String> refused = postDecision(session, b, "80000.00", false);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(Api.mediaType(refused)).isEqualTo("application/problem+json");
            assertThat(problemKey(refused)).isEqualTo("committee.budget.action-exceeded");
            assertThat(refused.body()).contains("action 13 has 50000.00 left of its envelope of "
                    + used.add(bd("150000.00")).setScale(2).toPlainString(), "requested 80000.00",
                    "committed " + dec(afterA, "committed").toPlainString(),
                    "reserved " + dec(afterA, "reserved").toPlainString());
            assertThat(count("SELECT COUNT(*) FROM committee_decision WHERE dossier_id = " + b)).isZero();
            assertThat(count("SELECT COUNT(*) FROM audit_event")).isEqualTo(eventsBefore);
            assertThat(status(b)).isEqualTo("COMMITTEE");

            // The director's explicit choice: approved subject to funds, reserving nothing, shown as such.
            JsonObject subject = created(decide(session, b, "80000.00", true));
            assertThat(subject.getString("outcome")).isEqualTo("APPROVED");
            assertThat(subject.getBoolean("subjectToFunds")).isTrue();
            assertThat(subject.getBoolean("reserving")).isFalse();
            assertThat(status(b)).isEqualTo("APPROVED");
            JsonObject afterB = actionBudget(action);
            assertThat(dec(afterB, "reserved")).isEqualByComparingTo(dec(afterA, "reserved"));
            assertThat(dec(afterB, "awaitingFunds")).isEqualByComparingTo(dec(afterA, "awaitingFunds")
                    .add(bd("80000.00")));
            assertThat(dec(afterB, "left")).isEqualByComparingTo("50000.00");
            JsonObject onDossier = Api.json(who.analyst().get("api/v1/dossiers/" + b + "/decisions"))
                    .getJsonArray("items").getJsonObject(0);
            assertThat(onDossier.getBoolean("subjectToFunds")).isTrue();
            assertThat(count("SELECT COUNT(*) FROM committee_decision WHERE dossier_id = " + b
                    + " AND subject_to_funds = TRUE AND funds_confirmed_at IS NULL")).isEqualTo(1);

            // No room to confirm its funds yet.
            HttpResponse<String> noRoom = confirmFunds(session, b);
            assertThat(noRoom.statusCode()).as(noRoom.body()).isEqualTo(422);
            assertThat(problemKey(noRoom)).isEqualTo("committee.budget.action-exceeded");

            // Signing A converts its reservation into a commitment: left unchanged.
            MoneyFixtures.sign(who.director1(), a, MoneyFixtures.agreementBody(
                    tranche("GRANT", "100000.00", "2027-03-01", "Start"), ""));
            JsonObject signedA = actionBudget(action);
            assertThat(dec(signedA, "committed")).isEqualByComparingTo(dec(afterB, "committed").add(bd("100000.00")));
            assertThat(dec(signedA, "reserved")).isEqualByComparingTo(dec(afterB, "reserved").subtract(bd("100000.00")));
            assertThat(dec(signedA, "left")).isEqualByComparingTo("50000.00");

            // A decision subject to funds is signed only if the funds are there.
            String bodyB = MoneyFixtures.agreementBody(tranche("GRANT", "80000.00", "2027-03-01", "Start"), "");
            HttpResponse<String> unsigned = who.director1().postJson("api/v1/dossiers/" + b + "/agreement", bodyB);
            assertThat(unsigned.statusCode()).as(unsigned.body()).isEqualTo(422);
            assertThat(problemKey(unsigned)).isEqualTo("agreement.envelope.action-exceeded");

            // Funds freed (the envelope raised): the director confirms them, the approval now reserves, then signs.
            setEnvelope(action, used.add(new BigDecimal("180000.00")));
            HttpResponse<String> confirmed = confirmFunds(session, b);
            assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
            assertThat(Api.json(confirmed).getBoolean("reserving")).isTrue();
            assertThat(Api.json(confirmed).getString("fundsConfirmedAt")).isNotNull();
            assertThat(dec(actionBudget(action), "left")).isEqualByComparingTo("0.00");
            assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'committee.decision.funds-confirmed'"
                    + " AND summary LIKE '%80000.00 reserved'")).isPositive();
            MoneyFixtures.sign(who.director1(), b, bodyB);
            JsonObject signedB = actionBudget(action);
            assertThat(dec(signedB, "left")).isEqualByComparingTo("0.00");
            assertThat(dec(signedB, "committed")).isEqualByComparingTo(dec(signedA, "committed").add(bd("80000.00")));
        } finally {
            restoreEnvelope(action, original);
        }
    }

    @Test
    void rejectionAndWithdrawalReserveNothingAndATerminationReleasesWhatWasNotPaid() throws Exception {
        int action = 10;
        long rejected = inCommittee(action, "Budget: rejected", "70000.00");
        long withdrawn = inCommittee(action, "Budget: withdrawn", "60000.00");
        Session session = session("Budget: release", List.of(rejected, withdrawn));
        JsonObject before = actionBudget(action);

        for (Api member : List.of(who.member1(), who.member2())) {
            vote(session, member, rejected, "AGAINST");
        }
        HttpResponse<String> no = who.director1().postJson(session.path + "/decisions", "{\"dossierId\": "
                + rejected + ", \"outcome\": \"REJECTED\", \"reasons\": \"Not convincing\"}");
        assertThat(no.statusCode()).as(no.body()).isEqualTo(201);
        HttpResponse<String> withdrawal = who.applicant().postJson("api/v1/dossiers/" + withdrawn + "/transitions",
                "{\"to\": \"WITHDRAWN\", \"comment\": \"We found other funding\"}");
        assertThat(withdrawal.statusCode()).as(withdrawal.body()).isEqualTo(200);
        JsonObject after = actionBudget(action);
        assertThat(dec(after, "reserved")).isEqualByComparingTo(dec(before, "reserved"));
        assertThat(dec(after, "committed")).isEqualByComparingTo(dec(before, "committed"));
        // The what-if counts neither any more.
        JsonObject whatIf = Api.json(who.director1().get(session.path + "/what-if"));
        assertThat(whatIf.getJsonArray("items").stream().map(i -> i.asJsonObject().getBoolean("counted")))
                .containsOnly(false);

        // Termination: the agreement keeps what it paid (or still engages), the rest is released.
        long terminated = MoneyFixtures.approvedDossier(who, action, "Budget: terminated", "100000.00", "0.00",
                "0.00", List.of()).dossierId();
        JsonObject agreement = MoneyFixtures.sign(who.director1(), terminated, MoneyFixtures.agreementBody(
                tranche("GRANT", "100000.00", "2027-03-01", "Start"), ""));
        MoneyFixtures.meetAllConditions(who.analyst(), terminated);
        HttpResponse<String> requested = MoneyFixtures.requestDisbursement(who.analyst(), terminated,
                MoneyFixtures.trancheId(agreement, 0), "30000.00", null, null);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        long disbursement = MoneyFixtures.id(requested);
        assertThat(MoneyFixtures.approve(who.director1(), disbursement).statusCode()).isEqualTo(200);
        HttpResponse<String> paid = MoneyFixtures.pay(who.director1(), disbursement,
                LocalDate.now(ZoneId.of("Europe/Paris")).toString());
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        JsonObject running = actionBudget(action);
        HttpResponse<String> stop = who.director1().postJson("api/v1/dossiers/" + terminated + "/transitions",
                "{\"to\": \"TERMINATED\", \"comment\": \"Project abandoned\"}");
        assertThat(stop.statusCode()).as(stop.body()).isEqualTo(200);
        JsonObject ended = actionBudget(action);
        assertThat(dec(ended, "committed")).isEqualByComparingTo(dec(running, "committed")
                .subtract(bd("70000.00")));
    }

    @Test
    void concurrentApprovalsNeverReserveMoreThanTheAllotment() throws Exception {
        int approvals = 6;
        int fitting = 3;
        String amount = "50000.00";
        List<Long> dossiers = new ArrayList<>();
        for (int i = 0; i < approvals; i++) {
            dossiers.add(inCommittee(11, "Budget race " + i, amount));
        }
        Session session = session("Budget: race", dossiers);
        BigDecimal allotment = MoneyFixtures.decimal("SELECT allotment FROM programme WHERE code = 'TI-DK'");
        try {
            JsonObject before = Api.json(who.analyst().get(BUDGET));
            BigDecimal used = dec(before, "committed").add(dec(before, "reserved"));
            BigDecimal tight = used.add(bd(amount).multiply(BigDecimal.valueOf(fitting))).add(bd("20000.00"));
            MoneyFixtures.execute("UPDATE programme SET allotment = ? WHERE code = 'TI-DK'", tight);

            List<Callable<HttpResponse<String>>> calls = dossiers.stream()
                    .<Callable<HttpResponse<String>>>map(d -> () -> decide(session, d, amount, false)).toList();
            List<HttpResponse<String>> answers = Race.of(calls);

            assertThat(answers.stream().filter(r -> r.statusCode() == 201)).hasSize(fitting);
            assertThat(answers.stream().filter(r -> r.statusCode() != 201)).hasSize(approvals - fitting)
                    .allSatisfy(r -> {
                        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
                        assertThat(problemKey(r)).isEqualTo("committee.budget.programme-exceeded");
                        assertThat(r.body()).contains("requested 50000.00");
                    });
            // Checked under the API: committed + reserved never above the allotment.
            BigDecimal reservedNow = MoneyFixtures.decimal("SELECT COALESCE(SUM(COALESCE(cd.approved_grant, 0)"
                    + " + COALESCE(cd.approved_advance, 0) + COALESCE(cd.approved_equity, 0)), 0)"
                    + " FROM committee_decision cd JOIN dossier d ON d.id = cd.approved_dossier_id"
                    + " WHERE d.programme_id = (SELECT id FROM programme WHERE code = 'TI-DK') AND d.status = 'APPROVED'"
                    + " AND (cd.subject_to_funds = FALSE OR cd.funds_confirmed_at IS NOT NULL)");
            BigDecimal committedNow = MoneyFixtures.decimal("SELECT COALESCE(SUM(CASE WHEN d.status = 'TERMINATED'"
                    + " THEN (SELECT COALESCE(SUM(di.amount), 0) FROM disbursement di WHERE di.agreement_id = a.id"
                    + " AND di.status <> 'CANCELLED') ELSE a.committed_grant + a.committed_advance"
                    + " + a.committed_equity END), 0) FROM agreement a JOIN dossier d ON d.id = a.dossier_id"
                    + " WHERE a.programme_id = (SELECT id FROM programme WHERE code = 'TI-DK')");
            assertThat(committedNow.add(reservedNow)).isLessThanOrEqualTo(tight)
                    .isEqualByComparingTo(used.add(bd(amount).multiply(BigDecimal.valueOf(fitting))));
            assertThat(count("SELECT COUNT(*) FROM committee_decision WHERE session_id = " + session.id))
                    .isEqualTo(fitting);
            assertThat(dec(Api.json(who.analyst().get(BUDGET)), "left")).isEqualByComparingTo("20000.00");
        } finally {
            MoneyFixtures.execute("UPDATE programme SET allotment = ? WHERE code = 'TI-DK'", allotment);
        }
    }

    @Test
    void theWhatIfCumulatesTheAgendaInOrderByHand() throws Exception {
        int action = 12;
        long a = inCommittee(action, "What-if A", "100000.00");
        long b = inCommittee(action, "What-if B", "200000.00");
        long c = inCommittee(action, "What-if C", "50000.00");
        Session session = session("Budget: what-if", List.of(a, b, c));
        BigDecimal original = envelopeOf(action);
        try {
            JsonObject before = actionBudget(action);
            setEnvelope(action, dec(before, "committed").add(dec(before, "reserved")).add(bd("250000.00")));
            BigDecimal left = dec(Api.json(who.analyst().get(BUDGET)), "left");
            JsonObject committed = Api.json(who.analyst().get("api/v1/programmes/TI-DK/leverage?basis=committed"))
                    .getJsonObject("total");
            BigDecimal fund = dec(committed, "fundContribution");
            BigDecimal cost = dec(committed, "totalProjectCost");

            HttpResponse<String> read = who.member1().get(session.path + "/what-if");
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            JsonObject whatIf = Api.json(read);
            assertThat(whatIf.getBoolean("allFit")).isFalse();
            var items = whatIf.getJsonArray("items");
            assertThat(items).hasSize(3);
            JsonObject first = items.getJsonObject(0);
            JsonObject second = items.getJsonObject(1);
            JsonObject third = items.getJsonObject(2);
            assertThat(first.getJsonNumber("dossierId").longValue()).isEqualTo(a);
            assertThat(first.getString("recommendedTotal")).isEqualTo("100000.00");
            assertThat(first.getJsonObject("recommended").getString("GRANT")).isEqualTo("100000.00");
            assertThat(dec(first, "allotmentLeftBefore")).isEqualByComparingTo(left);
            assertThat(dec(first, "allotmentLeftAfter")).isEqualByComparingTo(left.subtract(bd("100000.00")));
            assertThat(first.getString("envelopeLeftBefore")).isEqualTo("250000.00");
            assertThat(first.getString("envelopeLeftAfter")).isEqualTo("150000.00");
            assertThat(first.getBoolean("fits")).isTrue();
            // Each dossier's co-financing is 3 times the fund's share (own funds, COMMITTED): cost = 4 x fund.
            assertThat(text(first, "leverageBefore")).isEqualTo(ratio(cost, fund));
            BigDecimal fundA = fund.add(bd("100000.00"));
            BigDecimal costA = cost.add(bd("400000.00"));
            assertThat(text(first, "leverageAfter")).isEqualTo(ratio(costA, fundA));

            // B does not fit the 150,000 left of the envelope: refused or kept out, it changes nothing.
            assertThat(second.getBoolean("fits")).isFalse();
            assertThat(second.getBoolean("fitsEnvelope")).isFalse();
            assertThat(second.getBoolean("fitsAllotment")).isTrue();
            assertThat(second.getString("envelopeLeftBefore")).isEqualTo("150000.00");
            assertThat(second.getString("envelopeLeftAfter")).isEqualTo("150000.00");
            assertThat(dec(second, "allotmentLeftAfter")).isEqualByComparingTo(left.subtract(bd("100000.00")));
            assertThat(text(second, "leverageBefore")).isEqualTo(ratio(costA, fundA));
            assertThat(text(second, "leverageAfter")).isEqualTo(ratio(costA, fundA));

            assertThat(third.getString("envelopeLeftBefore")).isEqualTo("150000.00");
            assertThat(third.getString("envelopeLeftAfter")).isEqualTo("100000.00");
            assertThat(dec(third, "allotmentLeftAfter")).isEqualByComparingTo(left.subtract(bd("150000.00")));
            assertThat(text(third, "leverageAfter")).isEqualTo(ratio(costA.add(bd("200000.00")),
                    fundA.add(bd("50000.00"))));

            // Readers only: an applicant may not.
            assertThat(who.applicant().get(session.path + "/what-if").statusCode()).isEqualTo(403);
        } finally {
            restoreEnvelope(action, original);
        }
    }

    @Test
    void theApplicantCorrectsADeMinimisDeclarationWithAReasonAndStaffSeeTheHistory() throws Exception {
        Api applicant = who.applicant();
        HttpResponse<String> declared = applicant.postJson("api/v1/organisations/me/de-minimis",
                "{\"grantedOn\": \"2025-03-01\", \"amount\": \"1000.00\", \"grantingBody\": \"Commune\"}");
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
        long aid = MoneyFixtures.id(declared);
        String path = "api/v1/organisations/me/de-minimis/" + aid;

        // Bad values: 422 at once and nothing stored.
        long start = System.nanoTime();
        HttpResponse<String> huge = put(applicant, path, "{\"grantedOn\": \"2025-03-01\", \"amount\":"
                + " \"1e100000000\", \"grantingBody\": \"Commune\", \"reason\": \"typo\"}");
        assertThat(huge.statusCode()).as(huge.body()).isEqualTo(422);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5000);
        for (String date : List.of("0000-01-01", "+10000-01-01", "2025-02-30", "2025-3-1")) {
            HttpResponse<String> bad = put(applicant, path, "{\"grantedOn\": \"" + date + "\", \"amount\":"
                    + " \"1200.00\", \"grantingBody\": \"Commune\", \"reason\": \"typo\"}");
            assertThat(bad.statusCode()).as(date + ": " + bad.body()).isEqualTo(422);
        }
        HttpResponse<String> noReason = put(applicant, path, "{\"grantedOn\": \"2025-03-01\", \"amount\":"
                + " \"1200.00\", \"grantingBody\": \"Commune\"}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM organisation_de_minimis_correction WHERE aid_id = " + aid)).isZero();
        // Another organisation's declaration does not exist for the caller.
        Api other = Api.bearer(base, DossierFixtures.token(Api.anonymous(base), MoneyFixtures.APPLICANT2));
        assertThat(put(other, path, "{\"grantedOn\": \"2025-03-01\", \"amount\": \"1200.00\", \"grantingBody\":"
                + " \"Commune\", \"reason\": \"mine\"}").statusCode()).isEqualTo(404);

        HttpResponse<String> corrected = put(applicant, path, "{\"grantedOn\": \"2025-03-02\", \"amount\":"
                + " \"1200.00\", \"grantingBody\": \"Commune de Grande-Synthe\", \"reason\": \"Amount misread\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonObject now = Api.json(corrected);
        assertThat(now.getString("amount")).isEqualTo("1200.00");
        JsonObject history = now.getJsonArray("corrections").getJsonObject(0);
        assertThat(history.getString("previousAmount")).isEqualTo("1000.00");
        assertThat(history.getString("previousGrantedOn")).isEqualTo("2025-03-01");
        assertThat(history.getString("reason")).isEqualTo("Amount misread");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'de-minimis.corrected'"
                + " AND summary LIKE '%#" + aid + " corrected%'")).isEqualTo(1);

        // Staff read it on a dossier of that organisation, with the 3-year total.
        long dossier = MoneyFixtures.inCommittee(who, MoneyFixtures.draft(callId, 9, "Budget: de minimis",
                "20000.00", "0.00", "0.00"), "20000.00", "0.00", "0.00", List.of()).dossierId();
        JsonObject statement = Api.json(who.analyst().get("api/v1/dossiers/" + dossier + "/de-minimis"));
        assertThat(statement.getString("ceiling")).isEqualTo("300000.00");
        JsonObject item = statement.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(i -> i.getJsonNumber("id").longValue() == aid).findFirst().orElseThrow();
        assertThat(item.getString("amount")).isEqualTo("1200.00");
        assertThat(item.getJsonArray("corrections")).hasSize(1);
        assertThat(new BigDecimal(statement.getString("rollingTotal"))).isGreaterThanOrEqualTo(bd("1200.00"));
    }

    // --- helpers ---

    private record Session(long id, String path) {
    }

    private long inCommittee(int action, String title, String grant) {
        return MoneyFixtures.inCommittee(who, MoneyFixtures.draft(callId, action, title + " " + System.nanoTime(),
                grant, "0.00", "0.00"), grant, "0.00", "0.00", List.of()).dossierId();
    }

    /** An open session of member1 and member2 with the dossiers on its agenda in order, both voting for each. */
    private Session session(String title, List<Long> dossiers) {
        HttpResponse<String> planned = who.director1().postJson("api/v1/committees", "{\"title\": "
                + Api.quote(title) + ", \"heldOn\": \"" + LocalDate.now().plusDays(7) + "\", \"members\": [\""
                + MEMBER1 + "\", \"" + MEMBER2 + "\"]}");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        long id = MoneyFixtures.id(planned);
        Session session = new Session(id, "api/v1/committees/" + id);
        for (long dossier : dossiers) {
            assertThat(who.director1().postJson(session.path + "/agenda", "{\"dossierId\": " + dossier + "}")
                    .statusCode()).isEqualTo(200);
        }
        assertThat(who.director1().postJson(session.path + "/open", "").statusCode()).isEqualTo(200);
        return session;
    }

    private void vote(Session session, Api member, long dossier, String choice) {
        HttpResponse<String> voted = member.postJson(session.path + "/votes", "{\"dossierId\": " + dossier
                + ", \"choice\": \"" + choice + "\"}");
        assertThat(voted.statusCode()).as(voted.body()).isEqualTo(200);
    }

    private HttpResponse<String> decide(Session session, long dossier, String grant, boolean subjectToFunds) {
        voteFor(session, dossier);
        return postDecision(session, dossier, grant, subjectToFunds);
    }

    private void voteFor(Session session, long dossier) {
        for (Api member : List.of(who.member1(), who.member2())) {
            member.postJson(session.path + "/votes", "{\"dossierId\": " + dossier + ", \"choice\": \"FOR\"}");
        }
    }

    private HttpResponse<String> postDecision(Session session, long dossier, String grant, boolean subjectToFunds) {
        return who.director1().postJson(session.path + "/decisions", "{\"dossierId\": " + dossier
                + ", \"outcome\": \"APPROVED\", \"approved\": {\"GRANT\": \"" + grant + "\"}, \"subjectToFunds\": "
                + subjectToFunds + "}");
    }

    private HttpResponse<String> confirmFunds(Session session, long dossier) {
        return who.director1().postJson(session.path + "/decisions/" + dossier + "/confirm-funds", "");
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Api.json(response);
    }

    private String status(long dossier) {
        return Api.json(who.analyst().get("api/v1/dossiers/" + dossier)).getString("status");
    }

    private JsonObject actionBudget(int number) {
        HttpResponse<String> budget = who.analyst().get(BUDGET);
        assertThat(budget.statusCode()).as(budget.body()).isEqualTo(200);
        return Api.json(budget).getJsonArray("actions").stream().map(JsonObject.class::cast)
                .filter(a -> a.getInt("number") == number).findFirst().orElseThrow();
    }

    private static BigDecimal envelopeOf(int action) throws Exception {
        try (var db = Database.connect(); var query = db.prepareStatement("SELECT envelope FROM programme_action"
                + " WHERE number = ? AND programme_id = (SELECT id FROM programme WHERE code = 'TI-DK')")) {
            query.setInt(1, action);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getBigDecimal(1);
            }
        }
    }

    private static void setEnvelope(int action, BigDecimal envelope) throws Exception {
        MoneyFixtures.execute("UPDATE programme_action SET envelope = ? WHERE number = ? AND programme_id ="
                + " (SELECT id FROM programme WHERE code = 'TI-DK')", envelope, action);
    }

    private static void restoreEnvelope(int action, BigDecimal original) throws Exception {
        try (var db = Database.connect(); var update = db.prepareStatement("UPDATE programme_action SET envelope = ?"
                + " WHERE number = ? AND programme_id = (SELECT id FROM programme WHERE code = 'TI-DK')")) {
            update.setBigDecimal(1, original);
            update.setInt(2, action);
            update.executeUpdate();
        }
    }

    private static HttpResponse<String> put(Api api, String path, String json) {
        return api.send(api.request(path).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static long count(String sql) throws Exception {
        return MoneyFixtures.decimal(sql).longValueExact();
    }

    private static BigDecimal dec(JsonObject json, String field) {
        return new BigDecimal(json.getString(field));
    }

    private static BigDecimal bd(String amount) {
        return new BigDecimal(amount);
    }

    /** The ratio as the API writes it: 4 decimals, half-even; null without a fund contribution. */
    private static String ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null
                : numerator.divide(denominator, 4, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String text(JsonObject json, String field) {
        return json.isNull(field) ? null : json.getString(field);
    }

}

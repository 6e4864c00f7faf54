package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.MoneyFixtures.problemKey;
import static org.levier.web.it.MoneyFixtures.tranche;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leverage and portfolio over the API against MariaDB, on a small portfolio built through the API (two dossiers of
 * applicant1, a SMALL company, taken to committee approval; one signed and half paid): every basis of every
 * dossier against hand-computed figures, and the axis row moving by exactly the sums of its dossiers (a ratio of
 * sums, not the average of the dossiers' ratios). Other tests may share the database, so axis and programme figures
 * are compared before and after.
 */
@ExtendWith(PayaraServer.class)
class LeverageIT {

    @PayaraServer.Base
    URL base;

    /**
     * Dossier B's plan: fund 200,000.00 (grant); own funds 100,000.00 COMMITTED, bank loan 300,000.00 RECEIVED,
     * region 400,000.00 COMMITTED, private investor 500,000.00 PLANNED: cost 1,500,000.00.
     */
    private static String draftB(long callId, int actionNumber, String title) {
        return """
                {"callId": %d, "actionNumber": %d, "title": %s, "summary": "Leverage IT",
                 "startDate": "2027-01-01", "endDate": "2028-12-31",
                 "requested": {"GRANT": "200000.00", "REPAYABLE_ADVANCE": "0.00", "EQUITY": "0.00"},
                 "budgetLines": [{"category": "EQUIPMENT", "label": "Plant", "amount": "1500000.00"}],
                 "cofinancing": [
                   {"sourceType": "OWN_FUNDS", "funder": "Applicant", "amount": "100000.00", "status": "COMMITTED"},
                   {"sourceType": "BANK_LOAN", "funder": "Bank", "amount": "300000.00", "status": "RECEIVED"},
                   {"sourceType": "REGION", "funder": "Region", "amount": "400000.00", "status": "COMMITTED"},
                   {"sourceType": "PRIVATE_INVESTOR", "funder": "Angel", "amount": "500000.00", "status": "PLANNED"}],
                 "impactTargets": [{"indicator": "CO2_AVOIDED", "target": "10"}],
                 "milestones": [{"title": "Commissioning", "dueDate": "2027-06-30"}]}
                """.formatted(callId, actionNumber, Api.quote(title));
    }

    @Test
    void leverageOnEachBasisIsTheRatioOfSumsOfTheDossiers() {
        MoneyFixtures.Actors who = MoneyFixtures.Actors.of(base);
        Api analyst = who.analyst();
        Api auditor = Api.demo(base, MoneyFixtures.AUDITOR);
        JsonObject programme = Api.json(analyst.get("api/v1/programmes/TI-DK"));
        JsonObject firstAxis = programme.getJsonArray("axes").getJsonObject(0);
        String axisKey = String.valueOf(firstAxis.getInt("number"));
        int actionA = firstAxis.getJsonArray("actions").getJsonObject(0).getInt("number");
        int actionB = firstAxis.getJsonArray("actions").getJsonObject(1).getInt("number");

        JsonObject committedBefore = leverage(analyst, "axis", "committed");
        JsonObject requestedBefore = leverage(analyst, "axis", "requested");
        JsonObject portfolioBefore = Api.json(auditor.get("api/v1/programmes/TI-DK/portfolio"));

        // A: grant 100,000.00, own funds 300,000.00 COMMITTED (MoneyFixtures.draft: cost four times the fund).
        long a = MoneyFixtures.approvedDossier(who, actionA, "Leverage A " + System.nanoTime(), "100000.00", "0.00",
                "0.00", List.of()).dossierId();
        long callId = DossierFixtures.demoCallId(who.applicant());
        String titleB = "Leverage B " + System.nanoTime();
        long b = MoneyFixtures.approvedDossier(who, draftB(callId, actionB, titleB), titleB, "200000.00", "0.00",
                "0.00", List.of()).dossierId();

        // Committed: A 100,000 / 400,000 (leverage 4, private 3); B 200,000 / 1,000,000 (5; private 400,000: 2).
        JsonObject committed = leverage(analyst, "dossier", "committed");
        assertRow(row(committed, a), "100000.00", "400000.00", "300000.00", "4.0000", "3.0000", "3.0000");
        assertRow(row(committed, b), "200000.00", "1000000.00", "800000.00", "5.0000", "4.0000", "2.0000");
        assertThat(row(committed, b).getString("label")).startsWith("TI-DK-").endsWith(titleB);
        // Requested: every line counts. B: 200,000 / 1,500,000 (7.5; private 100k + 300k + 500k = 900k: 4.5).
        JsonObject requested = leverage(analyst, "dossier", "requested");
        assertRow(row(requested, a), "100000.00", "400000.00", "300000.00", "4.0000", "3.0000", "3.0000");
        assertRow(row(requested, b), "200000.00", "1500000.00", "1300000.00", "7.5000", "6.5000", "4.5000");

        // The axis moves by the sums: 300,000 / 1,400,000 = 4.6667, not the average (4 + 5) / 2 = 4.5.
        JsonObject committedAfter = leverage(analyst, "axis", "committed");
        assertDelta(axis(committedBefore, axisKey), axis(committedAfter, axisKey), "300000.00", "1400000.00");
        assertDelta(axis(requestedBefore, axisKey), axis(leverage(analyst, "axis", "requested"), axisKey),
                "300000.00", "1900000.00");
        assertDelta(committedBefore.getJsonObject("total"), committedAfter.getJsonObject("total"), "300000.00",
                "1400000.00");
        if (new BigDecimal(axis(committedBefore, axisKey).getString("fundContribution")).signum() == 0) {
            assertThat(axis(committedAfter, axisKey).getString("leverage")).isEqualTo("4.6667");
        }
        assertThat(committedAfter.getJsonObject("total").getString("target")).isEqualTo("7.68");
        assertThat(committedAfter.getJsonObject("total").getString("allotment")).isEqualTo("37500000.00");

        // Realised: nothing before money moves; A signed and 40,000.00 paid, no co-financing RECEIVED: 1.0000.
        assertThat(findRow(leverage(analyst, "dossier", "realised"), a)).isNull();
        MoneyFixtures.sign(who.director1(), a, MoneyFixtures.agreementBody(
                tranche("GRANT", "100000.00", "2027-03-01", "Start"), ""));
        long disbursement = MoneyFixtures.id(MoneyFixtures.requestDisbursement(analyst, a,
                MoneyFixtures.trancheId(Api.json(analyst.get("api/v1/dossiers/" + a + "/agreement")), 0),
                "40000.00", null, null));
        assertThat(MoneyFixtures.approve(who.director1(), disbursement).statusCode()).isEqualTo(200);
        HttpResponse<String> paid = MoneyFixtures.pay(who.director1(), disbursement, "2026-12-20");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertRow(row(leverage(auditor, "dossier", "realised"), a), "40000.00", "40000.00", "0.00", "1.0000",
                "0.0000", "0.0000");
        // Committed is the agreement's commitment now (unchanged: 100,000.00).
        assertRow(row(leverage(analyst, "dossier", "committed"), a), "100000.00", "400000.00", "300000.00",
                "4.0000", "3.0000", "3.0000");

        // Portfolio: the agreement commits 100,000.00 on A's action, 40,000.00 paid, 60,000.00 remaining.
        JsonObject portfolio = Api.json(auditor.get("api/v1/programmes/TI-DK/portfolio"));
        JsonObject actionBefore = position(portfolioBefore.getJsonArray("actions"), String.valueOf(actionA));
        JsonObject actionAfter = position(portfolio.getJsonArray("actions"), String.valueOf(actionA));
        assertThat(money(actionAfter, "committed").subtract(money(actionBefore, "committed")))
                .isEqualByComparingTo("100000.00");
        assertThat(money(actionAfter, "paid").subtract(money(actionBefore, "paid"))).isEqualByComparingTo("40000.00");
        assertThat(money(portfolio, "approvedNotSigned").subtract(money(portfolioBefore, "approvedNotSigned")))
                .as("B approved, its agreement not signed").isEqualByComparingTo("200000.00");
        assertThat(money(portfolio, "remaining")).isEqualByComparingTo(
                money(portfolio, "committed").subtract(money(portfolio, "paid")));
        assertThat(portfolio.getJsonObject("pipeline").getInt("IN_EXECUTION")).isPositive();
        assertThat(portfolio.getJsonObject("pipeline").getInt("APPROVED")).isPositive();

        // By source on the committed basis: the rows' co-financing adds up to the programme's.
        JsonObject bySource = leverage(analyst, "source", "committed");
        BigDecimal sources = bySource.getJsonArray("rows").stream()
                .map(r -> new BigDecimal(r.asJsonObject().getString("cofinancing")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sources).isEqualByComparingTo(bySource.getJsonObject("total").getString("cofinancing"));
    }

    /**
     * The maintained programme figures (read by the leverage, portfolio, pipeline and dashboard) against the
     * independent {@code GROUP BY} aggregates, after a long random sequence of operations run through the API by four
     * threads at once on dossiers of the same action (so their transactions update the same figure rows):
     * submissions, committee approvals, signatures, disbursement requests, approvals, payments and cancellations,
     * co-financing moves, recovery orders and receipts. Equal to the cent, every basis and breakdown; and unchanged
     * by an administrator's rebuild from the source rows.
     */
    @Test
    void maintainedFiguresEqualTheAggregatesAfterConcurrentRandomOperations() throws Exception {
        MoneyFixtures.Actors who = MoneyFixtures.Actors.of(base);
        Api auditor = Api.demo(base, MoneyFixtures.AUDITOR);
        int action = Api.json(who.analyst().get("api/v1/programmes/TI-DK")).getJsonArray("axes").getJsonObject(2)
                .getJsonArray("actions").getJsonObject(0).getInt("number");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Map<String, Integer>>> walks = new java.util.ArrayList<>();
        List<RandomWalk> walkers = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            // Each walk starts from one approved dossier, taken through the committee before the threads start.
            RandomWalk walker = new RandomWalk(who, action, new java.util.Random(20261205L + t));
            walker.approve();
            walkers.add(walker);
        }
        for (RandomWalk walker : walkers) {
            walks.add(pool.submit(() -> walker.run(22)));
        }
        pool.shutdown();
        Map<String, Integer> accepted = new java.util.TreeMap<>();
        for (var walk : walks) {
            walk.get(20, java.util.concurrent.TimeUnit.MINUTES).forEach((k, v) -> accepted.merge(k, v, Integer::sum));
        }
        // Every kind of operation went through at least once (refusals, e.g. an amount over the tranche, happen too).
        assertThat(accepted).as("operations the API accepted").containsKeys("approval", "signature", "request",
                "approve", "pay", "cancel", "submission", "cofinancing", "recovery");

        JsonObject check = Api.json(auditor.get("api/v1/admin/figures/check?programme=TI-DK"));
        assertThat(check.getJsonArray("differences")).as(check.toString()).isEmpty();
        assertThat(check.getInt("compared")).isEqualTo(3 * 4 + 6);
        // Through the API too: the programme's committed total (maintained) is the sum of its dossiers' rows (per
        // dossier today: each dossier's maintained figures; as of a date, recomputed from the source rows).
        for (String basis : List.of("requested", "committed", "realised")) {
            JsonObject perDossier = leverage(auditor, "dossier", basis);
            BigDecimal fund = perDossier.getJsonArray("rows").stream()
                    .map(r -> new BigDecimal(r.asJsonObject().getString("fundContribution")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(money(leverage(auditor, "axis", basis).getJsonObject("total"), "fundContribution"))
                    .as(basis).isEqualByComparingTo(fund);
            // As of a date after every payment, the same rows recomputed from the source rows (the aggregate); a
            // page of today's rows is the slice of them, with the count of them all.
            JsonArray recomputed = leverage(auditor, "dossier", basis, "&asOf=2999-12-31")
                    .getJsonArray("rows");
            assertThat(perDossier.getJsonArray("rows")).as(basis).isEqualTo(recomputed).isNotEmpty();
            JsonObject page = leverage(auditor, "dossier", basis, "&page=1&size=2");
            assertThat(page.getJsonArray("rows")).as(basis + " page 1 of 2")
                    .isEqualTo(recomputed.subList(Math.min(2, recomputed.size()), Math.min(4, recomputed.size())));
            assertThat(page.getJsonNumber("totalRows").longValue()).isEqualTo(recomputed.size());
        }
        // The budget's committed sum (its own aggregate) equals the maintained one.
        JsonObject budget = Api.json(auditor.get("api/v1/programmes/TI-DK/budget"));
        for (String sum : List.of("committed", "reserved")) {
            assertThat(money(budget, sum)).as(sum).isEqualByComparingTo(MoneyFixtures.decimal("SELECT"
                    + " COALESCE(SUM(f.amount), 0) FROM programme_figure f JOIN programme p ON p.id = f.programme_id"
                    + " WHERE p.code = 'TI-DK' AND f.figure = ?", "budget." + sum));
        }

        // A rebuild from the source rows finds exactly what the deltas maintained.
        String before = Api.json(auditor.get("api/v1/programmes/TI-DK/portfolio")).toString()
                + leverage(auditor, "source", "committed") + leverage(auditor, "action", "realised");
        Api admin = Api.demo(base, "admin@levier.example");
        assertThat(who.analyst().postJson("api/v1/admin/figures/rebuild", "").statusCode()).isEqualTo(403);
        HttpResponse<String> rebuilt = admin.postJson("api/v1/admin/figures/rebuild", "");
        assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
        assertThat(Api.json(rebuilt).getJsonNumber("dossiers").longValue()).isPositive();
        assertThat(Api.json(auditor.get("api/v1/programmes/TI-DK/portfolio")).toString()
                + leverage(auditor, "source", "committed") + leverage(auditor, "action", "realised"))
                .isEqualTo(before);
        assertThat(Api.json(auditor.get("api/v1/admin/figures/check")).getJsonArray("differences")).isEmpty();
    }

    /** One thread's random sequence of operations on its own dossiers (refusals are part of the game). */
    private static final class RandomWalk {

        private final MoneyFixtures.Actors who;
        private final int action;
        private final java.util.Random random;
        private final List<MoneyFixtures.Approved> approved = new java.util.ArrayList<>();
        private final List<Long> signed = new java.util.ArrayList<>();
        private final List<Long> disbursements = new java.util.ArrayList<>();
        private final Map<Long, Long> dossierOf = new java.util.HashMap<>();
        private final List<Long> paid = new java.util.ArrayList<>();
        private final Map<String, Integer> accepted = new java.util.TreeMap<>();

        RandomWalk(MoneyFixtures.Actors who, int action, java.util.Random random) {
            this.who = who;
            this.action = action;
            this.random = random;
        }

        Map<String, Integer> run(int steps) {
            for (int step = 0; step < steps; step++) {
                switch (random.nextInt(9)) {
                    case 0 -> submit();
                    case 1 -> approveConcurrently();
                    case 2 -> sign();
                    case 3, 4 -> request();
                    case 5 -> decide("approve", "");
                    case 6 -> pay();
                    case 7 -> decide("cancel", "{\"reason\": \"Random walk\"}");
                    default -> moveOrRecover();
                }
            }
            finale();
            return accepted;
        }

        /**
         * The end of each walk, still concurrent with the other threads, so that every kind of operation happens
         * whatever the draw: a submission, a co-financing move, a signature, a request cancelled, and a request
         * approved, paid, then partly recovered.
         */
        private void finale() {
            submit();
            MoneyFixtures.Approved first = approved.getFirst();
            JsonObject line = Api.json(who.analyst().get("api/v1/dossiers/" + first.dossierId() + "/cofinancing"))
                    .getJsonArray("lines").getJsonObject(0);
            count(who.analyst().postJson("api/v1/dossiers/" + first.dossierId() + "/cofinancing/"
                    + line.getJsonNumber("id") + "/status", "{\"status\": \"RECEIVED\", \"amount\": \""
                    + amount(20, 60) + "\", \"evidenceDocumentId\": " + first.evidenceId() + "}"), "cofinancing");
            if (!signed.contains(first.dossierId())) {
                signed.add(first.dossierId());
                JsonObject dossier = Api.json(who.analyst().get("api/v1/dossiers/" + first.dossierId()));
                count(who.director1().postJson("api/v1/dossiers/" + first.dossierId() + "/agreement",
                        MoneyFixtures.agreementBody(tranche("GRANT", dossier.getJsonObject("requested")
                                .getString("GRANT"), "2027-03-01", "Start"), "")), "signature");
            }
            long tranche = MoneyFixtures.trancheId(Api.json(who.analyst().get("api/v1/dossiers/"
                    + first.dossierId() + "/agreement")), 0);
            HttpResponse<String> cancelled = MoneyFixtures.requestDisbursement(who.analyst(), first.dossierId(),
                    tranche, "100.00", null, null);
            if (count(cancelled, "request")) {
                count(MoneyFixtures.cancel(who.director1(), MoneyFixtures.id(cancelled), "Finale"), "cancel");
            }
            HttpResponse<String> requested = MoneyFixtures.requestDisbursement(who.analyst(), first.dossierId(),
                    tranche, "500.00", null, null);
            if (count(requested, "request")) {
                long id = MoneyFixtures.id(requested);
                count(MoneyFixtures.approve(who.director1(), id), "approve");
                if (count(MoneyFixtures.pay(who.director1(), id, null), "pay")) {
                    paid.clear();
                    paid.add(first.dossierId());
                    while (!accepted.containsKey("recovery") && accepted.getOrDefault("recovery order", 0) < 3) {
                        recover();
                    }
                }
            }
        }

        private void accepted(String kind) {
            accepted.merge(kind, 1, Integer::sum);
        }

        private void submit() {
            String body = MoneyFixtures.draft(DossierFixtures.demoCallId(who.applicant()), action,
                    "Figures walk " + System.nanoTime(), amount(5, 20), "0.00", "0.00");
            HttpResponse<String> created = who.applicant().postJson("api/v1/dossiers", body);
            if (count(created, "draft")) {
                long id = MoneyFixtures.id(created);
                DossierFixtures.upload(who.applicant(), id, "OTHER", "quote.pdf", DossierFixtures.minimalPdf());
                count(who.applicant().postJson("api/v1/dossiers/" + id + "/submit", ""), "submission");
            }
        }

        private void approve() {
            String grant = amount(10, 40);
            approved.add(MoneyFixtures.approvedDossier(who, action, "Figures walk " + System.nanoTime(), grant,
                    "0.00", "0.00", List.of()));
            accepted("approval");
        }

        /**
         * The committee journey while other threads work: a decision that meets another's programme lock may be
         * answered 409 "busy, try again" (the budget check serialises approvals); that dossier stays in committee.
         */
        private void approveConcurrently() {
            try {
                approve();
            } catch (AssertionError busy) {
                assertThat(busy.getMessage()).contains("409");
            }
        }

        private void sign() {
            for (MoneyFixtures.Approved a : approved) {
                if (!signed.contains(a.dossierId())) {
                    JsonObject dossier = Api.json(who.analyst().get("api/v1/dossiers/" + a.dossierId()));
                    String grant = dossier.getJsonObject("requested").getString("GRANT");
                    if (count(who.director1().postJson("api/v1/dossiers/" + a.dossierId() + "/agreement",
                            MoneyFixtures.agreementBody(tranche("GRANT", grant, "2027-03-01", "Start"), "")),
                            "signature")) {
                        signed.add(a.dossierId());
                    }
                    return;
                }
            }
        }

        private void request() {
            if (signed.isEmpty()) {
                sign();
                return;
            }
            long dossier = signed.get(random.nextInt(signed.size()));
            long tranche = MoneyFixtures.trancheId(Api.json(who.analyst().get("api/v1/dossiers/" + dossier
                    + "/agreement")), 0);
            HttpResponse<String> requested = MoneyFixtures.requestDisbursement(who.analyst(), dossier, tranche,
                    amount(1, 4), null, null);
            if (count(requested, "request")) {
                disbursements.add(MoneyFixtures.id(requested));
                dossierOf.put(MoneyFixtures.id(requested), dossier);
            }
        }

        private void decide(String verb, String body) {
            if (!disbursements.isEmpty()) {
                long id = disbursements.get(random.nextInt(disbursements.size()));
                count(who.director1().postJson("api/v1/disbursements/" + id + "/" + verb, body), verb);
            }
        }

        private void pay() {
            if (!disbursements.isEmpty()) {
                long id = disbursements.get(random.nextInt(disbursements.size()));
                if (count(MoneyFixtures.pay(who.director1(), id, null), "pay")) {
                    paid.add(dossierOf.get(id));
                }
            }
        }

        /** Moves an own-funds line to RECEIVED at a confirmed amount, or orders and receives a recovery. */
        private void moveOrRecover() {
            if (approved.isEmpty()) {
                return;
            }
            MoneyFixtures.Approved a = approved.get(random.nextInt(approved.size()));
            String dossier = "api/v1/dossiers/" + a.dossierId();
            if (paid.isEmpty() || random.nextBoolean()) {
                JsonObject line = Api.json(who.analyst().get(dossier + "/cofinancing")).getJsonArray("lines")
                        .getJsonObject(0);
                count(who.analyst().postJson(dossier + "/cofinancing/" + line.getJsonNumber("id") + "/status",
                        "{\"status\": \"RECEIVED\", \"amount\": \"" + amount(20, 60) + "\", \"evidenceDocumentId\": "
                                + a.evidenceId() + "}"), "cofinancing");
            } else {
                recover();
            }
        }

        /** Orders 100.00 back from a dossier with a payment, and receives all or part of it. */
        private void recover() {
            String dossier = "api/v1/dossiers/" + paid.get(random.nextInt(paid.size()));
            HttpResponse<String> order = who.director1().postJson(dossier + "/recoveries", "{\"amount\":"
                    + " \"100.00\", \"reason\": \"Random walk\", \"dueOn\": \""
                    + java.time.LocalDate.parse(MoneyFixtures.today()).plusDays(30) + "\"}");
            if (count(order, "recovery order")) {
                count(who.director1().postJson(dossier + "/recoveries/" + MoneyFixtures.id(order) + "/receipts",
                        "{\"amount\": \"" + (random.nextBoolean() ? "100.00" : "40.00") + "\", \"receivedOn\": \""
                                + MoneyFixtures.today() + "\", \"bankReference\": \"REC-" + System.nanoTime()
                                + "\"}"), "recovery");
            }
        }

        /** Thousands of euros between {@code from} and {@code to}, with cents. */
        private String amount(int from, int to) {
            return BigDecimal.valueOf(from * 100_000L + random.nextInt((to - from) * 100_000), 2).toPlainString();
        }

        /** Counts an accepted operation of a kind; a refusal must be a clean 4xx, never a server error. */
        private boolean count(HttpResponse<String> response, String kind) {
            assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isLessThan(500);
            boolean ok = response.statusCode() / 100 == 2;
            if (ok) {
                accepted(kind);
            }
            return ok;
        }
    }

    @Test
    void badParametersAreNamedAndApplicantsMayNotSeeThePortfolio() {
        Api analyst = Api.demo(base, MoneyFixtures.ANALYST);
        HttpResponse<String> badBasis = analyst.get("api/v1/programmes/TI-DK/leverage?by=axis&basis=hoped");
        assertThat(badBasis.statusCode()).isEqualTo(422);
        assertThat(Api.mediaType(badBasis)).isEqualTo("application/problem+json");
        assertThat(problemKey(badBasis)).isEqualTo("parameter.invalid");
        assertThat(Api.json(badBasis).getJsonArray("violations").getJsonObject(0).getString("field"))
                .isEqualTo("basis");
        HttpResponse<String> badBy = analyst.get("api/v1/programmes/TI-DK/leverage?by=planet");
        assertThat(badBy.statusCode()).isEqualTo(422);
        assertThat(Api.json(badBy).getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("by");
        assertThat(analyst.get("api/v1/programmes/NOPE/leverage").statusCode()).isEqualTo(404);

        Api applicant = Api.demo(base, MoneyFixtures.APPLICANT1);
        assertThat(applicant.get("api/v1/programmes/TI-DK/leverage").statusCode()).isEqualTo(403);
        assertThat(applicant.get("api/v1/programmes/TI-DK/portfolio").statusCode()).isEqualTo(403);
        assertThat(Api.anonymous(base).get("api/v1/programmes/TI-DK/portfolio").statusCode()).isEqualTo(401);
        assertThat(Api.demo(base, MoneyFixtures.DIRECTOR1).get("api/v1/programmes/TI-DK/leverage?by=action")
                .statusCode()).isEqualTo(200);
    }

    private static JsonObject leverage(Api api, String by, String basis) {
        return leverage(api, by, basis, "");
    }

    /** The leverage with more parameters ({@code &name=value…}). */
    private static JsonObject leverage(Api api, String by, String basis, String more) {
        HttpResponse<String> response = api.get("api/v1/programmes/TI-DK/leverage?by=" + by + "&basis=" + basis
                + more);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject body = Api.json(response);
        assertThat(body.getString("basis")).isEqualTo(basis);
        assertThat(body.getString("by")).isEqualTo(by);
        return body;
    }

    private static JsonObject findRow(JsonObject leverage, long dossierId) {
        return leverage.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("key").equals(String.valueOf(dossierId))).findFirst().orElse(null);
    }

    private static JsonObject row(JsonObject leverage, long dossierId) {
        JsonObject row = findRow(leverage, dossierId);
        assertThat(row).as("row of dossier " + dossierId + " in " + leverage).isNotNull();
        return row;
    }

    private static JsonObject axis(JsonObject leverage, String key) {
        return leverage.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("key").equals(key)).findFirst()
                .orElse(jakarta.json.Json.createObjectBuilder().add("fundContribution", "0.00")
                        .add("totalProjectCost", "0.00").build());
    }

    private static JsonObject position(jakarta.json.JsonArray rows, String key) {
        return rows.stream().map(JsonObject.class::cast).filter(r -> r.getString("key").equals(key)).findFirst()
                .orElse(jakarta.json.Json.createObjectBuilder().add("committed", "0.00").add("paid", "0.00").build());
    }

    private static void assertRow(JsonObject row, String fund, String total, String cofinancing, String leverage,
                                  String multiplier, String privateLeverage) {
        assertThat(row.getString("fundContribution")).isEqualTo(fund);
        assertThat(row.getString("totalProjectCost")).isEqualTo(total);
        assertThat(row.getString("cofinancing")).isEqualTo(cofinancing);
        assertThat(row.getString("leverage")).isEqualTo(leverage);
        assertThat(row.getString("cofinancingMultiplier")).isEqualTo(multiplier);
        assertThat(row.getString("privateLeverage")).isEqualTo(privateLeverage);
        // The ratio is the quotient of the row's own sums.
        assertThat(new BigDecimal(total).divide(new BigDecimal(fund), 4, RoundingMode.HALF_EVEN).toPlainString())
                .isEqualTo(leverage);
    }

    private static void assertDelta(JsonObject before, JsonObject after, String fund, String total) {
        assertThat(money(after, "fundContribution").subtract(money(before, "fundContribution")))
                .isEqualByComparingTo(fund);
        assertThat(money(after, "totalProjectCost").subtract(money(before, "totalProjectCost")))
                .isEqualByComparingTo(total);
        assertThat(new BigDecimal(after.getString("leverage"))).isEqualTo(money(after, "totalProjectCost")
                .divide(money(after, "fundContribution"), 4, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal money(JsonObject o, String field) {
        return new BigDecimal(o.getString(field));
    }
}

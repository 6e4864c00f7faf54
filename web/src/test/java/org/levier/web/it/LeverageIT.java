package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.MoneyFixtures.problemKey;
import static org.levier.web.it.MoneyFixtures.tranche;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
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
        HttpResponse<String> response = api.get("api/v1/programmes/TI-DK/leverage?by=" + by + "&basis=" + basis);
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

package org.levier.web.it;

import org.levier.demo.control.DemoPortfolioGenerator;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo portfolio as the run command loads it (levier.demo.portfolio=true), against MariaDB: the Dunkerque
 * programme's committed leverage is exactly 7.68 on 37,500,000.00 committed and 288,000,000.00 of projects, each axis
 * is the sum of its actions, and the organisations are fictitious and labelled. The demo portfolio commits the whole
 * allotment, which the other ITs' agreements need, so this class runs alone on its own database:
 * <pre>
 * LEVIER_IT_DB_NAME=levier_it_demo ./test.sh -pl web -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=DemoPortfolioIT -Dlevier.it.demo.portfolio=true
 * </pre>
 * and is skipped (reported as such) in the ordinary suite.
 */
@ExtendWith(PayaraServer.class)
class DemoPortfolioIT {

    @PayaraServer.Base
    URL base;

    @BeforeEach
    void onlyWithTheDemoPortfolio() {
        Assumptions.assumeTrue(Boolean.getBoolean("levier.it.demo.portfolio"),
                "the demo portfolio is on only with -Dlevier.it.demo.portfolio=true, on a database of its own");
    }

    @Test
    void committedLeverageIs7Point68AndEachAxisIsTheSumOfItsActions() throws Exception {
        Api analyst = Api.demo(base, MoneyFixtures.ANALYST);
        JsonObject byAxis = Api.json(analyst.get("api/v1/programmes/TI-DK/leverage?by=axis&basis=committed"));
        JsonObject total = byAxis.getJsonObject("total");
        assertThat(total.getString("fundContribution")).isEqualTo("37500000.00");
        assertThat(total.getString("totalProjectCost")).isEqualTo("288000000.00");
        assertThat(total.getString("leverage")).isEqualTo("7.6800");
        assertThat(total.getString("cofinancingMultiplier")).isEqualTo("6.6800");
        assertThat(total.getString("target")).isEqualTo("7.68");

        // Each axis recomputed from its actions (the programme says which action belongs to which axis).
        Map<String, String> axisOfAction = new HashMap<>();
        Api.json(analyst.get("api/v1/programmes/TI-DK")).getJsonArray("axes").forEach(axis -> axis.asJsonObject()
                .getJsonArray("actions").forEach(action -> axisOfAction.put(
                        String.valueOf(action.asJsonObject().getInt("number")),
                        String.valueOf(axis.asJsonObject().getInt("number")))));
        JsonObject byAction = Api.json(analyst.get("api/v1/programmes/TI-DK/leverage?by=action&basis=committed"));
        assertThat(byAction.getJsonArray("rows")).hasSize(15);
        Map<String, BigDecimal[]> sums = new HashMap<>();
        byAction.getJsonArray("rows").forEach(r -> {
            JsonObject row = r.asJsonObject();
            BigDecimal[] s = sums.computeIfAbsent(axisOfAction.get(row.getString("key")),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(new BigDecimal(row.getString("fundContribution")));
            s[1] = s[1].add(new BigDecimal(row.getString("totalProjectCost")));
        });
        assertThat(byAxis.getJsonArray("rows")).hasSize(sums.size());
        byAxis.getJsonArray("rows").forEach(r -> {
            JsonObject row = r.asJsonObject();
            BigDecimal[] s = sums.get(row.getString("key"));
            assertThat(new BigDecimal(row.getString("fundContribution"))).isEqualByComparingTo(s[0]);
            assertThat(new BigDecimal(row.getString("totalProjectCost"))).isEqualByComparingTo(s[1]);
            assertThat(row.getString("leverage"))
                    .isEqualTo(s[1].divide(s[0], 4, java.math.RoundingMode.HALF_EVEN).toPlainString());
        });

        // Fictitious, labelled organisations only; dossiers in every lifecycle state.
        try (Connection db = Database.connect(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*), SUM(CASE WHEN o.demo = TRUE AND o.legal_name LIKE"
                     + " '%(démo)' AND o.siret LIKE '98765%' THEN 1 ELSE 0 END) FROM organisation o WHERE o.id IN"
                     + " (SELECT d.organisation_id FROM dossier d WHERE d.title LIKE '%(démo)')")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(10);
            assertThat(r.getInt(2)).isEqualTo(10);
        }
        JsonObject portfolio = Api.json(Api.demo(base, MoneyFixtures.AUDITOR).get("api/v1/programmes/TI-DK/portfolio"));
        assertThat(portfolio.getJsonObject("pipeline").keySet()).contains("DRAFT", "SUBMITTED", "ELIGIBILITY_REVIEW",
                "DUE_DILIGENCE", "COMMITTEE", "APPROVED", "REJECTED", "INELIGIBLE", "WITHDRAWN", "AGREEMENT_SIGNED",
                "IN_EXECUTION", "COMPLETED", "TERMINATED");
    }

    /**
     * The demo's impact figures, hand-computed from DemoImpact.TARGETS: counted dossiers are those of
     * actions 2, 3, 4 (axis 1), 7, 8 (axis 2), 9 (axis 3), 12, 13, 14 (axis 4); accepted reports are action 4's
     * (125 % of its targets) and action 9's (90 %).
     */
    @Test
    void impactPageHasTargetsAndAcceptedActualsOnDemoData() throws Exception {
        Api auditor = Api.demo(base, MoneyFixtures.AUDITOR);
        JsonObject byIndicator = Api.json(auditor.get("api/v1/programmes/TI-DK/impact?by=indicator"));
        Map<String, JsonObject> indicators = new HashMap<>();
        byIndicator.getJsonArray("rows").forEach(r -> indicators.put(r.asJsonObject().getString("indicator"),
                r.asJsonObject()));
        // CO2 avoided: action 3 (150000) + action 4 (4000); actual: action 4, 4000 x 1.25.
        assertThat(indicators.get("CO2_AVOIDED").getString("target")).isEqualTo("154000");
        assertThat(indicators.get("CO2_AVOIDED").getString("actual")).isEqualTo("5000");
        assertThat(indicators.get("CO2_AVOIDED").getJsonNumber("dossiers").longValue()).isEqualTo(2);
        // NOx reduced: action 9 only, 3000 reached at 90 %.
        assertThat(indicators.get("NOX_REDUCED").getString("target")).isEqualTo("3000");
        assertThat(indicators.get("NOX_REDUCED").getString("actual")).isEqualTo("2700");
        assertThat(indicators.get("NOX_REDUCED").getString("ratio")).isEqualTo("0.9000");

        // By axis: every axis has targets; axes 1 (action 4) and 3 (action 9) have non-zero actuals.
        JsonObject byAxis = Api.json(auditor.get("api/v1/programmes/TI-DK/impact?by=axis"));
        java.util.Set<String> axes = new java.util.TreeSet<>();
        java.util.Set<String> reporting = new java.util.TreeSet<>();
        byAxis.getJsonArray("rows").forEach(r -> {
            axes.add(r.asJsonObject().getString("key"));
            if (new BigDecimal(r.asJsonObject().getString("actual")).signum() > 0) {
                reporting.add(r.asJsonObject().getString("key"));
            }
        });
        assertThat(axes).containsExactly("1", "2", "3", "4");
        assertThat(reporting).containsExactly("1", "3");

        // One overdue report (action 14's final report), flagged as reminded so no mail goes to the demo creator.
        try (Connection db = Database.connect(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*), SUM(CASE WHEN r.overdue_reminded_at IS NOT NULL"
                     + " THEN 1 ELSE 0 END) FROM progress_report r WHERE r.status = 'DUE'"
                     + " AND r.due_on < CURRENT_DATE")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(1);
            assertThat(r.getInt(2)).isEqualTo(1);
        }
    }

    /**
     * The demo committee's minutes tell one story: its three members present, each item's quorum within them (two of
     * two eligible where the third member recused), decisions recorded on the session day; the annual reports of the
     * signing year and of its last quarter differ within the period and agree cumulatively.
     */
    @Test
    void demoMinutesAndAnnualReportsAgreeWithThemselves() throws Exception {
        long session;
        java.time.LocalDate heldOn;
        try (Connection db = Database.connect(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT id, held_on FROM committee_session"
                     + " WHERE title = 'Comité de démonstration (démo)'")) {
            r.next();
            session = r.getLong(1);
            heldOn = r.getDate(2).toLocalDate();
        }
        String heldOnText = java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.FRENCH)
                .format(heldOn);
        String minutes = text(DossierFixtures.download(Api.demo(base, MoneyFixtures.MEMBER1),
                "api/v1/reports/committee-minutes?lang=fr&committee=" + session));
        assertThat(minutes).contains("3 membres présents sur 3", "Date de la séance " + heldOnText,
                        "3 présents sur 3 éligibles (requis : 2) — atteint", "Pour 3 · Contre 0 · Abstention 0",
                        "2 présents sur 2 éligibles (requis : 2) — atteint", "Pour 2 · Contre 0 · Abstention 0",
                        "le " + heldOnText)
                .doesNotContain("0 membres présents sur 0");

        java.time.LocalDate signed = heldOn.plusDays(50);
        Assumptions.assumeTrue(signed.getMonthValue() < 10, "the demo's agreements are signed before October");
        int year = signed.getYear();
        Api auditor = Api.demo(base, MoneyFixtures.AUDITOR);
        String wholeYear = text(DossierFixtures.download(auditor, "api/v1/reports/annual?lang=fr&from=" + year
                + "-01-01&to=" + year + "-12-31"));
        String lastQuarter = text(DossierFixtures.download(auditor, "api/v1/reports/annual?lang=fr&from=" + year
                + "-10-01&to=" + year + "-12-31"));
        assertThat(wholeYear).contains("Engagements (conventions signées) 30 600 000,00 € 0,00 € 30 600 000,00 €",
                "3. Projets soutenus, par axe", "Chaîne d’audit vérifiée");
        assertThat(lastQuarter).contains("Engagements (conventions signées) 0,00 €",
                " 30 600 000,00 € 30 600 000,00 €", "Période du 1 octobre " + year);
    }

    private static String text(java.net.http.HttpResponse<byte[]> response) throws java.io.IOException {
        assertThat(response.statusCode()).as(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document)
                    .replaceAll("[\\s\\u00A0\\u202F]+", " ");
        }
    }
}

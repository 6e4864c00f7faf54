package org.levier.reports.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Hand-made portfolio and leverage sheets for the programme report tests (labels in French). */
final class ProgrammeSheets {

    static final ReportHeader HEADER = new ReportHeader("DK-TEST", "Fonds Énergie Dunkerque", null, null,
            Instant.parse("2026-11-28T18:30:00Z"), "auditor@levier.example");
    static final BigDecimal TARGET = new BigDecimal("7.68");

    private ProgrammeSheets() {
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    static PortfolioSheet portfolio() {
        List<PortfolioSheet.Position> axes = List.of(
                new PortfolioSheet.Position("1", "Énergie décarbonée", money("1200000.00"), money("300000.50"),
                        money("899999.50"), null, null, new BigDecimal("8.0000")),
                new PortfolioSheet.Position("2", "Économie circulaire", money("300000.00"), money("0.00"),
                        money("300000.00"), null, null, new BigDecimal("6.4000")));
        List<PortfolioSheet.Position> actions = List.of(
                new PortfolioSheet.Position("1", "Hydrogène vert", money("1200000.00"), money("300000.50"),
                        money("899999.50"), money("2400000.00"), new BigDecimal("0.5000"), new BigDecimal("8.0000")),
                new PortfolioSheet.Position("5", "Recyclage des métaux", money("300000.00"), money("0.00"),
                        money("300000.00"), null, null, new BigDecimal("6.4000")));
        List<PortfolioSheet.Position> instruments = List.of(
                new PortfolioSheet.Position(null, "Subvention", money("1000000.00"), money("300000.50"),
                        money("699999.50"), null, null, null),
                new PortfolioSheet.Position(null, "Avance remboursable", money("500000.00"),
                        money("0.00"), money("500000.00"), null, null, null),
                new PortfolioSheet.Position(null, "Prise de participation", money("0.00"), money("0.00"),
                        money("0.00"), null, null, null));
        List<PortfolioSheet.Count> pipeline = List.of(new PortfolioSheet.Count("SUBMITTED", "Déposé", 4),
                new PortfolioSheet.Count("AGREEMENT_SIGNED", "Convention signée", 2));
        List<ChartPoint> chart = List.of(new ChartPoint("Engagé", "Axe 1", money("1200000.00")),
                new ChartPoint("Versé", "Axe 1", money("300000.50")),
                new ChartPoint("Engagé", "Axe 2", money("300000.00")),
                new ChartPoint("Versé", "Axe 2", money("0.00")));
        return new PortfolioSheet(money("37500000.00"), money("1500000.00"), money("300000.50"),
                money("1199999.50"), money("250000.00"), new BigDecimal("0.0400"), new BigDecimal("7.6800"),
                TARGET, axes, actions, instruments, pipeline, chart);
    }

    /** The portfolio with {@code count} actions instead of two: a table by action long enough to span pages. */
    static PortfolioSheet portfolioWithActions(int count) {
        PortfolioSheet base = portfolio();
        List<PortfolioSheet.Position> actions = new java.util.ArrayList<>();
        for (int n = 1; n <= count; n++) {
            actions.add(new PortfolioSheet.Position(String.valueOf(n), "Action n° " + n, money("1000.00"),
                    money("500.00"), money("500.00"), null, null, null));
        }
        return new PortfolioSheet(base.getAllotment(), base.getCommitted(), base.getPaid(), base.getRemaining(),
                base.getApprovedNotSigned(), base.getAllotmentConsumption(), base.getLeverage(),
                base.getTargetLeverage(), base.getAxes(), actions, base.getInstruments(), base.getPipeline(),
                base.getAxisChart());
    }

    static LeverageSheet leverage() {
        LeverageSheet.Line total = new LeverageSheet.Line(null, "Total du programme", money("1500000.00"),
                money("11520000.00"), money("10020000.00"), money("4000000.00"), new BigDecimal("7.6800"),
                new BigDecimal("6.6800"), new BigDecimal("2.6667"));
        LeverageSheet.Section byAxis = new LeverageSheet.Section("Par axe — base « Engagé »", List.of(
                new LeverageSheet.Line("1", "Énergie décarbonée", money("1200000.00"), money("9600000.00"),
                        money("8400000.00"), money("3000000.00"), new BigDecimal("8.0000"),
                        new BigDecimal("7.0000"), new BigDecimal("2.5000")),
                new LeverageSheet.Line("2", "Économie circulaire", money("300000.00"), money("1920000.00"),
                        money("1620000.00"), money("1000000.00"), new BigDecimal("6.4000"),
                        new BigDecimal("5.4000"), new BigDecimal("3.3333"))), total);
        LeverageSheet.Section bySource = new LeverageSheet.Section("Par type de source — base « Engagé »", List.of(
                new LeverageSheet.Line(null, "Prêt bancaire", money("1500000.00"), null, money("4000000.00"),
                        money("4000000.00"), null, new BigDecimal("2.6667"), new BigDecimal("2.6667"))), total);
        List<LeverageSheet.Line> totals = List.of(
                new LeverageSheet.Line(null, "Demandé", money("2000000.00"), money("14000000.00"),
                        money("12000000.00"), money("5000000.00"), new BigDecimal("7.0000"),
                        new BigDecimal("6.0000"), new BigDecimal("2.5000")),
                new LeverageSheet.Line(null, "Engagé", money("1500000.00"), money("11520000.00"),
                        money("10020000.00"), money("4000000.00"), new BigDecimal("7.6800"),
                        new BigDecimal("6.6800"), new BigDecimal("2.6667")),
                new LeverageSheet.Line(null, "Réalisé", money("0.00"), money("0.00"), money("0.00"), money("0.00"),
                        null, null, null));
        List<ChartPoint> chart = List.of(new ChartPoint("Demandé", "Axe 1", new BigDecimal("7.0000")),
                new ChartPoint("Engagé", "Axe 1", new BigDecimal("8.0000")),
                new ChartPoint("Réalisé", "Axe 1", null),
                new ChartPoint("Demandé", "Axe 2", new BigDecimal("7.0000")),
                new ChartPoint("Engagé", "Axe 2", new BigDecimal("6.4000")),
                new ChartPoint("Réalisé", "Axe 2", null));
        return new LeverageSheet(List.of(byAxis, bySource), totals, chart, TARGET, money("288000000.00"),
                money("37500000.00"));
    }

    /** "The year in figures" of the annual report: commitments, payments and recoveries. */
    static List<AnnualSheet.Flow> year() {
        return List.of(new AnnualSheet.Flow("Engagements (conventions signées)", money("1200000.00"),
                        money("800000.00"), money("9500000.00")),
                new AnnualSheet.Flow("Versements (date de valeur)", money("450000.50"), money("300000.00"),
                        money("2100000.50")),
                new AnnualSheet.Flow("Reversements reçus", money("10000.00"), money("0.00"), money("10000.00")));
    }

    /** "The year in figures" with the four flows of the annual report (co-financing raised included). */
    static List<AnnualSheet.Flow> fourFlows() {
        return List.of(new AnnualSheet.Flow("Engagements (conventions signées)", money("1200000.00"),
                        money("800000.00"), money("9500000.00")),
                new AnnualSheet.Flow("Versements (date de valeur)", money("450000.50"), money("300000.00"),
                        money("2100000.50")),
                new AnnualSheet.Flow("Cofinancements levés (conventions signées)", money("8016000.00"),
                        money("4000000.00"), money("63460000.00")),
                new AnnualSheet.Flow("Reversements reçus", money("10000.00"), money("0.00"), money("12500.00")));
    }

    /**
     * The annual report's own sections: rates, {@code projects} supported projects over two axes (half each), one
     * recovery, the audit chain.
     */
    static AnnualSections sections(int projects) {
        List<AnnualSections.Rate> rates = List.of(
                new AnnualSections.Rate("Période précédente", money("800000.00"), money("4800000.00"),
                        new BigDecimal("6.00")),
                new AnnualSections.Rate("Période", money("1200000.00"), money("9216000.00"),
                        new BigDecimal("7.68")),
                new AnnualSections.Rate("Cumul", money("9500000.00"), money("72960000.00"),
                        new BigDecimal("7.68")),
                new AnnualSections.Rate("Objectif", null, money("288000000.00"), TARGET));
        List<ChartPoint> chart = rates.stream().filter(r -> r.getFund() != null)
                .map(r -> new ChartPoint("Effet de levier", r.getLabel(), r.getLeverage())).toList();
        List<AnnualSections.Project> list = new java.util.ArrayList<>();
        for (int n = 0; n < projects; n++) {
            list.add(new AnnualSections.Project(n < projects / 2 ? "Axe 1 — Énergie décarbonée"
                    : "Axe 2 — Économie circulaire", "Bénéficiaire n° " + (n + 1), (n % 15 + 1) + ". Hydrogène vert",
                    money("2500000.00"), money("1250000.00"), "En exécution",
                    "CO2 évité : 5 000 / 4 000 t/an\nEmplois créés : 8 / 10 emplois"));
        }
        // The trend: nothing committed until June, then the cumulative leverage month by month.
        List<ChartPoint> trend = new java.util.ArrayList<>();
        String[] months = {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                "déc."};
        for (int m = 0; m < months.length; m++) {
            trend.add(new ChartPoint("Effet de levier cumulé", months[m] + " 2026",
                    m < 5 ? null
                            : new BigDecimal("6.80").add(new BigDecimal("0.12").multiply(BigDecimal.valueOf(m - 5)))));
        }
        return new AnnualSections(rates, chart, trend, list, List.of(new AnnualSections.Recovery("15 novembre 2026",
                "DK-2026-0001", "Hydrogène Côte d'Opale", money("3000.00"))),
                "Chaîne d’audit vérifiée à la production du rapport : 1 234 événements, intacte.");
    }
}

package org.levier.web.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.levier.portfolio.boundary.Portfolios;
import org.levier.portfolio.entity.Leverage;

/** How the API writes leverage and portfolio figures: money with two decimals, ratios with four, as strings. */
final class PortfolioViews {

    /** One leverage row (or the total, with its target, in {@link LeverageTotalView}). */
    public record LeverageRowView(String key, String label, String fundContribution, String totalProjectCost,
                                  String cofinancing, String privateMoney, String leverage,
                                  String cofinancingMultiplier, String privateLeverage) {
    }

    /** The programme total against the target. */
    public record LeverageTotalView(String fundContribution, String totalProjectCost, String cofinancing,
                                    String privateMoney, String leverage, String cofinancingMultiplier,
                                    String privateLeverage, String target, String targetTotalProjects,
                                    String allotment) {
    }

    /** {@code page}, {@code size} and {@code totalRows} only when the per-dossier rows were asked paged. */
    public record LeverageView(String programme, String basis, String by, List<LeverageRowView> rows,
                               LeverageTotalView total, Integer page, Integer size, Long totalRows) {
    }

    /**
     * {@code paid} gross, {@code recovered} (received recoveries), {@code paidNet} = paid − recovered and
     * {@code remaining} = committed − paidNet; per instrument recoveries are not split: null, remaining gross.
     */
    public record PositionView(String key, String label, String committed, String paid, String remaining,
                               String envelope, String envelopeConsumption, String recovered, String paidNet) {
    }

    public record PortfolioView(String programme, String allotment, String committed, String paid,
                                String remaining, String approvedNotSigned, String allotmentConsumption, List<PositionView> axes,
                                List<PositionView> actions, List<PositionView> instruments,
                                Map<String, Long> pipeline, String approvedSubjectToFunds, String recovered,
                                String paidNet) {
    }

    /** One month of payments (value dates) and the running total. */
    public record MonthPaidView(String month, String paid, String cumulative) {
    }

    public record PaidByMonthView(String programme, List<MonthPaidView> months) {
    }

    private PortfolioViews() {
    }

    static LeverageView view(Portfolios.LeverageReport report) {
        boolean bySource = report.by() == org.levier.portfolio.entity.Breakdown.SOURCE;
        return new LeverageView(report.programme(), report.basis().parameter(), report.by().parameter(),
                report.rows().stream().map(r -> row(r, bySource)).toList(), total(report),
                report.paged() == null ? null : report.paged().page(),
                report.paged() == null ? null : report.paged().size(),
                report.paged() == null ? null : report.paged().totalRows());
    }

    private static LeverageRowView row(Portfolios.LeverageRow row, boolean bySource) {
        Leverage l = row.sums();
        // Per source type the fund is the programme's, not the source's: no total cost or leverage of its own.
        return new LeverageRowView(row.key(), row.label(), money(l.fundContribution()),
                bySource ? null : money(l.totalProjectCost()), money(l.cofinancing()), money(l.privateMoney()),
                bySource ? null : ratio(l.leverage()), ratio(l.cofinancingMultiplier()), ratio(l.privateLeverage()));
    }

    private static LeverageTotalView total(Portfolios.LeverageReport report) {
        Leverage l = report.total();
        return new LeverageTotalView(money(l.fundContribution()), money(l.totalProjectCost()),
                money(l.cofinancing()), money(l.privateMoney()), ratio(l.leverage()),
                ratio(l.cofinancingMultiplier()), ratio(l.privateLeverage()), report.target().toPlainString(),
                money(report.targetTotalProjects()), money(report.allotment()));
    }

    static PortfolioView view(Portfolios.PortfolioReport p) {
        return new PortfolioView(p.programme(), money(p.allotment()), money(p.committed()), money(p.paid()),
                money(p.remaining()), money(p.approvedNotSigned()), ratio(p.allotmentConsumption()),
                positions(p.axes()), positions(p.actions()), positions(p.instruments()), p.pipeline(),
                money(p.approvedSubjectToFunds()), money(p.recovered()), money(p.paidNet()));
    }

    static PaidByMonthView view(String programme, List<org.levier.portfolio.control.PortfolioQueries.MonthPaid> months) {
        return new PaidByMonthView(programme, months.stream().map(m -> new MonthPaidView(m.month().toString(),
                money(m.paid()), money(m.cumulative()))).toList());
    }

    private static List<PositionView> positions(List<Portfolios.PositionRow> rows) {
        return rows.stream().map(r -> new PositionView(r.key(), r.label(), money(r.committed()), money(r.paid()),
                money(r.remaining()), money(r.envelope()), ratio(r.envelopeConsumption()), money(r.recovered()),
                money(r.paidNet()))).toList();
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    static String ratio(BigDecimal ratio) {
        return ratio == null ? null : ratio.toPlainString();
    }
}

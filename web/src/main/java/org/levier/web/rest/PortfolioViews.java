package org.levier.web.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    // The definitions printed in the OpenAPI document (the same names as the agreement's, see MoneyViews).
    static final String COMMITTED = "Committed: the signed agreements' commitments (after amendments)";
    static final String PAID = "Paid: payments made, by value date (gross of recoveries)";
    static final String RECOVERED = "Recovered: received on recovery orders (null per instrument: not split)";
    static final String PAID_NET = "Paid net of recoveries = paid − recovered (null per instrument)";
    static final String LEFT_TO_PAY = "Left to pay = committed − paidNet (net of recoveries; per instrument, "
            + "where recoveries are not split: committed − paid)";
    static final String REMAINING = "Deprecated alias of leftToPay (same value)";
    static final String ENVELOPE = "Envelope of the action (null when none)";
    static final String CONSUMPTION = "Envelope consumption = committed / envelope (null when no envelope)";

    /**
     * {@code paid} gross, {@code recovered} (received recoveries), {@code paidNet} = paid − recovered and
     * {@code leftToPay} (alias {@code remaining}) = committed − paidNet; per instrument recoveries are not split:
     * null, leftToPay gross.
     */
    @Schema(name = "PositionView")
    public record PositionView(@Schema(description = "The axis, action or instrument") String key,
                               @Schema(description = "Its name") String label,
                               @Schema(description = COMMITTED) String committed,
                               @Schema(description = PAID) String paid,
                               @Schema(description = REMAINING, deprecated = true) String remaining,
                               @Schema(description = ENVELOPE) String envelope,
                               @Schema(description = CONSUMPTION) String envelopeConsumption,
                               @Schema(description = RECOVERED) String recovered,
                               @Schema(description = PAID_NET) String paidNet,
                               @Schema(description = LEFT_TO_PAY) String leftToPay) {
    }

    @Schema(name = "PortfolioView")
    public record PortfolioView(@Schema(description = "The programme's code") String programme,
                                @Schema(description = "Allotment of the programme") String allotment,
                                @Schema(description = COMMITTED) String committed,
                                @Schema(description = PAID) String paid,
                                @Schema(description = REMAINING, deprecated = true) String remaining,
                                @Schema(description = "Approved by the committee, agreement not signed "
                                        + "(not in committed)") String approvedNotSigned,
                                @Schema(description = "Allotment consumption = committed / allotment")
                                String allotmentConsumption,
                                List<PositionView> axes, List<PositionView> actions,
                                List<PositionView> instruments, Map<String, Long> pipeline,
                                @Schema(description = "Approved subject to funds: reserves nothing")
                                String approvedSubjectToFunds,
                                @Schema(description = RECOVERED) String recovered,
                                @Schema(description = PAID_NET) String paidNet,
                                @Schema(description = LEFT_TO_PAY) String leftToPay) {
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
                money(p.approvedSubjectToFunds()), money(p.recovered()), money(p.paidNet()),
                money(p.leftToPay()));
    }

    static PaidByMonthView view(String programme, List<org.levier.portfolio.control.PortfolioQueries.MonthPaid> months) {
        return new PaidByMonthView(programme, months.stream().map(m -> new MonthPaidView(m.month().toString(),
                money(m.paid()), money(m.cumulative()))).toList());
    }

    private static List<PositionView> positions(List<Portfolios.PositionRow> rows) {
        return rows.stream().map(r -> new PositionView(r.key(), r.label(), money(r.committed()), money(r.paid()),
                money(r.remaining()), money(r.envelope()), ratio(r.envelopeConsumption()), money(r.recovered()),
                money(r.paidNet()), money(r.leftToPay()))).toList();
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    static String ratio(BigDecimal ratio) {
        return ratio == null ? null : ratio.toPlainString();
    }
}

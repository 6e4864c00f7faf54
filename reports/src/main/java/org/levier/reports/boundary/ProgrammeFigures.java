package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.levier.dossier.entity.DossierStatus;
import org.levier.portfolio.boundary.Portfolios;
import org.levier.portfolio.entity.Basis;
import org.levier.portfolio.entity.Breakdown;
import org.levier.portfolio.entity.Leverage;
import org.levier.programme.entity.Axis;
import org.levier.programme.entity.Programme;
import org.levier.reports.control.ChartPoint;
import org.levier.reports.control.LeverageSheet;
import org.levier.reports.control.PortfolioSheet;

/**
 * The figures of the programme reports (portfolio, leverage, annual), read through the portfolio component
 * ({@link Portfolios}: SQL aggregates) so that they are the API's ({@code GET /programmes/{code}/portfolio} and
 * {@code .../leverage}) to the cent; only labels are added here (translated), nothing is recomputed. The queries
 * count payments up to the request's {@code to} date (the API's {@code asOf}; none: all); statuses are today's.
 */
@ApplicationScoped
public class ProgrammeFigures {

    /** Bases in the order the reports show them. */
    static final List<Basis> BASES = List.of(Basis.REQUESTED, Basis.COMMITTED, Basis.REALISED);
    /** Breakdowns of the leverage report, in order. */
    static final List<Breakdown> BREAKDOWNS = List.of(Breakdown.AXIS, Breakdown.ACTION, Breakdown.SOURCE);

    @Inject
    Portfolios portfolios;

    /** The portfolio sheet: positions per axis, action, instrument, with the leverage on the committed basis. */
    public PortfolioSheet portfolio(ReportCall call, Programme programme) {
        Portfolios.PortfolioReport report = portfolios.portfolio(programme.getCode(), call.request().to());
        Portfolios.LeverageReport axesLeverage = portfolios.leverage(programme.getCode(), Basis.COMMITTED,
                Breakdown.AXIS, call.request().to());
        Portfolios.LeverageReport actionsLeverage = portfolios.leverage(programme.getCode(), Basis.COMMITTED,
                Breakdown.ACTION, call.request().to());
        Map<String, BigDecimal> axisLeverage = leverageByKey(axesLeverage);
        Map<String, BigDecimal> actionLeverage = leverageByKey(actionsLeverage);
        Map<String, String> axisTitles = axisTitles(programme, call.language());
        Map<String, String> actionTitles = actionTitles(programme, call.language());
        List<PortfolioSheet.Position> axes = report.axes().stream()
                .map(r -> position(r, axisTitles.getOrDefault(r.key(), r.label()), axisLeverage.get(r.key())))
                .toList();
        List<PortfolioSheet.Position> actions = report.actions().stream()
                .map(r -> position(r, actionTitles.getOrDefault(r.key(), r.label()), actionLeverage.get(r.key())))
                .toList();
        List<PortfolioSheet.Position> instruments = report.instruments().stream()
                .map(r -> new PortfolioSheet.Position(null, call.label("instrument." + r.key()), r.committed(),
                        r.paid(), r.remaining(), r.envelope(), r.envelopeConsumption(), null))
                .toList();
        List<PortfolioSheet.Count> pipeline = report.pipeline().entrySet().stream()
                .sorted(Comparator.comparingInt(e -> statusOrder(e.getKey())))
                .map(e -> new PortfolioSheet.Count(e.getKey(), call.label("status." + e.getKey()), e.getValue()))
                .toList();
        String committed = call.label("portfolio.series.committed");
        String paid = call.label("portfolio.series.paid");
        List<ChartPoint> chart = new ArrayList<>();
        for (PortfolioSheet.Position axis : axes) {
            String category = axisCategory(call, axis.getKey());
            chart.add(new ChartPoint(committed, category, axis.getCommitted()));
            chart.add(new ChartPoint(paid, category, axis.getPaid()));
        }
        return new PortfolioSheet(report.allotment(), report.committed(), report.paid(), report.remaining(),
                report.approvedNotSigned(), report.allotmentConsumption(), axesLeverage.total().leverage(),
                axesLeverage.target(), axes, actions, instruments, pipeline, chart);
    }

    /** The leverage sheet: every basis and breakdown, the programme total per basis against the target. */
    public LeverageSheet leverage(ReportCall call, Programme programme) {
        Map<String, Map<String, String>> titles = Map.of(Breakdown.AXIS.name(), axisTitles(programme, call.language()),
                Breakdown.ACTION.name(), actionTitles(programme, call.language()));
        List<LeverageSheet.Section> sections = new ArrayList<>();
        List<LeverageSheet.Line> totals = new ArrayList<>();
        Map<Basis, Map<String, BigDecimal>> axisLeverage = new HashMap<>();
        Portfolios.LeverageReport last = null;
        for (Basis basis : BASES) {
            String basisLabel = call.label("leverage.basis." + basis.name());
            for (Breakdown by : BREAKDOWNS) {
                Portfolios.LeverageReport report = portfolios.leverage(programme.getCode(), basis, by, call.request().to());
                List<LeverageSheet.Line> rows = report.rows().stream()
                        .map(r -> line(call, by, r, titles.getOrDefault(by.name(), Map.of())))
                        .toList();
                String title = MessageFormat.format(call.label("leverage.section"),
                        call.label("leverage.by." + by.name()), basisLabel);
                sections.add(new LeverageSheet.Section(title, rows,
                        total(null, call.label("leverage.programmeTotal"), report.total())));
                if (by == Breakdown.AXIS) {
                    axisLeverage.put(basis, leverageByKey(report));
                    totals.add(total(null, basisLabel, report.total()));
                }
                last = report;
            }
        }
        List<ChartPoint> chart = new ArrayList<>();
        programme.getAxes().stream().sorted(Comparator.comparingInt(Axis::getNumber)).forEach(axis -> {
            String key = String.valueOf(axis.getNumber());
            for (Basis basis : BASES) {
                chart.add(new ChartPoint(call.label("leverage.basis." + basis.name()), axisCategory(call, key),
                        axisLeverage.get(basis).get(key)));
            }
        });
        return new LeverageSheet(sections, totals, chart, last.target(), last.targetTotalProjects(),
                last.allotment());
    }

    private static PortfolioSheet.Position position(Portfolios.PositionRow r, String label, BigDecimal leverage) {
        return new PortfolioSheet.Position(r.key(), label, r.committed(), r.paid(), r.remaining(), r.envelope(),
                r.envelopeConsumption(), leverage);
    }

    private static LeverageSheet.Line line(ReportCall call, Breakdown by, Portfolios.LeverageRow row,
                                           Map<String, String> titles) {
        Leverage l = row.sums();
        return switch (by) {
            // Per source type the fund is the programme's: no total cost or leverage of its own (as in the API).
            case SOURCE -> new LeverageSheet.Line(null, call.label("source." + row.key()), l.fundContribution(),
                    null, l.cofinancing(), l.privateMoney(), null, l.cofinancingMultiplier(), l.privateLeverage());
            case AXIS, ACTION -> total(row.key(), titles.getOrDefault(row.key(), row.label()), l);
            default -> total(row.key(), row.label(), l);
        };
    }

    private static LeverageSheet.Line total(String key, String label, Leverage l) {
        return new LeverageSheet.Line(key, label, l.fundContribution(), l.totalProjectCost(), l.cofinancing(),
                l.privateMoney(), l.leverage(), l.cofinancingMultiplier(), l.privateLeverage());
    }

    private static Map<String, BigDecimal> leverageByKey(Portfolios.LeverageReport report) {
        Map<String, BigDecimal> leverage = new HashMap<>();
        report.rows().forEach(r -> leverage.put(r.key(), r.sums().leverage()));
        return leverage;
    }

    private static Map<String, String> axisTitles(Programme programme, String language) {
        Map<String, String> titles = new HashMap<>();
        programme.getAxes().forEach(a -> titles.put(String.valueOf(a.getNumber()), a.title(language)));
        return titles;
    }

    private static Map<String, String> actionTitles(Programme programme, String language) {
        Map<String, String> titles = new HashMap<>();
        programme.getAxes().forEach(a -> a.getActions()
                .forEach(action -> titles.put(String.valueOf(action.getNumber()), action.title(language))));
        return titles;
    }

    private static String axisCategory(ReportCall call, String key) {
        return MessageFormat.format(call.label("programme.axis"), key);
    }

    private static int statusOrder(String status) {
        return Optional.of(status)
                .filter(s -> Arrays.stream(DossierStatus.values()).anyMatch(v -> v.name().equals(s)))
                .map(s -> DossierStatus.valueOf(s).ordinal()).orElse(Integer.MAX_VALUE);
    }
}

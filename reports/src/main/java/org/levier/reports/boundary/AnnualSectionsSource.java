package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.levier.audit.control.ChainVerifier;
import org.levier.impact.boundary.Impacts;
import org.levier.impact.control.ImpactQueries;
import org.levier.portfolio.control.AnnualQueries;
import org.levier.programme.entity.Programme;
import org.levier.reports.control.AnnualSections;
import org.levier.reports.control.AnnualSheet;
import org.levier.reports.control.ChartPoint;
import org.levier.reports.control.LeverageSheet;
import org.levier.reports.control.ReportRenderer;
import org.levier.shared.control.Rows;

/**
 * What the annual report adds to its portfolio and leverage annexes, from the annual figures ({@link AnnualQueries}:
 * within the period, the previous period, cumulative), translated for the report: "the year in figures", leverage
 * against the target (period, previous period, cumulative, the programme's committed basis), the supported projects
 * by axis with their key impact figures, the recoveries of the period and the status of the audit chain (verified
 * from its first event when the report is produced).
 */
@ApplicationScoped
public class AnnualSectionsSource {

    /** How many impact figures a project's row shows at most. */
    static final int KEY_FIGURES = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Impacts impacts;

    @Inject
    ChainVerifier verifier;

    /** The flows of "the year in figures", labelled. */
    public List<AnnualSheet.Flow> year(ReportCall call, List<AnnualQueries.Flows> flows) {
        return flows.stream().map(f -> new AnnualSheet.Flow(call.label("annual.year."
                        + switch (f.flow()) {
                            case COMMITTED -> "committed";
                            case PAID -> "paid";
                            case COFINANCING -> "cofinancing";
                            case RECOVERED -> "recovered";
                        }), f.period(), f.previous(), f.cumulative()))
                .toList();
    }

    public List<AnnualQueries.Flows> flows(Programme programme, LocalDate from, LocalDate to) {
        return new AnnualQueries(Rows.of(em)).flows(programme.getCode(), from, to);
    }

    /** The annual report's own sections for the period. */
    public AnnualSections sections(ReportCall call, Programme programme, LocalDate from, LocalDate to,
                                   List<AnnualQueries.Flows> flows, LeverageSheet leverage) {
        AnnualQueries queries = new AnnualQueries(Rows.of(em));
        List<AnnualSections.Rate> rates = rates(call, flows, leverage);
        List<ChartPoint> chart = rates.stream().filter(r -> r.getFund() != null)
                .map(r -> new ChartPoint(call.label("annual.rates.series"), r.getLabel(), r.getLeverage()))
                .toList();
        DateTimeFormatter date = ReportRenderer.dates(call.locale());
        List<AnnualSections.Recovery> recoveries = queries.recoveries(programme.getCode(), from, to).stream()
                .map(r -> new AnnualSections.Recovery(date.format(r.receivedOn()), r.reference(), r.beneficiary(),
                        r.amount()))
                .toList();
        return new AnnualSections(rates, chart, trend(call, queries.cumulative(programme.getCode(), from, to)),
                projects(call, programme, queries.projects(programme.getCode(), to)),
                recoveries, auditChain(call));
    }

    /** The trend chart's points: the cumulative leverage at each step's end, labelled "Jul 2026" / "juil. 2026". */
    static List<ChartPoint> trend(ReportCall call, List<AnnualQueries.Step> steps) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM uuuu", call.locale());
        DateTimeFormatter day = ReportRenderer.dates(call.locale());
        String series = call.label("annual.trend.series");
        return steps.stream().map(s -> new ChartPoint(series, s.end().equals(s.end().withDayOfMonth(
                        s.end().lengthOfMonth())) ? month.format(s.end()) : day.format(s.end()), s.leverage()))
                .toList();
    }

    private static List<AnnualSections.Rate> rates(ReportCall call, List<AnnualQueries.Flows> flows,
                                                   LeverageSheet leverage) {
        AnnualQueries.Flows committed = flow(flows, AnnualQueries.Flow.COMMITTED);
        AnnualQueries.Flows cofinancing = flow(flows, AnnualQueries.Flow.COFINANCING);
        List<AnnualSections.Rate> rates = new ArrayList<>();
        rates.add(rate(call.label("annual.rates.previous"), committed.previous(), cofinancing.previous()));
        rates.add(rate(call.label("annual.rates.period"), committed.period(), cofinancing.period()));
        rates.add(rate(call.label("annual.rates.cumulative"), committed.cumulative(), cofinancing.cumulative()));
        // The committed basis of the leverage annex (its totals: requested, committed, realised).
        LeverageSheet.Line basis = leverage.getTotals().size() > 1 ? leverage.getTotals().get(1) : null;
        if (basis != null) {
            rates.add(new AnnualSections.Rate(call.label("annual.rates.committed"), basis.getFundContribution(),
                    basis.getTotalProjectCost(), basis.getLeverage()));
        }
        rates.add(new AnnualSections.Rate(call.label("annual.rates.target"), null,
                leverage.getTargetTotalProjects(), leverage.getTarget()));
        return rates;
    }

    private static AnnualSections.Rate rate(String label, BigDecimal fund, BigDecimal cofinancing) {
        BigDecimal total = fund.add(cofinancing);
        return new AnnualSections.Rate(label, fund, total,
                fund.signum() == 0 ? null : total.divide(fund, 2, RoundingMode.HALF_EVEN));
    }

    private static AnnualQueries.Flows flow(List<AnnualQueries.Flows> flows, AnnualQueries.Flow which) {
        return flows.stream().filter(f -> f.flow() == which).findFirst().orElseThrow();
    }

    private List<AnnualSections.Project> projects(ReportCall call, Programme programme,
                                                  List<AnnualQueries.Project> rows) {
        Map<Integer, String> axes = new HashMap<>();
        Map<Integer, String> actions = new HashMap<>();
        programme.getAxes().forEach(axis -> {
            axes.put(axis.getNumber(), MessageFormat.format(call.label("programme.axis"), axis.getNumber()) + " — "
                    + axis.title(call.language()));
            axis.getActions().forEach(a -> actions.put(a.getNumber(), a.getNumber() + ". "
                    + a.title(call.language())));
        });
        Map<String, Impacts.Indicator> indicators = new HashMap<>();
        impacts.indicators(call.language()).forEach(i -> indicators.put(i.code(), i));
        Map<Long, List<ImpactQueries.DossierTarget>> targets = new LinkedHashMap<>();
        new ImpactQueries(Rows.of(em)).byDossier(programme.getCode())
                .forEach(t -> targets.computeIfAbsent(t.dossierId(), k -> new ArrayList<>()).add(t));
        NumberFormat number = NumberFormat.getNumberInstance(call.locale());
        number.setMaximumFractionDigits(2);
        return rows.stream().map(p -> new AnnualSections.Project(axes.getOrDefault(p.axis(),
                        String.valueOf(p.axis())), p.beneficiary(), actions.getOrDefault(p.action(),
                        String.valueOf(p.action())), p.engaged(), p.paid(), call.label("status." + p.status()),
                        targets.getOrDefault(p.dossierId(), List.of()).stream().limit(KEY_FIGURES)
                                .map(t -> keyFigure(call, number, indicators.get(t.indicator()), t))
                                .collect(Collectors.joining("\n"))))
                .toList();
    }

    /** "CO2 emissions avoided: 5,000 / 4,000 t/year" ("not reported" for a figure without accepted value). */
    private static String keyFigure(ReportCall call, NumberFormat number, Impacts.Indicator indicator,
                                    ImpactQueries.DossierTarget target) {
        String label = indicator == null ? target.indicator() : indicator.label();
        String actual = target.actual() == null ? call.label("annual.projects.notReported")
                : number.format(target.actual());
        return MessageFormat.format(call.label("annual.projects.figure"), label, actual,
                number.format(target.target()), call.unit(target.unit()));
    }

    private String auditChain(ReportCall call) {
        return auditChain(call, verifier.verify());
    }

    /** The audit chain's line: intact with its number of events, or broken at its first broken event. */
    static String auditChain(ReportCall call, ChainVerifier.Result result) {
        NumberFormat number = NumberFormat.getIntegerInstance(call.locale());
        return result.valid()
                ? MessageFormat.format(call.label("annual.audit.valid"), number.format(result.events()))
                : MessageFormat.format(call.label("annual.audit.broken"), number.format(result.events()),
                        number.format(result.firstBrokenSequence()));
    }
}

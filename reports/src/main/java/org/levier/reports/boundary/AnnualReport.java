package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.impact.boundary.Impacts;
import org.levier.impact.entity.ImpactBreakdown;
import org.levier.programme.entity.Programme;
import org.levier.reports.ReportType;
import org.levier.reports.control.AnnualSheet;
import org.levier.reports.control.ReportHeader;
import org.levier.reports.control.ReportRenderer;
import org.levier.reports.control.TargetLineCustomizer;

/**
 * The annual programme report (PDF), for the programme's funders — here the fund's managers and auditors: the
 * portfolio and the leverage, as in their own reports, for a period ({@code from}..{@code to}; default the current
 * calendar year, Paris time). Payments count up to {@code to} when given (else all); statuses are today's,
 * which the report says.
 *
 * <p>The report's data is assembled section by section in {@link #assemble}: portfolio, leverage and impact
 * (target against actual per indicator, {@link #impact}).
 */
@ApplicationScoped
public class AnnualReport implements ReportProducer {

    @Inject
    ProgrammeLookup programmes;

    @Inject
    ProgrammeFigures figures;

    @Inject
    Impacts impacts;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    private final ReportRenderer renderer = new ReportRenderer();

    @Override
    public ReportType type() {
        return ReportType.ANNUAL;
    }

    @Override
    public Produced produce(ReportCall call) {
        call.requireAnyRole("the programme's funders (the fund's managers and auditors)",
                DossierAccess.MANAGERS_AND_AUDITORS);
        Programme programme = programmes.get(call.request().programme());
        AnnualSheet base = assemble(call, programme, impact(call, programme));
        ReportHeader period = header(call, programme);
        AnnualSheet sheet = new AnnualSheet(base.getPortfolio(), base.getLeverage(), base.getImpact(),
                flows(call, programme, period.from(), period.to()), previous(call, period.from(), period.to()));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(TargetLineCustomizer.TARGET, sheet.getLeverage().getTarget());
        return new Produced(programme.getCode(), renderer.pdf(type(), call.locale(), header(call, programme),
                parameters, List.of(sheet)));
    }

    /**
     * The annual report's data, one section after another: portfolio, leverage, then {@code impact} when given
     * ({@code null}: no impact section).
     */
    AnnualSheet assemble(ReportCall call, Programme programme, List<AnnualSheet.Indicator> impact) {
        return new AnnualSheet(figures.portfolio(call, programme), figures.leverage(call, programme), impact);
    }

    /**
     * The impact section: the programme's indicators, target against actual, exactly as
     * {@code GET /programmes/{code}/impact?by=indicator} gives them ({@link Impacts}: dossiers with a signed
     * agreement; actual = latest accepted value per dossier and indicator).
     */
    List<AnnualSheet.Indicator> impact(ReportCall call, Programme programme) {
        return impacts.figures(programme.getCode(), ImpactBreakdown.INDICATOR, call.language()).rows().stream()
                .map(r -> new AnnualSheet.Indicator(r.indicatorLabel(), call.unit(r.unit()), r.target(), r.actual()))
                .toList();
    }

    /**
     * "The year in figures": agreements signed (their commitment), payments (by value date) and recoveries received
     * within the period, within the period of the same length just before it, and cumulated up to its end.
     */
    List<AnnualSheet.Flow> flows(ReportCall call, Programme programme, LocalDate from, LocalDate to) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate previousFrom = from.minusDays(days);
        LocalDate previousTo = from.minusDays(1);
        LocalDate origin = LocalDate.of(1000, 1, 1);
        List<AnnualSheet.Flow> flows = new java.util.ArrayList<>();
        for (String[] flow : FLOWS) {
            flows.add(new AnnualSheet.Flow(call.label(flow[0]), sum(flow[1], programme, from, to),
                    sum(flow[1], programme, previousFrom, previousTo), sum(flow[1], programme, origin, to)));
        }
        return flows;
    }

    private static final String[][] FLOWS = {
        {"annual.year.committed", "SELECT COALESCE(SUM(ag.committed_grant + ag.committed_advance"
                + " + ag.committed_equity), 0) FROM agreement ag WHERE ag.programme_id = ?"
                + " AND ag.signed_on BETWEEN ? AND ?"},
        {"annual.year.paid", "SELECT COALESCE(SUM(d.amount), 0) FROM disbursement d"
                + " JOIN agreement ag ON ag.id = d.agreement_id WHERE ag.programme_id = ? AND d.status = 'PAID'"
                + " AND d.paid_on BETWEEN ? AND ?"},
        {"annual.year.recovered", "SELECT COALESCE(SUM(r.amount), 0) FROM recovery_receipt r"
                + " JOIN agreement ag ON ag.id = r.agreement_id WHERE ag.programme_id = ?"
                + " AND r.received_on BETWEEN ? AND ?"},
    };

    private java.math.BigDecimal sum(String sql, Programme programme, LocalDate from, LocalDate to) {
        Object value = em.createNativeQuery(sql).setParameter(1, programme.getId())
                .setParameter(2, java.sql.Date.valueOf(from)).setParameter(3, java.sql.Date.valueOf(to))
                .getSingleResult();
        return new java.math.BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** "previous period: 1 Jan 2025 – 31 Dec 2025". */
    private static String previous(ReportCall call, LocalDate from, LocalDate to) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        var date = ReportRenderer.dates(call.locale());
        return java.text.MessageFormat.format(call.label("annual.year.previousPeriod"),
                date.format(from.minusDays(days)), date.format(from.minusDays(1)));
    }

    /** The period of the request, by default the calendar year of the generation date (Paris). */
    static ReportHeader header(ReportCall call, Programme programme) {
        LocalDate today = call.generatedAt().atZone(ReportRenderer.ZONE).toLocalDate();
        LocalDate from = call.request().from();
        LocalDate to = call.request().to();
        if (from == null) {
            from = (to == null ? today : to).withDayOfYear(1);
        }
        if (to == null) {
            to = from.withDayOfYear(from.lengthOfYear());
        }
        return new ReportHeader(programme.getCode(), programme.getName(), from, to, call.generatedAt(),
                call.callerName());
    }
}

package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.impact.boundary.Impacts;
import org.levier.impact.entity.ImpactBreakdown;
import org.levier.portfolio.control.AnnualQueries;
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
 * <p>A cover page and its contents, then: 1. the year in figures (commitments, payments, co-financing raised and
 * recoveries within the period, the previous period of the same length, cumulated to the period's end), 2. leverage
 * against the target, 3. the supported projects by axis, 4. impact against targets, 5. the money that came back,
 * 6. the audit chain's status, 7. definitions ({@link AnnualSectionsSource}); annexes: the portfolio and the
 * leverage in detail, cumulative at the period's end ({@link #assemble}, impact: {@link #impact}).
 */
@ApplicationScoped
public class AnnualReport implements ReportProducer {

    @Inject
    ProgrammeLookup programmes;

    @Inject
    ProgrammeFigures figures;

    @Inject
    Impacts impacts;

    @Inject
    AnnualSectionsSource sections;

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
        List<AnnualQueries.Flows> flows = sections.flows(programme, period.from(), period.to());
        AnnualSheet sheet = new AnnualSheet(base.getPortfolio(), base.getLeverage(), base.getImpact(),
                sections.year(call, flows), previous(call, period.from(), period.to()),
                sections.sections(call, programme, period.from(), period.to(), flows, base.getLeverage()));
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

package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.levier.impact.boundary.Impacts;
import org.levier.impact.entity.ImpactBreakdown;
import org.levier.programme.entity.Programme;
import org.levier.reports.ReportType;
import org.levier.reports.control.ImpactRow;
import org.levier.reports.control.ReportRenderer;
import org.levier.shared.entity.Role;

/**
 * The impact report, for managers and auditors (PDF, XLSX): target versus actual of a programme per indicator, then
 * per axis and indicator — the very figures of {@code GET /programmes/{code}/impact} ({@link Impacts}), which says
 * which dossiers and which values count. Indicators are never added together.
 */
@ApplicationScoped
public class ImpactReport implements ReportProducer {

    @Inject
    Impacts impacts;

    @Inject
    ProgrammeLookup programmes;

    private final ReportRenderer renderer = new ReportRenderer();

    @Override
    public ReportType type() {
        return ReportType.IMPACT;
    }

    @Override
    public Produced produce(ReportCall call) {
        call.requireAnyRole("managers and auditors", Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME);
        Programme programme = programmes.get(call.request().programme());
        String language = call.language();
        List<ImpactRow> rows = new ArrayList<>();
        String whole = call.label("impact.section.programme");
        for (Impacts.Row r : impacts.figures(programme.getCode(), ImpactBreakdown.INDICATOR, language).rows()) {
            rows.add(row(call, whole, r));
        }
        for (Impacts.Row r : impacts.figures(programme.getCode(), ImpactBreakdown.AXIS, language).rows()) {
            rows.add(row(call, MessageFormat.format(call.label("impact.section.axis"), r.key(), r.label()), r));
        }
        Map<String, Object> parameters = Map.of("RULE", call.label("impact.rule"));
        byte[] content = call.request().format() == ReportType.Format.XLSX
                ? org.levier.reports.control.DataWorkbooks.impact(rows,
                        call.generatedAt().atZone(org.levier.reports.control.ReportRenderer.ZONE).toLocalDate(),
                        call.texts())
                : renderer.pdf(ReportType.IMPACT, call.locale(), call.header(programme), parameters, rows);
        return new Produced(programme.getCode(), content);
    }

    private static ImpactRow row(ReportCall call, String section, Impacts.Row r) {
        return new ImpactRow(section, r.indicatorLabel(), call.unit(r.unit()), r.target(), r.actual(), r.ratio(),
                r.dossiers(), r.reporting());
    }
}

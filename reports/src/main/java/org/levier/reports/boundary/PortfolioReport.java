package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.programme.entity.Programme;
import org.levier.reports.ReportType;
import org.levier.reports.control.DataWorkbooks;
import org.levier.reports.control.PortfolioSheet;
import org.levier.reports.control.ReportHeader;
import org.levier.reports.control.ReportRenderer;
import org.levier.reports.control.TargetLineCustomizer;

/**
 * The portfolio report, for the fund's managers and auditors: committed, paid and remaining per axis, action and
 * instrument, envelope consumption, leverage on the committed basis, the pipeline, with charts (PDF) or as a data
 * workbook (XLSX, {@link DataWorkbooks#portfolio}). Payments count up to the as-of date ({@code to}, inclusive;
 * default: all), as in the API's {@code asOf}.
 */
@ApplicationScoped
public class PortfolioReport implements ReportProducer {

    @Inject
    ProgrammeLookup programmes;

    @Inject
    ProgrammeFigures figures;

    private final ReportRenderer renderer = new ReportRenderer();

    @Override
    public ReportType type() {
        return ReportType.PORTFOLIO;
    }

    @Override
    public Produced produce(ReportCall call) {
        call.requireAnyRole("the fund's managers and auditors", DossierAccess.MANAGERS_AND_AUDITORS);
        Programme programme = programmes.get(call.request().programme());
        PortfolioSheet sheet = figures.portfolio(call, programme);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(TargetLineCustomizer.TARGET, sheet.getTargetLeverage());
        if (call.request().format() == ReportType.Format.XLSX) {
            return new Produced(programme.getCode(), DataWorkbooks.portfolio(sheet, asOf(call), call.texts()));
        }
        return new Produced(programme.getCode(),
                render(renderer, type(), call, asOfGeneration(call, programme), parameters, List.of(sheet)));
    }

    /** The day the figures are as of: the request's {@code to}, else today (Paris). */
    static java.time.LocalDate asOf(ReportCall call) {
        return call.request().to() != null ? call.request().to()
                : call.generatedAt().atZone(org.levier.reports.control.ReportRenderer.ZONE).toLocalDate();
    }

    /** The header of a position report: no period, "as of" the request's {@code to} date, else today. */
    static ReportHeader asOfGeneration(ReportCall call, Programme programme) {
        return new ReportHeader(programme.getCode(), programme.getName(), null, call.request().to(),
                call.generatedAt(), call.callerName());
    }

    /** The PDF (the XLSX of a programme report is its data workbook, {@link DataWorkbooks}). */
    static byte[] render(ReportRenderer renderer, ReportType type, ReportCall call, ReportHeader header,
                         Map<String, ?> parameters, List<?> rows) {
        return renderer.pdf(type, call.locale(), header, parameters, rows);
    }
}

package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.programme.entity.Programme;
import org.levier.reports.ReportType;
import org.levier.reports.control.LeverageSheet;
import org.levier.reports.control.ReportRenderer;
import org.levier.reports.control.TargetLineCustomizer;

/**
 * The leverage report, for the fund's managers and auditors: by axis, action and co-financing source type on the
 * requested, committed and realised bases (fund contribution, total project cost, leverage, co-financing multiplier,
 * private leverage), the programme total against the target, a chart of the leverage per axis with the target line
 * (PDF), or one sheet of typed cells (XLSX). Realised figures count payments up to the as-of date ({@code to}), as the API's {@code asOf}.
 */
@ApplicationScoped
public class LeverageReport implements ReportProducer {

    @Inject
    ProgrammeLookup programmes;

    @Inject
    ProgrammeFigures figures;

    private final ReportRenderer renderer = new ReportRenderer();

    @Override
    public ReportType type() {
        return ReportType.LEVERAGE;
    }

    @Override
    public Produced produce(ReportCall call) {
        call.requireAnyRole("the fund's managers and auditors", DossierAccess.MANAGERS_AND_AUDITORS);
        Programme programme = programmes.get(call.request().programme());
        LeverageSheet sheet = figures.leverage(call, programme);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(TargetLineCustomizer.TARGET, sheet.getTarget());
        if (call.request().format() == ReportType.Format.XLSX) {
            return new Produced(programme.getCode(), org.levier.reports.control.DataWorkbooks.leverage(sheet,
                    PortfolioReport.asOf(call), call.texts()));
        }
        return new Produced(programme.getCode(), PortfolioReport.render(renderer, type(), call,
                PortfolioReport.asOfGeneration(call, programme), parameters, List.of(sheet)));
    }
}

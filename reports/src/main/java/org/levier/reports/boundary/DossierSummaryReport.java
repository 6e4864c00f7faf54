package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.levier.applicant.entity.Organisation;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.ImpactIndicator;
import org.levier.programme.entity.Programme;
import org.levier.programme.entity.ProgrammeAction;
import org.levier.reports.ReportType;
import org.levier.reports.control.DossierSheet;
import org.levier.reports.control.ReportRenderer;
import org.levier.shared.entity.Instrument;

/**
 * The dossier summary (fiche dossier): for the fund's managers and auditors (any dossier) and the dossier's applicant
 * (its own; another's does not exist for it). PDF.
 */
@ApplicationScoped
public class DossierSummaryReport implements ReportProducer {

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierAccess access;

    private final ReportRenderer renderer = new ReportRenderer();

    @Override
    public ReportType type() {
        return ReportType.DOSSIER_SUMMARY;
    }

    @Override
    public Produced produce(ReportCall call) {
        Dossier dossier = access.dossier(call, DossierAccess.MANAGERS_AND_AUDITORS);
        Programme programme = em.find(Programme.class, dossier.getProgrammeId());
        ProgrammeAction action = em.find(ProgrammeAction.class, dossier.getActionId());
        Organisation organisation = em.find(Organisation.class, dossier.getOrganisationId());
        String language = call.language();
        DateTimeFormatter date = ReportRenderer.dates(call.locale());
        NumberFormat number = NumberFormat.getNumberInstance(call.locale());
        Map<String, ImpactIndicator> indicators = access.indicators().stream()
                .collect(Collectors.toMap(ImpactIndicator::getCode, Function.identity()));

        List<DossierSheet.Line> requested = new ArrayList<>();
        for (Instrument instrument : Instrument.values()) {
            requested.add(new DossierSheet.Line(call.label("instrument." + instrument.name()), null, null,
                    dossier.getRequested(instrument).amount()));
        }
        List<DossierSheet.Line> budget = dossier.getBudgetLines().stream()
                .map(l -> new DossierSheet.Line(call.label("category." + l.getCategory().name()), l.getLabel(),
                        null, l.getAmount().amount()))
                .toList();
        List<DossierSheet.Line> cofinancing = dossier.getCofinancing().stream()
                .map(l -> new DossierSheet.Line(call.label("source." + l.getSourceType().name()), l.getFunder(),
                        l.getStatus() == null ? null : call.label("cofinancing." + l.getStatus().name()),
                        l.getAmount().amount()))
                .toList();
        List<DossierSheet.Item> targets = dossier.getImpactTargets().stream()
                .map(t -> {
                    ImpactIndicator indicator = indicators.get(t.getIndicator());
                    String value = number.format(t.getTarget() == null ? BigDecimal.ZERO : t.getTarget());
                    return indicator == null ? new DossierSheet.Item(t.getIndicator(), value)
                            : new DossierSheet.Item(indicator.label(language),
                                    value + " " + call.unit(indicator.getUnit()));
                })
                .toList();
        List<DossierSheet.Item> milestones = dossier.getMilestones().stream()
                .map(m -> new DossierSheet.Item(m.getTitle(),
                        m.getDueDate() == null ? "" : date.format(m.getDueDate())))
                .toList();
        String actionText = action == null ? "" : action.getNumber() + " – " + action.title(language)
                + (action.getAxis() == null ? "" : " (" + action.getAxis().getNumber() + " – "
                + action.getAxis().title(language) + ")");
        String period = (dossier.getStartDate() == null ? "…" : date.format(dossier.getStartDate())) + " – "
                + (dossier.getEndDate() == null ? "…" : date.format(dossier.getEndDate()));
        DossierSheet sheet = new DossierSheet(dossier.reference().orElse(call.texts().getString("dossier.noReference")),
                dossier.getTitle(), organisation == null ? "" : organisation.getLegalName(), actionText,
                call.label("status." + dossier.getStatus().name()), period, dossier.getSummary(), requested, budget,
                cofinancing, targets, milestones);
        // A dossier's sheet is "as of now": its own programme, no period.
        ReportRequest asOf = new ReportRequest(call.request().type(), call.request().format(), programme.getCode(),
                call.request().dossier(), null, null, call.locale());
        byte[] pdf = renderer.pdf(ReportType.DOSSIER_SUMMARY, call.locale(),
                new ReportCall(asOf, call.applicant(), call.callerName(), call.roles(), call.generatedAt(),
                        call.texts()).header(programme), Map.of(), List.of(sheet));
        return new Produced(DossierAccess.subject(dossier), pdf);
    }
}

package org.levier.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.entity.ImpactTarget;
import org.levier.impact.boundary.ProgressReportView;
import org.levier.impact.boundary.ProgressReports;
import org.levier.impact.entity.ProgressSubmission;
import org.levier.shared.entity.Role;
import org.levier.web.core.Caller;

/**
 * The progress reports of a dossier on its pages ({@code WEB-INF/includes/progress-reports.xhtml}): the applicant's
 * ({@code /app/dossier.xhtml}) lists them with due dates and overdue flags and files the selected one (narrative,
 * the value reached per target indicator, expenses); the staff's ({@code /app/staff/dossier.xhtml}) lists them with
 * what was submitted, and analysts and directors accept or return them with a reason. Opened by the page's
 * {@code f:viewAction} with the dossier's id.
 */
@Named
@ViewScoped
public class ProgressReportsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgressReports reports;

    @Inject
    Dossiers dossiers;

    @Inject
    Caller caller;

    private Long dossierId;
    private boolean staff;
    private Long selected;
    private String narrative;
    private final Map<String, BigDecimal> actuals = new LinkedHashMap<>();
    private BigDecimal expenses;
    private Long returning;
    private String returnReason;

    private transient List<ProgressReportView> rows;

    /** Opens the panel on a dossier, as its applicant ({@code staff} false) or as staff and auditors. */
    public void open(Long id, boolean asStaff) {
        dossierId = id;
        staff = asStaff;
        rows = null;
    }

    public List<ProgressReportView> getRows() {
        if (rows == null && dossierId != null) {
            rows = staff ? reports.list(dossierId) : reports.listOwn(caller.applicant(), dossierId);
        }
        return rows == null ? List.of() : rows;
    }

    /** The applicant chooses the report to file: the form opens with one field per target indicator. */
    public void select(long reportId) {
        selected = reportId;
        actuals.clear();
        ProgressReportView report = getRows().stream().filter(r -> r.id() == reportId).findFirst().orElse(null);
        for (ImpactTarget target : dossiers.getOwn(caller.applicant(), dossierId).getImpactTargets()) {
            actuals.put(target.getIndicator(), report == null ? null : report.actuals().get(target.getIndicator()));
        }
        narrative = report == null ? null : report.narrative();
        expenses = report == null || report.expenses() == null ? null : report.expenses().amount();
    }

    public void submit() {
        Map<String, String> values = new LinkedHashMap<>();
        actuals.forEach((indicator, value) -> values.put(indicator, value == null ? null : value.toPlainString()));
        ProgressSubmission submission = new ProgressSubmission(narrative, values,
                expenses == null ? null : expenses.toPlainString());
        if (Messages.attempt(() -> reports.submit(caller.applicant(), dossierId, selected, submission),
                "impact.report.done.submitted")) {
            cancel();
        }
        rows = null;
    }

    public void cancel() {
        selected = null;
        narrative = null;
        expenses = null;
        actuals.clear();
    }

    public void accept(long reportId) {
        Messages.attempt(() -> reports.accept(dossierId, reportId), "impact.report.done.accepted");
        rows = null;
    }

    public void startReturn(long reportId) {
        returning = reportId;
        returnReason = null;
    }

    public void confirmReturn() {
        if (Messages.attempt(() -> reports.returnForRework(dossierId, returning, returnReason),
                "impact.report.done.returned")) {
            returning = null;
            returnReason = null;
        }
        rows = null;
    }

    /** Analysts and directors review; auditors only read. */
    public boolean isReviewer() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return staff && (external.isUserInRole(Role.ANALYST_NAME) || external.isUserInRole(Role.FUND_DIRECTOR_NAME));
    }

    /** The target indicators of the form, in order (EL iterates a list, not a map's keys). */
    public List<String> getIndicators() {
        return new ArrayList<>(actuals.keySet());
    }

    public Map<String, BigDecimal> getActuals() {
        return actuals;
    }

    public Long getSelected() {
        return selected;
    }

    public Long getReturning() {
        return returning;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public BigDecimal getExpenses() {
        return expenses;
    }

    public void setExpenses(BigDecimal expenses) {
        this.expenses = expenses;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }
}

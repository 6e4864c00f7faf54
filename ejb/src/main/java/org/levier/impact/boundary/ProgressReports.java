package org.levier.impact.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.audit.boundary.AuditTrail;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.dossier.control.DossierOwnership;
import org.levier.dossier.entity.Dossier;
import org.levier.impact.control.ImpactMails;
import org.levier.impact.control.ProgressSchedules;
import org.levier.impact.control.ReminderRun;
import org.levier.impact.entity.ProgressReport;
import org.levier.impact.entity.ProgressSubmission;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Role;

/**
 * The progress reports of a dossier with a signed agreement: the beneficiary (applicant of the dossier's
 * organisation) submits each report of the schedule; the fund's staff accept it or return it with a reason; staff,
 * auditors and the owner read them with their overdue flags. A dossier whose agreement was signed before the
 * schedule existed gets it when first read (see {@link ProgressSchedules}).
 *
 * <p>Refusals: {@link RuleViolation} (422) {@code impact.report.invalid} (every violation),
 * {@code impact.report.not-open}, {@code impact.report.not-submitted}; {@link NotFound} (404), also for another
 * organisation's dossier.
 */
@Stateless
public class ProgressReports {

    static final String ENTITY = "ProgressReport";
    private static final Logger LOG = System.getLogger(ProgressReports.class.getName());

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;
    @Inject
    DossierOwnership ownership;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    ProgressSchedules schedules;

    @Inject
    ReminderRun run;

    @Inject
    ImpactMails mails;

    /** The reports of a dossier in schedule order, with their overdue flags. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<ProgressReportView> list(long dossierId) {
        if (em.find(Dossier.class, dossierId) == null) {
            throw new NotFound("dossier " + dossierId);
        }
        return read(dossierId, true);
    }

    /** The reports of the applicant's own dossier (another organisation's dossier: 404). */
    @RolesAllowed(Role.APPLICANT_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<ProgressReportView> listOwn(ApplicantContext applicant, long dossierId) {
        ownership.requireOwn(applicant, dossierId);
        return read(dossierId, false);
    }

    /**
     * The beneficiary submits (or resubmits after a return) a report of its own dossier: narrative, the value
     * reached by each indicator of the dossier's targets, expenses incurred. Bad input stores nothing.
     */
    @RolesAllowed(Role.APPLICANT_NAME)
    public ProgressReportView submit(ApplicantContext applicant, long dossierId, long reportId,
                                     ProgressSubmission submission) {
        ownership.requireOwn(applicant, dossierId);
        ProgressReport report = lock(dossierId, reportId);
        List<String> targets = em.createQuery("select t.indicator from Dossier d join d.impactTargets t"
                        + " where d.id = :id", String.class)
                .setParameter("id", dossierId).getResultList();
        Instant now = invocation.now();
        report.submit(submission, targets, applicant.email(), now);
        em.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("dossierId", dossierId);
        changes.put("number", report.getNumber());
        changes.put("status", report.getStatus());
        changes.put("submission", report.getSubmissions());
        changes.put("expenses", report.expenses().orElse(null));
        report.actuals().forEach((indicator, value) -> changes.put("actual." + indicator, value.toPlainString()));
        audit.record("impact.report.submitted", ENTITY, reportId, "Progress report n° " + report.getNumber()
                + " of dossier #" + dossierId + " submitted", changes);
        return ProgressReportView.of(report, now, false);
    }

    /** Staff accept a submitted report: its values count in the impact figures. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public ProgressReportView accept(long dossierId, long reportId) {
        ProgressReport report = lock(dossierId, reportId);
        Instant now = invocation.now();
        report.accept(invocation.caller(), now);
        em.flush();
        audit.record("impact.report.accepted", ENTITY, reportId, "Progress report n° " + report.getNumber()
                + " of dossier #" + dossierId + " accepted", reviewChanges(report));
        return ProgressReportView.of(report, now, true);
    }

    /** Staff return a submitted report with a reason; the beneficiary is e-mailed and submits it again. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public ProgressReportView returnForRework(long dossierId, long reportId, String reason) {
        ProgressReport report = lock(dossierId, reportId);
        Instant now = invocation.now();
        report.returnForRework(reason, invocation.caller(), now);
        em.flush();
        mails.returned(report);
        Map<String, Object> changes = reviewChanges(report);
        changes.put("reason", report.returnReason().orElse(null));
        audit.record("impact.report.returned", ENTITY, reportId, "Progress report n° " + report.getNumber()
                + " of dossier #" + dossierId + " returned", changes);
        return ProgressReportView.of(report, now, true);
    }

    /**
     * Schedules the reports of signed agreements that have none yet, then sends every reminder due now, each
     * claimed in a transaction of its own (the schedule runs the same logic every hour on every node).
     *
     * @return how many reminders this call sent (those another node claimed first are not counted)
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendReminders() {
        return run.run(invocation.caller());
    }

    private List<ProgressReportView> read(long dossierId, boolean showStaff) {
        if (!schedules.hasReports(dossierId)) {
            try {
                schedules.scheduleIfMissing(dossierId);
            } catch (RuntimeException e) {
                // Another reader or node scheduled it at the same moment (unique key): read theirs.
                LOG.log(Level.DEBUG, "Concurrent scheduling of dossier {0}: {1}", dossierId, e.toString());
            }
        }
        Instant now = clock.instant();
        return em.createQuery("select r from ProgressReport r where r.dossierId = :dossier order by r.number",
                        ProgressReport.class)
                .setParameter("dossier", dossierId)
                .getResultList().stream().map(r -> ProgressReportView.of(r, now, showStaff)).toList();
    }

    private static Map<String, Object> reviewChanges(ProgressReport report) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("dossierId", report.getDossierId());
        changes.put("number", report.getNumber());
        changes.put("status", report.getStatus());
        return changes;
    }

    private ProgressReport lock(long dossierId, long reportId) {
        ProgressReport report = em.find(ProgressReport.class, reportId, LockModeType.PESSIMISTIC_WRITE);
        if (report == null || report.getDossierId() != dossierId) {
            throw new NotFound("progress report " + reportId + " of dossier " + dossierId);
        }
        return report;
    }
}

package org.levier.impact.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.audit.boundary.AuditTrail;
import org.levier.impact.entity.ProgressReport;
import org.levier.impact.entity.ReportStatus;
import org.levier.shared.entity.InstantConverter;

/**
 * The two e-mails a progress report may trigger, each sent once even when several Levier nodes run the schedule:
 * <ul>
 * <li>{@link Kind#DUE_SOON}: a report not yet submitted (DUE) whose due date is today or within the configured lead
 * days in Paris ({@code reminder_sent_at});</li>
 * <li>{@link Kind#OVERDUE}: a report the beneficiary still owes (DUE or RETURNED) after its due date in Paris
 * ({@code overdue_reminded_at}).</li>
 * </ul>
 * Each is claimed by one conditional update of its column ({@code ... where <column> is null and <still due>}):
 * the database lets one transaction change the row, and only that one queues the e-mail, in the same transaction
 * (a rolled-back claim sends nothing and can be claimed again).
 */
@Stateless
public class ReportReminders {

    static final int BATCH = 200;

    /** Which reminder. */
    public enum Kind {
        DUE_SOON("reminderSentAt", "impact.report.reminded"),
        OVERDUE("overdueRemindedAt", "impact.report.overdue-reminded");

        final String column;
        final String action;

        Kind(String column, String action) {
            this.column = column;
            this.action = action;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ImpactMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    ImpactSettings settings;

    /** The reports due for that reminder now, earliest due date first (at most a batch). */
    public List<Long> due(Kind kind) {
        Query query = em.createQuery("select r.id from ProgressReport r where " + condition(kind)
                + " order by r.dueOn, r.id", Long.class);
        bind(query, kind, clock.instant());
        @SuppressWarnings("unchecked")
        List<Long> ids = query.setMaxResults(BATCH).getResultList();
        return ids;
    }

    /**
     * Claims and sends one reminder of a report, in a transaction of its own.
     *
     * @param actor who triggers it, for the audit trail (the system for the schedule)
     * @return true when this call sent it; false when not due, or already claimed by another node or thread
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remindIfDue(long reportId, Kind kind, String actor) {
        Instant now = InstantConverter.toColumnPrecision(clock.instant());
        Query claim = em.createQuery("update ProgressReport r set r." + kind.column + " = :now,"
                + " r.version = r.version + 1 where r.id = :id and " + condition(kind));
        claim.setParameter("now", now).setParameter("id", reportId);
        bind(claim, kind, now);
        if (claim.executeUpdate() != 1) {
            return false;
        }
        ProgressReport report = em.find(ProgressReport.class, reportId);
        em.refresh(report);
        if (kind == Kind.DUE_SOON) {
            mails.dueSoon(report);
        } else {
            mails.overdue(report);
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("dossierId", report.getDossierId());
        changes.put("number", report.getNumber());
        changes.put("dueOn", report.getDueOn());
        changes.put(kind.column, now);
        audit.recordAs(actor, null, kind.action, ProgressSchedules.ENTITY, reportId, "Progress report n° "
                + report.getNumber() + " of dossier #" + report.getDossierId() + " (due " + report.getDueOn()
                + "): " + (kind == Kind.DUE_SOON ? "reminder" : "overdue reminder") + " queued", changes);
        return true;
    }

    private static String condition(Kind kind) {
        return switch (kind) {
            case DUE_SOON -> "r.reminderSentAt is null and r.status = :due and r.dueOn >= :today"
                    + " and r.dueOn <= :limit";
            case OVERDUE -> "r.overdueRemindedAt is null and r.status in :owed and r.dueOn < :today";
        };
    }

    private void bind(Query query, Kind kind, Instant now) {
        LocalDate today = ProgressReport.fundDate(now);
        query.setParameter("today", today);
        if (kind == Kind.DUE_SOON) {
            query.setParameter("due", ReportStatus.DUE);
            query.setParameter("limit", today.plusDays(settings.reminderLeadDays()));
        } else {
            query.setParameter("owed", List.of(ReportStatus.DUE, ReportStatus.RETURNED));
        }
    }
}

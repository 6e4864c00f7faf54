package org.levier.diligence.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.audit.boundary.AuditTrail;
import org.levier.diligence.entity.DocumentRequest;
import org.levier.diligence.entity.DocumentRequestStatus;
import org.levier.shared.entity.InstantConverter;

/**
 * Reminders of document requests, sent once each even when several Levier nodes run the schedule (EJB timers are
 * not coordinated across a Payara Micro cluster). A request is due for its reminder when it is open, its due date
 * is at most {@value #LEAD_DAYS} days away in Paris (or past), and it was asked at least a day ago (the request's
 * own e-mail is fresh). The reminder is claimed by one conditional update of {@code reminder_sent_at}
 * ({@code ... where reminder_sent_at is null}): the database lets exactly one transaction change the row, and only
 * that one queues the e-mail, in the same transaction (so a rolled-back claim sends nothing and can be claimed
 * again).
 */
@Stateless
public class Reminders {

    public static final int LEAD_DAYS = 2;
    static final Duration FRESH = Duration.ofDays(1);
    static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DiligenceMails mails;

    @Inject
    AuditTrail audit;

    /** The requests due for their reminder now, oldest due date first (at most a batch). */
    public List<Long> due() {
        Instant now = clock.instant();
        return em.createQuery("""
                        select r.id from DocumentRequest r
                        where r.status = :open and r.reminderSentAt is null and r.dueDate <= :limit
                          and r.requestedAt <= :askedBefore
                        order by r.dueDate, r.id""", Long.class)
                .setParameter("open", DocumentRequestStatus.OPEN)
                .setParameter("limit", limit(now))
                .setParameter("askedBefore", now.minus(FRESH))
                .setMaxResults(BATCH)
                .getResultList();
    }

    /**
     * Claims and sends the reminder of one request, in a transaction of its own.
     *
     * @param actor who triggers it, for the audit trail (the system for the schedule)
     * @return true when this call sent it; false when it was not due, or already claimed by another node/thread
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remindIfDue(long requestId, String actor) {
        Instant now = InstantConverter.toColumnPrecision(clock.instant());
        int claimed = em.createQuery("""
                        update DocumentRequest r set r.reminderSentAt = :now, r.version = r.version + 1
                        where r.id = :id and r.status = :open and r.reminderSentAt is null and r.dueDate <= :limit
                          and r.requestedAt <= :askedBefore""")
                .setParameter("now", now)
                .setParameter("id", requestId)
                .setParameter("open", DocumentRequestStatus.OPEN)
                .setParameter("limit", limit(now))
                .setParameter("askedBefore", now.minus(FRESH))
                .executeUpdate();
        if (claimed != 1) {
            return false;
        }
        DocumentRequest request = em.find(DocumentRequest.class, requestId);
        em.refresh(request);
        mails.reminder(request);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("dossierId", request.getDossierId());
        changes.put("dueDate", request.getDueDate());
        changes.put("reminderSentAt", now);
        audit.recordAs(actor, null, "diligence.request.reminded", "DocumentRequest", requestId,
                "Reminder of document request #" + requestId + " (due " + request.getDueDate() + ") queued",
                changes);
        return true;
    }

    static LocalDate limit(Instant now) {
        return DocumentRequest.fundDate(now).plusDays(LEAD_DAYS);
    }
}

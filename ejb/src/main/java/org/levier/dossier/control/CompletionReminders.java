package org.levier.dossier.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
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
import org.levier.dossier.boundary.DossierMoved;
import org.levier.dossier.entity.CompletionRequest;
import org.levier.dossier.entity.DossierStatus;
import org.levier.shared.entity.InstantConverter;

/**
 * The clock of the correction loop. A request for completion is due for its reminder when it is open, its due date
 * is at most {@value #LEAD_DAYS} days away in Paris (or past) and it was made at least a day ago; the reminder is
 * claimed by one conditional update of {@code reminder_sent_at}, so it goes out once even when several nodes run
 * the schedule, and is queued in the claiming transaction. A dossier withdrawn while returned closes its request
 * (no reminder goes out).
 */
@Stateless
public class CompletionReminders {

    public static final int LEAD_DAYS = 2;
    static final Duration FRESH = Duration.ofDays(1);
    static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CompletionMails mails;

    @Inject
    AuditTrail audit;

    /** The requests due for their reminder now, oldest due date first (at most a batch). */
    public List<Long> due() {
        Instant now = clock.instant();
        return em.createQuery("""
                        select r.id from CompletionRequest r
                        where r.status = :open and r.reminderSentAt is null and r.dueDate <= :limit
                          and r.requestedAt <= :askedBefore
                        order by r.dueDate, r.id""", Long.class)
                .setParameter("open", CompletionRequest.Status.OPEN)
                .setParameter("limit", limit(now))
                .setParameter("askedBefore", now.minus(FRESH))
                .setMaxResults(BATCH)
                .getResultList();
    }

    /**
     * Claims and sends the reminder of one request, in a transaction of its own.
     *
     * @return true when this call sent it; false when it was not due, or already claimed by another node/thread
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remindIfDue(long requestId, String actor) {
        Instant now = InstantConverter.toColumnPrecision(clock.instant());
        int claimed = em.createQuery("""
                        update CompletionRequest r set r.reminderSentAt = :now, r.version = r.version + 1
                        where r.id = :id and r.status = :open and r.reminderSentAt is null and r.dueDate <= :limit
                          and r.requestedAt <= :askedBefore""")
                .setParameter("now", now)
                .setParameter("id", requestId)
                .setParameter("open", CompletionRequest.Status.OPEN)
                .setParameter("limit", limit(now))
                .setParameter("askedBefore", now.minus(FRESH))
                .executeUpdate();
        if (claimed != 1) {
            return false;
        }
        CompletionRequest request = em.find(CompletionRequest.class, requestId);
        em.refresh(request);
        mails.reminder(request);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("dossierId", request.getDossierId());
        changes.put("dueDate", request.getDueDate());
        changes.put("reminderSentAt", now);
        audit.recordAs(actor, null, "dossier.completion.reminded", "Dossier", request.getDossierId(),
                "Reminder of the request for completion #" + requestId + " (due " + request.getDueDate()
                        + ") queued", changes);
        return true;
    }

    /** A dossier withdrawn while returned for completion closes its open request. */
    public void onMove(@Observes DossierMoved moved) {
        if (moved.from() != DossierStatus.RETURNED_FOR_COMPLETION || moved.to() != DossierStatus.WITHDRAWN) {
            return;
        }
        em.createQuery("select r from CompletionRequest r where r.dossierId = :dossier and r.status = :open",
                        CompletionRequest.class)
                .setParameter("dossier", moved.dossierId())
                .setParameter("open", CompletionRequest.Status.OPEN)
                .getResultList()
                .forEach(CompletionRequest::close);
    }

    static LocalDate limit(Instant now) {
        return CompletionRequest.fundDate(now).plusDays(LEAD_DAYS);
    }
}

package org.levier.notification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Clock;
import java.util.List;
import org.levier.notification.control.Outbox;
import org.levier.notification.control.SmtpSender;
import org.levier.notification.entity.OutgoingMail;
import org.levier.shared.control.Page;
import org.levier.shared.entity.Role;

/**
 * Queues e-mails in the caller's transaction and sends them after it commits (and every minute, for retries and
 * for messages queued on a node that stopped). Administrators read the outbox.
 */
@Stateless
public class Mails {

    private static final Logger LOG = System.getLogger(Mails.class.getName());
    private static final int BATCH = 50;

    /** Fired when messages were queued; observed after a successful commit. */
    public record Queued(long id) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SmtpSender smtp;

    @Inject
    Outbox outbox;

    @Inject
    Event<Queued> queued;

    /** Stores a message with the current transaction's changes; it leaves only if that transaction commits. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutgoingMail queue(String recipient, String subject, String body) {
        OutgoingMail mail = new OutgoingMail(recipient, subject, body, smtp.isConfigured(), clock.instant());
        em.persist(mail);
        em.flush();
        queued.fire(new Queued(mail.getId()));
        return mail;
    }

    /** The outbox, newest first, for administrators (with no SMTP, this is where messages are read). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Page<OutgoingMail> outbox(String recipient, int page, int size) {
        Page.check(page, size);
        String where = recipient == null ? "" : " where m.recipient = :recipient";
        var query = em.createQuery("select m from OutgoingMail m" + where + " order by m.id desc", OutgoingMail.class);
        var count = em.createQuery("select count(m) from OutgoingMail m" + where, Long.class);
        if (recipient != null) {
            query.setParameter("recipient", recipient);
            count.setParameter("recipient", recipient);
        }
        return new Page<>(query.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        try {
            if (smtp.isConfigured()) {
                dispatch();
            }
        } catch (RuntimeException e) {
            // A timer whose callback fails twice is cancelled by the container: a database outage must not stop it.
            LOG.log(Level.WARNING, "Mail dispatch failed, retried next minute: {0}", e.toString());
        }
    }

    /** Sends what is pending, in the background (after a commit that queued messages). */
    @Asynchronous
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dispatchPending() {
        if (smtp.isConfigured()) {
            dispatch();
        }
    }

    private void dispatch() {
        List<Long> ids = outbox.pending(BATCH);
        for (long id : ids) {
            outbox.claim(id).ifPresent(mail -> {
                try {
                    smtp.send(mail.getRecipient(), mail.getSubject(), mail.getBody());
                    outbox.sent(id);
                } catch (MessagingException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Sending mail {0} failed: {1}", id, e.getMessage());
                    outbox.failed(id, e.getMessage());
                }
            });
        }
    }
}

package org.levier.notification.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.levier.notification.entity.OutgoingMail;

/** The outbox rows, each step in a transaction of its own so that a send is claimed, then settled, exactly once. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Outbox {

    /** A claim older than this is considered abandoned by a node that died while sending. */
    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(5);
    static final String NODE = "node-" + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<Long> pending(int limit) {
        return em.createQuery("select m.id from OutgoingMail m where m.status = :pending order by m.id", Long.class)
                .setParameter("pending", OutgoingMail.Status.PENDING)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Claims a pending message for this node: empty when another node has it (or it is no longer pending). */
    public Optional<OutgoingMail> claim(long id) {
        Instant now = clock.instant();
        int claimed = em.createQuery("""
                        update OutgoingMail m set m.claimedBy = :node, m.claimedAt = :now
                        where m.id = :id and m.status = :pending and (m.claimedBy is null or m.claimedAt < :stale)""")
                .setParameter("node", NODE)
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("pending", OutgoingMail.Status.PENDING)
                .setParameter("stale", now.minus(CLAIM_TIMEOUT))
                .executeUpdate();
        return claimed == 1 ? Optional.ofNullable(em.find(OutgoingMail.class, id)) : Optional.empty();
    }

    public void sent(long id) {
        em.find(OutgoingMail.class, id).markSent(clock.instant());
    }

    public void failed(long id, String error) {
        em.find(OutgoingMail.class, id).markFailed(error);
    }
}

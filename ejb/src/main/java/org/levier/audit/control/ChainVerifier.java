package org.levier.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.levier.audit.entity.AuditChainHead;
import org.levier.audit.entity.AuditEvent;
import org.levier.audit.entity.ChainHash;

/**
 * Recomputes the whole audit chain, a batch at a time (bounded memory): each event must follow the previous one by
 * sequence and hash and hash to what it stores, and the last must be the one the head remembers.
 *
 * <p>No access control here: {@code AuditTrail.verify} is the boundary (auditors, directors); this control also
 * serves the audit-trail extract produced as a background job, which runs with no caller identity after its
 * requester's rights were checked in the request.
 */
@Dependent
public class ChainVerifier {

    private static final int VERIFY_BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    /** Verification outcome: {@code firstBrokenSequence} is null when the chain is valid. */
    public record Result(boolean valid, long events, Long firstBrokenSequence) {
    }

    public Result verify() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        long headSeq = head.getLastSeq();
        String headHash = head.getLastHash();
        long expectedSeq = 1;
        String expectedPrev = ChainHash.GENESIS;
        while (true) {
            List<AuditEvent> batch = em.createQuery(
                            "select e from AuditEvent e where e.seq >= :from and e.seq <= :to order by e.seq",
                            AuditEvent.class)
                    .setParameter("from", expectedSeq)
                    .setParameter("to", headSeq)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEvent event : batch) {
                if (event.getSeq() != expectedSeq || !event.getPrevHash().equals(expectedPrev) || !event.isIntact()) {
                    return new Result(false, expectedSeq - 1, expectedSeq);
                }
                expectedPrev = event.getHash();
                expectedSeq++;
            }
            em.clear();
        }
        long verified = expectedSeq - 1;
        if (verified != headSeq || !expectedPrev.equals(headHash)) {
            return new Result(false, verified, verified + 1);
        }
        return new Result(true, verified, null);
    }
}

package org.levier.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
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

    /**
     * Verification outcome: {@code firstBrokenSequence} is null when the chain is valid; {@code sealedUpTo} is the
     * highest sealed sequence that still matches its seal (0 when none was checked).
     */
    public record Result(boolean valid, long events, Long firstBrokenSequence, long sealedUpTo) {

        public Result(boolean valid, long events, Long firstBrokenSequence) {
            this(valid, events, firstBrokenSequence, 0);
        }
    }

    public Result verify() {
        return verify(new TreeMap<>());
    }

    /**
     * Verifies the chain, and each seal ({@code sequence -> sealed hash}) against the event of its sequence: a seal
     * that no longer matches — a rewrite that recomputed every hash after it, or events cut off — breaks the chain
     * at the sealed sequence (or earlier, where the links break).
     */
    public Result verify(NavigableMap<Long, String> sealed) {
        Result chain = verifyLinks(sealed);
        if (!chain.valid() || sealed.isEmpty()) {
            return chain;
        }
        Map.Entry<Long, String> beyond = sealed.higherEntry(chain.events());
        if (beyond != null) {
            return new Result(false, chain.events(), beyond.getKey(), chain.sealedUpTo());
        }
        return chain;
    }

    private Result verifyLinks(NavigableMap<Long, String> sealed) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        long headSeq = head.getLastSeq();
        String headHash = head.getLastHash();
        long expectedSeq = 1;
        String expectedPrev = ChainHash.GENESIS;
        long sealedUpTo = 0;
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
                    return new Result(false, expectedSeq - 1, expectedSeq, sealedUpTo);
                }
                String seal = sealed.get(event.getSeq());
                if (seal != null) {
                    if (!seal.equals(event.getHash())) {
                        return new Result(false, expectedSeq - 1, expectedSeq, sealedUpTo);
                    }
                    sealedUpTo = event.getSeq();
                }
                expectedPrev = event.getHash();
                expectedSeq++;
            }
            em.clear();
        }
        long verified = expectedSeq - 1;
        if (verified != headSeq || !expectedPrev.equals(headHash)) {
            return new Result(false, verified, verified + 1, sealedUpTo);
        }
        return new Result(true, verified, null, sealedUpTo);
    }
}

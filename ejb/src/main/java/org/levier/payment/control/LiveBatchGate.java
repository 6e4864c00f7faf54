package org.levier.payment.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.levier.disbursement.boundary.ApprovedCancelling;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;

/**
 * An approved disbursement in a live payment batch (drafted or exported: the bank may pay it) is not cancelled:
 * observed in the cancellation's transaction, under its locks, and refused by throwing. A locking read, so that it
 * sees the latest committed lines whatever the transaction's snapshot.
 */
@Stateless
@PermitAll
public class LiveBatchGate {

    @PersistenceContext
    EntityManager em;

    public void onCancelling(@Observes ApprovedCancelling cancelling) {
        long disbursementId = cancelling.disbursementId();
        List<?> live = em.createNativeQuery("SELECT batch_id FROM payment_batch_line WHERE live_disbursement_id = ?1"
                        + " LOCK IN SHARE MODE")
                .setParameter(1, disbursementId).getResultList();
        if (!live.isEmpty()) {
            Object batch = live.getFirst();
            throw new RuleViolation("disbursement.in-payment-batch", "Disbursement " + disbursementId + " is in"
                    + " payment batch " + batch + ", which the bank may execute: cancel the batch (before its"
                    + " export) to cancel the disbursement", List.of(new Violation("paymentBatch",
                    "in live payment batch " + batch)));
        }
    }
}

package org.levier.payment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.levier.banking.control.AccountsInForce;
import org.levier.payment.entity.PaymentBatch;
import org.levier.portfolio.control.PaymentQueues;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * The disbursements as a director works them into batches and out of them (the read side of {@link PaymentBatches}):
 * the approved disbursements a batch may gather, and the lines of exported batches still waiting for the bank's
 * confirmation, each named by its dossier's reference, its tranche and its amount, so that a confirmation by hand
 * picks a line instead of typing a disbursement number. Queries only.
 */
@Stateless
public class BatchLines {

    /** A line of an exported batch whose disbursement is not paid yet. */
    public record ToConfirm(long batchId, long disbursementId, String dossierReference, String milestone,
                            Money amount) {
    }

    @Inject
    AccountsInForce accounts;

    @Inject
    PaymentQueues queues;

    /** Approved disbursements in no live batch, oldest approval first (what a director may gather). */
    @RolesAllowed({Role.FUND_DIRECTOR_NAME, Role.ANALYST_NAME, Role.AUDITOR_NAME})
    public List<BatchCandidate> candidates() {
        Set<Long> inForce = accounts.organisations();
        return queues.approvedInNoLiveBatch(PaymentBatch.MAX_LINES).stream()
                .map(r -> new BatchCandidate((Long) r[0], (Money) r[1], String.valueOf(r[2]), (Instant) r[3],
                        (Long) r[5], (String) r[6], (Long) r[4], (String) r[7], inForce.contains((Long) r[4])))
                .toList();
    }

    /** The lines of exported batches whose disbursement is not paid yet, by batch and position. */
    @RolesAllowed({Role.FUND_DIRECTOR_NAME, Role.ANALYST_NAME, Role.AUDITOR_NAME})
    public List<ToConfirm> awaitingConfirmation() {
        return queues.exportedNotPaid(PaymentBatch.MAX_LINES).stream()
                .map(r -> new ToConfirm((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Money) r[4]))
                .toList();
    }
}

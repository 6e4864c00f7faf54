package org.levier.payment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.levier.disbursement.entity.DisbursementStatus;
import org.levier.payment.entity.PaymentBatch;
import org.levier.payment.entity.PaymentBatchStatus;
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

    @PersistenceContext
    EntityManager em;

    /** Approved disbursements in no live batch, oldest approval first (what a director may gather). */
    @RolesAllowed({Role.FUND_DIRECTOR_NAME, Role.ANALYST_NAME, Role.AUDITOR_NAME})
    public List<BatchCandidate> candidates() {
        Set<Long> inForce = new HashSet<>(em.createQuery("select b.liveOrganisationId from BankAccount b where"
                        + " b.liveOrganisationId is not null and b.status = org.levier.banking.entity.BankAccountStatus"
                        + ".VERIFIED", Long.class).getResultList());
        return em.createQuery("select d.id, d.amount, d.instrument, d.approvedAt, a.organisationId, dos.id,"
                        + " dos.reference, o.legalName from Disbursement d, Agreement a, Dossier dos, Organisation o"
                        + " where d.status = :approved and a.id = d.agreementId and dos.id = a.dossierId"
                        + " and o.id = a.organisationId and not exists (select l.id from PaymentBatchLine l"
                        + " where l.liveDisbursementId = d.id) order by d.approvedAt, d.id", Object[].class)
                .setParameter("approved", DisbursementStatus.APPROVED)
                .setMaxResults(PaymentBatch.MAX_LINES)
                .getResultStream()
                .map(r -> new BatchCandidate((Long) r[0], (Money) r[1], String.valueOf(r[2]), (Instant) r[3],
                        (Long) r[5], (String) r[6], (Long) r[4], (String) r[7], inForce.contains((Long) r[4])))
                .toList();
    }

    /** The lines of exported batches whose disbursement is not paid yet, by batch and position. */
    @RolesAllowed({Role.FUND_DIRECTOR_NAME, Role.ANALYST_NAME, Role.AUDITOR_NAME})
    public List<ToConfirm> awaitingConfirmation() {
        return em.createQuery("select l.batch.id, l.disbursementId, l.dossierReference, t.milestone, l.amount"
                        + " from PaymentBatchLine l, Disbursement d, Tranche t where l.batch.status = :exported"
                        + " and d.id = l.disbursementId and t.id = d.trancheId and d.status = :approved"
                        + " order by l.batch.id, l.position", Object[].class)
                .setParameter("exported", PaymentBatchStatus.EXPORTED)
                .setParameter("approved", DisbursementStatus.APPROVED)
                .setMaxResults(PaymentBatch.MAX_LINES)
                .getResultStream()
                .map(r -> new ToConfirm((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Money) r[4]))
                .toList();
    }
}

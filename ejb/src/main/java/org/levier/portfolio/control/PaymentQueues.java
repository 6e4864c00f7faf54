package org.levier.portfolio.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The payment component's two queues as reads across the disbursement, agreement, dossier, applicant and payment
 * tables (its lists name each line by dossier, beneficiary and tranche): approved disbursements in no live batch,
 * and the lines of exported batches whose disbursement is not paid yet. Rows, which the payment component maps; the
 * statuses are JPQL literals, so this component depends on none of those. Queries only, in the caller's transaction.
 */
@Stateless
@PermitAll
public class PaymentQueues {

    @PersistenceContext
    EntityManager em;

    /**
     * Rows {@code (disbursement id, amount, instrument, approved at, organisation id, dossier id, dossier reference,
     * organisation name)} of the approved disbursements in no live batch, oldest approval first, at most {@code max}.
     */
    public List<Object[]> approvedInNoLiveBatch(int max) {
        return em.createQuery("select d.id, d.amount, d.instrument, d.approvedAt, a.organisationId, dos.id,"
                        + " dos.reference, o.legalName from Disbursement d, Agreement a, Dossier dos, Organisation o"
                        + " where d.status = org.levier.disbursement.entity.DisbursementStatus.APPROVED"
                        + " and a.id = d.agreementId and dos.id = a.dossierId"
                        + " and o.id = a.organisationId and not exists (select l.id from PaymentBatchLine l"
                        + " where l.liveDisbursementId = d.id) order by d.approvedAt, d.id", Object[].class)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Rows {@code (batch id, disbursement id, dossier reference, tranche milestone, amount)} of the lines of exported
     * batches whose disbursement is still approved (not paid), by batch and position, at most {@code max}.
     */
    public List<Object[]> exportedNotPaid(int max) {
        return em.createQuery("select l.batch.id, l.disbursementId, l.dossierReference, t.milestone, l.amount"
                        + " from PaymentBatchLine l, Disbursement d, Tranche t"
                        + " where l.batch.status = org.levier.payment.entity.PaymentBatchStatus.EXPORTED"
                        + " and d.id = l.disbursementId and t.id = d.trancheId"
                        + " and d.status = org.levier.disbursement.entity.DisbursementStatus.APPROVED"
                        + " order by l.batch.id, l.position", Object[].class)
                .setMaxResults(max)
                .getResultList();
    }
}

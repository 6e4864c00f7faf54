package org.levier.portfolio.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/**
 * What an agreement's disbursements engage and what came back on its recovery orders, by database sums over the
 * disbursement and recovery tables, for the agreement component's ledger ({@code agreement.control.Ledger}), which
 * folds the rows into its figures. The agreement cannot ask those components (they depend on it), so it asks the
 * read model. Run in the caller's transaction, after the agreement lock the money use cases hold, so every later
 * request of the agreement sees the same sums (READ COMMITTED: each statement reads the latest commit). Rows carry
 * the status names as stored.
 */
@Stateless
@PermitAll
public class Engagements {

    @PersistenceContext
    EntityManager em;

    /** Rows {@code (instrument, status, sum)} of the agreement's disbursements, the cancelled ones aside. */
    public List<Object[]> byInstrument(long agreementId) {
        return sums("instrument", agreementId);
    }

    /** Rows {@code (tranche id, status, sum)} of the agreement's disbursements, the cancelled ones aside. */
    public List<Object[]> byTranche(long agreementId) {
        return sums("tranche_id", agreementId);
    }

    /** The sum of the receipts recorded on the agreement's recovery orders (a number, zero when none). */
    public Object recovered(long agreementId) {
        return em.createNativeQuery("SELECT COALESCE(SUM(amount), 0) FROM recovery_receipt"
                        + " WHERE agreement_id = ?1")
                .setParameter(1, agreementId)
                .getSingleResult();
    }

    /** How many of the agreement's disbursements were paid. */
    public long paid(long agreementId) {
        return ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM disbursement WHERE agreement_id = ?1 AND status = 'PAID'")
                .setParameter(1, agreementId)
                .getSingleResult()).longValue();
    }

    /** How many of the agreement's disbursements are not cancelled (pending, approved or paid). */
    public long live(long agreementId) {
        return ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM disbursement WHERE agreement_id = ?1 AND status <> 'CANCELLED'")
                .setParameter(1, agreementId)
                .getSingleResult()).longValue();
    }

    /**
     * Rows {@code (agreement id, tranche id, instrument, status, sum)} of the given agreements' disbursements (not
     * empty, distinct), the cancelled ones aside, in one grouped query.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> positions(Collection<Long> agreementIds) {
        List<Long> ids = List.copyOf(agreementIds);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "" : ", ").append('?').append(i + 1);
        }
        var query = em.createNativeQuery("SELECT agreement_id, tranche_id, instrument, status, SUM(amount)"
                + " FROM disbursement WHERE status <> 'CANCELLED' AND agreement_id IN (" + in
                + ") GROUP BY agreement_id, tranche_id, instrument, status");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        return query.getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> sums(String column, long agreementId) {
        // column is one of two constants above, never input.
        return em.createNativeQuery("SELECT " + column + ", status, SUM(amount) FROM disbursement"
                        + " WHERE agreement_id = ?1 AND status <> 'CANCELLED' GROUP BY " + column + ", status")
                .setParameter(1, agreementId)
                .getResultList();
    }
}

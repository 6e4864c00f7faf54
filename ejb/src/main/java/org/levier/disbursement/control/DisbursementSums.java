package org.levier.disbursement.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import org.levier.disbursement.entity.DisbursementStatus;
import org.levier.shared.entity.Money;

/**
 * Sums over an agreement's disbursements for the components downstream of this one (recovery): database sums,
 * nothing loaded, nothing locked. In the caller's transaction, read after the locks the caller holds.
 */
@Stateless
@PermitAll
public class DisbursementSums {

    @PersistenceContext
    EntityManager em;

    /** What was paid under the agreement, to the cent (scale 2). */
    public BigDecimal paid(long agreementId) {
        return em.createQuery("select coalesce(sum(d.amount), 0) from Disbursement d where d.agreementId = :agreement"
                        + " and d.status = :paid", Object.class)
                .setParameter("agreement", agreementId).setParameter("paid", DisbursementStatus.PAID)
                .getResultStream().findFirst().map(DisbursementSums::decimal).orElse(BigDecimal.ZERO.setScale(2));
    }

    /** Sums come back as Money (converted columns), BigDecimal or a number (the literal 0). */
    private static BigDecimal decimal(Object value) {
        if (value instanceof Money m) {
            return m.amount();
        }
        if (value instanceof BigDecimal b) {
            return b.setScale(2);
        }
        return new BigDecimal(String.valueOf(value)).setScale(2);
    }
}

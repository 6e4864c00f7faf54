package org.levier.portfolio.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The equity actually paid, by database sums over the paid EQUITY disbursements (by their columns) of one agreement
 * or of a programme's agreements, for the equity component's flows ({@code equity.control.EquityFlows}), which turns
 * the rows into dated amounts. In the caller's transaction.
 */
@Stateless
@PermitAll
public class EquityPaidIn {

    private static final String PAID_EQUITY = " FROM disbursement d WHERE d.instrument = 'EQUITY'"
            + " AND d.status = 'PAID' AND d.paid_on IS NOT NULL";

    @PersistenceContext
    EntityManager em;

    /** Rows {@code (value date, sum)} of the agreement, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Object[]> ofAgreement(long agreementId) {
        return em.createNativeQuery("SELECT d.paid_on, SUM(d.amount)" + PAID_EQUITY
                        + " AND d.agreement_id = ?1 GROUP BY d.paid_on ORDER BY d.paid_on")
                .setParameter(1, agreementId).getResultList();
    }

    /** Rows {@code (value date, sum)} of the programme, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Object[]> ofProgramme(long programmeId) {
        return em.createNativeQuery("SELECT d.paid_on, SUM(d.amount)" + PAID_EQUITY
                        + " AND d.agreement_id IN (SELECT a.id FROM agreement a WHERE a.programme_id = ?1)"
                        + " GROUP BY d.paid_on ORDER BY d.paid_on")
                .setParameter(1, programmeId).getResultList();
    }

    /** Rows {@code (agreement id, sum)} of the programme. */
    @SuppressWarnings("unchecked")
    public List<Object[]> byAgreement(long programmeId) {
        return em.createNativeQuery("SELECT d.agreement_id, SUM(d.amount)"
                        + PAID_EQUITY + " AND d.agreement_id IN (SELECT a.id FROM agreement a WHERE a.programme_id = ?1)"
                        + " GROUP BY d.agreement_id")
                .setParameter(1, programmeId).getResultList();
    }
}

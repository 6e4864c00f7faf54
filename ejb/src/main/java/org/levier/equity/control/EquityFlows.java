package org.levier.equity.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.equity.control.EquityMetrics.Dated;
import org.levier.shared.entity.Money;

/**
 * The equity actually paid, by database sums over the paid EQUITY disbursements (read by their columns: the equity
 * component depends on no disbursement class), per value date: of one agreement, of a programme, and per agreement
 * of a programme.
 */
@Stateless
@PermitAll
public class EquityFlows {

    private static final String PAID_EQUITY = " FROM disbursement d WHERE d.instrument = 'EQUITY'"
            + " AND d.status = 'PAID' AND d.paid_on IS NOT NULL";

    @PersistenceContext
    EntityManager em;

    /** The agreement's paid equity per value date, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Dated> paidIn(long agreementId) {
        return dated(em.createNativeQuery("SELECT d.paid_on, SUM(d.amount)" + PAID_EQUITY
                        + " AND d.agreement_id = ?1 GROUP BY d.paid_on ORDER BY d.paid_on")
                .setParameter(1, agreementId).getResultList());
    }

    /** The programme's paid equity per value date, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Dated> paidInOfProgramme(long programmeId) {
        return dated(em.createNativeQuery("SELECT d.paid_on, SUM(d.amount)" + PAID_EQUITY
                        + " AND d.agreement_id IN (SELECT a.id FROM agreement a WHERE a.programme_id = ?1)"
                        + " GROUP BY d.paid_on ORDER BY d.paid_on")
                .setParameter(1, programmeId).getResultList());
    }

    /** The programme's paid equity per agreement id. */
    @SuppressWarnings("unchecked")
    public Map<Long, Money> paidInByAgreement(long programmeId) {
        Map<Long, Money> result = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT d.agreement_id, SUM(d.amount)"
                        + PAID_EQUITY + " AND d.agreement_id IN (SELECT a.id FROM agreement a WHERE a.programme_id = ?1)"
                        + " GROUP BY d.agreement_id")
                .setParameter(1, programmeId).getResultList()) {
            result.put(((Number) row[0]).longValue(), Money.eur(decimal(row[1])));
        }
        return result;
    }

    /** The sum of a list of dated amounts. */
    public static Money total(List<Dated> dated) {
        return dated.stream().map(Dated::amount).reduce(Money.ZERO, Money::plus);
    }

    private static List<Dated> dated(List<Object[]> rows) {
        List<Dated> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            result.add(new Dated(date(row[0]), Money.eur(decimal(row[1]))));
        }
        return result;
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value));
    }
}

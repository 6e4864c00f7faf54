package org.levier.equity.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.equity.control.EquityMetrics.Dated;
import org.levier.portfolio.control.EquityPaidIn;
import org.levier.shared.entity.Money;

/**
 * The equity actually paid, by database sums over the paid EQUITY disbursements, per value date: of one agreement,
 * of a programme, and per agreement of a programme. The sums are the portfolio read model's ({@link EquityPaidIn}:
 * they read the disbursement and agreement tables), in the caller's transaction.
 */
@Stateless
@PermitAll
public class EquityFlows {

    @Inject
    EquityPaidIn paidIn;

    /** The agreement's paid equity per value date, oldest first. */
    public List<Dated> paidIn(long agreementId) {
        return dated(paidIn.ofAgreement(agreementId));
    }

    /** The programme's paid equity per value date, oldest first. */
    public List<Dated> paidInOfProgramme(long programmeId) {
        return dated(paidIn.ofProgramme(programmeId));
    }

    /** The programme's paid equity per agreement id. */
    public Map<Long, Money> paidInByAgreement(long programmeId) {
        Map<Long, Money> result = new HashMap<>();
        for (Object[] row : paidIn.byAgreement(programmeId)) {
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

package org.levier.portfolio.control;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.shared.control.Rows;
import org.levier.shared.entity.Money;

/**
 * The budget component's sums, per action of a programme, as database aggregates over the agreement, disbursement,
 * committee and dossier tables (the definitions are the budget component's, see {@code BudgetLedger}): committed,
 * reserved, awaiting funds, and what one dossier's approval reserves. Plain SQL through {@link Rows}, run in the
 * caller's transaction after the programme's row lock the caller holds: the budget rule reads them there, and the
 * tests run the same SQL on H2.
 */
public final class BudgetSums {

    private BudgetSums() {
    }

    static final String DECISION_TOTAL = "COALESCE(cd.approved_grant, 0) + COALESCE(cd.approved_advance, 0)"
            + " + COALESCE(cd.approved_equity, 0)";
    static final String RESERVING = "(cd.subject_to_funds = FALSE OR cd.funds_confirmed_at IS NOT NULL)";
    static final String AWAITING_AGREEMENT = "d.status = 'APPROVED'"
            + " AND NOT EXISTS (SELECT 1 FROM agreement x WHERE x.dossier_id = d.id)";

    /** Per action id: committed, reserved, awaiting funds. */
    public record Sums(Map<Long, Money> committed, Map<Long, Money> reserved, Map<Long, Money> awaiting) {
    }

    public static final String COMMITTED_BY_ACTION = "SELECT ag.action_id, SUM(CASE WHEN d.status = 'TERMINATED' THEN"
            + " (SELECT COALESCE(SUM(di.amount), 0) FROM disbursement di WHERE di.agreement_id = ag.id"
            + " AND di.status <> 'CANCELLED')"
            + " ELSE ag.committed_grant + ag.committed_advance + ag.committed_equity END)"
            + " FROM agreement ag JOIN dossier d ON d.id = ag.dossier_id WHERE ag.programme_id = ?"
            + " GROUP BY ag.action_id";
    private static final String DECISIONS = " FROM committee_decision cd JOIN dossier d"
            + " ON d.id = cd.approved_dossier_id WHERE d.programme_id = ? AND " + AWAITING_AGREEMENT
            + " GROUP BY d.action_id";
    public static final String RESERVED_BY_ACTION = "SELECT d.action_id, SUM(CASE WHEN " + RESERVING + " THEN "
            + DECISION_TOTAL + " ELSE 0 END)" + DECISIONS;
    public static final String AWAITING_BY_ACTION = "SELECT d.action_id, SUM(CASE WHEN " + RESERVING + " THEN 0 ELSE "
            + DECISION_TOTAL + " END)" + DECISIONS;
    public static final String RESERVATION_OF_DOSSIER = "SELECT COALESCE(SUM(" + DECISION_TOTAL + "), 0)"
            + " FROM committee_decision cd JOIN dossier d ON d.id = cd.approved_dossier_id"
            + " WHERE cd.approved_dossier_id = ? AND " + RESERVING + " AND " + AWAITING_AGREEMENT;

    /** The three aggregates of a programme (one {@code GROUP BY} query each), by the SQL the application runs. */
    public static Sums sums(Rows rows, long programmeId) {
        return new Sums(byAction(rows, COMMITTED_BY_ACTION, programmeId), byAction(rows, RESERVED_BY_ACTION,
                programmeId), byAction(rows, AWAITING_BY_ACTION, programmeId));
    }

    /** What the dossier's approval reserves now (zero: not approved, signed, or subject to funds unconfirmed). */
    public static Money reservationOf(Rows rows, long dossierId) {
        return money(rows.select(RESERVATION_OF_DOSSIER, List.of(dossierId)).getFirst()[0]);
    }

    private static Map<Long, Money> byAction(Rows rows, String sql, long programmeId) {
        Map<Long, Money> sums = new HashMap<>();
        for (Object[] row : rows.select(sql, List.of(programmeId))) {
            sums.put(((Number) row[0]).longValue(), money(row[1]));
        }
        return sums;
    }

    public static Money money(Object value) {
        if (value == null) {
            return Money.ZERO;
        }
        BigDecimal amount = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        return Money.eur(amount.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }
}

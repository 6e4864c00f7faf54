package org.levier.budget.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.budget.entity.ProgrammeBudget.ActionBudget;
import org.levier.budget.entity.ProgrammeBudget;
import org.levier.budget.entity.Room;
import org.levier.programme.entity.Programme;
import org.levier.programme.entity.ProgrammeAction;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.Rows;
import org.levier.shared.entity.Money;

/**
 * The budget's sums, read from the source rows (never a counter), and the rule that checks a new reservation or
 * commitment against them. Every use case that reserves or commits money first takes the programme's row lock
 * ({@link #lock}, PESSIMISTIC_WRITE), then reads the sums (READ COMMITTED: they see everything committed before the
 * lock was granted), so two concurrent approvals or signatures cannot both fit in the last euro.
 *
 * <p>Definitions (per programme, and per action):
 * <ul>
 * <li><b>committed</b>: the current commitment (all instruments) of every signed agreement; for a dossier
 * TERMINATED, only what its agreement paid or still engages (paid, approved and pending disbursements, not the
 * cancelled ones): termination releases the rest. An amendment lowering a commitment releases the difference.</li>
 * <li><b>reserved</b>: the approved amounts (all instruments) of the approving decisions of dossiers still APPROVED
 * without an agreement, except those recorded subject to funds and not yet confirmed. A signature turns the
 * reservation into a commitment (the dossier leaves APPROVED); a rejected or deferred dossier, or one withdrawn
 * before the decision, never reserved anything.</li>
 * <li><b>awaiting funds</b>: the approved amounts recorded subject to funds, not confirmed, not signed: shown,
 * never counted.</li>
 * </ul>
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class BudgetLedger {

    static final String DECISION_TOTAL = "COALESCE(cd.approved_grant, 0) + COALESCE(cd.approved_advance, 0)"
            + " + COALESCE(cd.approved_equity, 0)";
    static final String RESERVING = "(cd.subject_to_funds = FALSE OR cd.funds_confirmed_at IS NOT NULL)";
    static final String AWAITING_AGREEMENT = "d.status = 'APPROVED'"
            + " AND NOT EXISTS (SELECT 1 FROM agreement x WHERE x.dossier_id = d.id)";

    @PersistenceContext
    EntityManager em;

    /** Takes the programme's row lock: the first lock of every use case that reserves or commits money. */
    public Programme lock(long programmeId) {
        Programme programme = em.find(Programme.class, programmeId, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw new NotFound("programme " + programmeId);
        }
        return programme;
    }

    /** The sums per action id: committed, reserved, awaiting funds (actions without any are absent). */
    record Sums(Map<Long, Money> committed, Map<Long, Money> reserved, Map<Long, Money> awaiting) {
    }

    static final String COMMITTED_BY_ACTION = "SELECT ag.action_id, SUM(CASE WHEN d.status = 'TERMINATED' THEN"
            + " (SELECT COALESCE(SUM(di.amount), 0) FROM disbursement di WHERE di.agreement_id = ag.id"
            + " AND di.status <> 'CANCELLED')"
            + " ELSE ag.committed_grant + ag.committed_advance + ag.committed_equity END)"
            + " FROM agreement ag JOIN dossier d ON d.id = ag.dossier_id WHERE ag.programme_id = ?"
            + " GROUP BY ag.action_id";
    private static final String DECISIONS = " FROM committee_decision cd JOIN dossier d"
            + " ON d.id = cd.approved_dossier_id WHERE d.programme_id = ? AND " + AWAITING_AGREEMENT
            + " GROUP BY d.action_id";
    static final String RESERVED_BY_ACTION = "SELECT d.action_id, SUM(CASE WHEN " + RESERVING + " THEN "
            + DECISION_TOTAL + " ELSE 0 END)" + DECISIONS;
    static final String AWAITING_BY_ACTION = "SELECT d.action_id, SUM(CASE WHEN " + RESERVING + " THEN 0 ELSE "
            + DECISION_TOTAL + " END)" + DECISIONS;
    static final String RESERVATION_OF_DOSSIER = "SELECT COALESCE(SUM(" + DECISION_TOTAL + "), 0)"
            + " FROM committee_decision cd JOIN dossier d ON d.id = cd.approved_dossier_id"
            + " WHERE cd.approved_dossier_id = ? AND " + RESERVING + " AND " + AWAITING_AGREEMENT;

    /** The three aggregates of a programme (one {@code GROUP BY} query each), by the SQL the application runs. */
    static Sums sums(Rows rows, long programmeId) {
        return new Sums(byAction(rows, COMMITTED_BY_ACTION, programmeId), byAction(rows, RESERVED_BY_ACTION,
                programmeId), byAction(rows, AWAITING_BY_ACTION, programmeId));
    }

    /** The programme's budget, per action (action order) and in total, as the database holds it now. */
    public ProgrammeBudget budget(Programme programme) {
        Sums sums = sums(Rows.of(em), programme.getId());
        List<ActionBudget> actions = programme.getAxes().stream().flatMap(ax -> ax.getActions().stream())
                .sorted(Comparator.comparingInt(ProgrammeAction::getNumber))
                .map(a -> new ActionBudget(a.getId(), a.getNumber(), a.getTitle(), new Room(a.envelope().orElse(null),
                        sums.committed().getOrDefault(a.getId(), Money.ZERO),
                        sums.reserved().getOrDefault(a.getId(), Money.ZERO),
                        sums.awaiting().getOrDefault(a.getId(), Money.ZERO))))
                .toList();
        Room total = new Room(programme.getAllotment(), total(sums.committed()), total(sums.reserved()),
                total(sums.awaiting()));
        return new ProgrammeBudget(programme.getId(), programme.getCode(), total, actions);
    }

    /** What the dossier's approval reserves now (zero: not approved, signed, or subject to funds unconfirmed). */
    public Money reservationOf(long dossierId) {
        return money(Rows.of(em).select(RESERVATION_OF_DOSSIER, List.of(dossierId)).getFirst()[0]);
    }

    /**
     * Refuses {@code requested} more in the action of a programme whose lock the caller holds, {@code releasing}
     * (what the same dossier holds and gives back by the same move) counting as available.
     *
     * @throws BudgetExceeded {@code <keyPrefix>.programme-exceeded} or {@code <keyPrefix>.action-exceeded}
     */
    public ProgrammeBudget requireRoom(Programme lockedProgramme, long actionId, Money requested, Money releasing,
                                       String keyPrefix) {
        ProgrammeBudget budget = budget(lockedProgramme);
        ActionBudget action = budget.action(actionId).orElseThrow(() -> new NotFound("action " + actionId));
        BudgetExceeded.require(keyPrefix, lockedProgramme.getCode(), budget.total(), action.number(), action.room(),
                requested, releasing);
        return budget;
    }

    private static Map<Long, Money> byAction(Rows rows, String sql, long programmeId) {
        Map<Long, Money> sums = new HashMap<>();
        for (Object[] row : rows.select(sql, List.of(programmeId))) {
            sums.put(((Number) row[0]).longValue(), money(row[1]));
        }
        return sums;
    }

    private static Money total(Map<Long, Money> sums) {
        return sums.values().stream().reduce(Money.ZERO, Money::plus);
    }

    static Money money(Object value) {
        if (value == null) {
            return Money.ZERO;
        }
        BigDecimal amount = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        return Money.eur(amount.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }
}

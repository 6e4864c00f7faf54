package org.levier.budget.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.levier.budget.entity.ProgrammeBudget.ActionBudget;
import org.levier.budget.entity.ProgrammeBudget;
import org.levier.budget.entity.Room;
import org.levier.portfolio.control.BudgetSums;
import org.levier.programme.control.ProgrammeLoader;
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
 * The SQL of these sums reads the agreement, disbursement, committee and dossier tables: it is the portfolio read
 * model's ({@link BudgetSums}), run here on this bean's connection, in the caller's transaction, after the lock.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class BudgetLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeLoader programmeLoader;

    /** Takes the programme's row lock: the first lock of every use case that reserves or commits money. */
    public Programme lock(long programmeId) {
        return programmeLoader.lock(programmeId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("programme " + programmeId));
    }

    /** The programme's budget, per action (action order) and in total, as the database holds it now. */
    public ProgrammeBudget budget(Programme programme) {
        BudgetSums.Sums sums = BudgetSums.sums(Rows.of(em), programme.getId());
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
        return BudgetSums.reservationOf(Rows.of(em), dossierId);
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

    private static Money total(Map<Long, Money> sums) {
        return sums.values().stream().reduce(Money.ZERO, Money::plus);
    }
}

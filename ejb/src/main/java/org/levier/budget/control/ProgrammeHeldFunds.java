package org.levier.budget.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import org.levier.portfolio.control.BudgetSums;
import org.levier.programme.control.HeldFunds;
import org.levier.programme.control.ProgrammeIds;
import org.levier.shared.control.Rows;
import org.levier.shared.entity.Money;

/**
 * The budget's answer to a programme revision: committed + reserved per action number, by the same sums as the
 * committee's budget control ({@link BudgetLedger}, {@link BudgetSums}), so an allotment or an envelope can never be lowered below
 * what an approval has reserved either.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ProgrammeHeldFunds implements HeldFunds {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeIds programmes;

    @Override
    public Map<Integer, Money> byAction(long programmeId) {
        BudgetSums.Sums sums = BudgetSums.sums(Rows.of(em), programmeId);
        Map<Integer, Money> held = new HashMap<>();
        programmes.actionNumbers(programmeId).forEach((actionId, number) -> {
            Money amount = sums.committed().getOrDefault(actionId, Money.ZERO)
                    .plus(sums.reserved().getOrDefault(actionId, Money.ZERO));
            if (amount.isPositive()) {
                held.put(number, amount);
            }
        });
        return held;
    }
}

package org.levier.budget.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.programme.control.HeldFunds;
import org.levier.shared.control.Rows;
import org.levier.shared.entity.Money;

/**
 * The budget's answer to a programme revision: committed + reserved per action number, by the same sums as the
 * committee's budget control ({@link BudgetLedger}), so an allotment or an envelope can never be lowered below
 * what an approval has reserved either.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ProgrammeHeldFunds implements HeldFunds {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Integer, Money> byAction(long programmeId) {
        Rows rows = Rows.of(em);
        BudgetLedger.Sums sums = BudgetLedger.sums(rows, programmeId);
        Map<Integer, Money> held = new HashMap<>();
        for (Object[] row : rows.select("SELECT id, number FROM programme_action WHERE programme_id = ?",
                List.of(programmeId))) {
            long actionId = ((Number) row[0]).longValue();
            Money amount = sums.committed().getOrDefault(actionId, Money.ZERO)
                    .plus(sums.reserved().getOrDefault(actionId, Money.ZERO));
            if (amount.isPositive()) {
                held.put(((Number) row[1]).intValue(), amount);
            }
        }
        return held;
    }
}

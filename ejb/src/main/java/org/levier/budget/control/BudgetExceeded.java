package org.levier.budget.control;

import java.util.ArrayList;
import java.util.List;
import org.levier.budget.entity.Room;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Money;

/**
 * A commitment or reservation that does not fit what is left of the allotment or of the action's envelope (422):
 * names the figures of every limit it exceeds, so that a page can show them in its language.
 */
public class BudgetExceeded extends RuleViolation {

    private static final long serialVersionUID = 1L;

    /**
     * One exceeded limit. {@code scope}: "programme" (the allotment) or "action" (the envelope). Seen from the move
     * refused: {@code reserved} is what others reserve, {@code left} what is available to it (the dossier's own
     * reservation, {@code releasing}, included), so that {@code committed + reserved + left = limit}.
     */
    public record Shortfall(String scope, String label, Money limit, Money committed, Money reserved, Money left,
                            Money requested, Money releasing) implements java.io.Serializable {

        String describe() {
            String what = scope.equals("programme") ? "the programme " + label + " has " + left.toPlainString()
                    + " left of its allotment of " : "action " + label + " has " + left.toPlainString()
                    + " left of its envelope of ";
            return what + limit.toPlainString() + " (committed " + committed.toPlainString() + ", reserved "
                    + reserved.toPlainString() + (releasing.isPositive() ? " by others; " + releasing.toPlainString()
                    + " already reserved for it counts as left" : "") + "); requested " + requested.toPlainString()
                    + " does not fit";
        }
    }

    private final List<Shortfall> shortfalls;

    BudgetExceeded(String key, List<Shortfall> shortfalls) {
        super(key, "Budget exceeded: " + shortfalls.getFirst().describe(), shortfalls.stream()
                .map(s -> new Violation("budget." + s.scope(), s.describe())).toList());
        this.shortfalls = List.copyOf(shortfalls);
    }

    public List<Shortfall> shortfalls() {
        return shortfalls;
    }

    /**
     * The arithmetic of the budget rule on rooms already read under the programme's lock: {@code requested} more
     * must fit what is left of the programme's allotment and of the action's envelope, {@code releasing} (what the
     * same dossier already holds there and gives back by the same move) counting as available.
     *
     * @param keyPrefix e.g. {@code committee.budget}: the key is {@code <prefix>.programme-exceeded} or
     *                  {@code <prefix>.action-exceeded}
     * @throws BudgetExceeded naming the figures of every exceeded limit
     */
    public static void require(String keyPrefix, String programmeCode, Room programme, int actionNumber, Room action,
                               Money requested, Money releasing) {
        List<Shortfall> shortfalls = new ArrayList<>();
        if (!programme.fits(requested, releasing)) {
            shortfalls.add(new Shortfall("programme", programmeCode, programme.limit(), programme.committed(),
                    programme.reserved().minus(releasing), programme.left().plus(releasing), requested, releasing));
        }
        if (action != null && !action.fits(requested, releasing)) {
            shortfalls.add(new Shortfall("action", String.valueOf(actionNumber), action.limit(), action.committed(),
                    action.reserved().minus(releasing), action.left().plus(releasing), requested, releasing));
        }
        if (!shortfalls.isEmpty()) {
            throw new BudgetExceeded(keyPrefix + "." + shortfalls.getFirst().scope() + "-exceeded", shortfalls);
        }
    }
}

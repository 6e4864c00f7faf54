package org.levier.repayment.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.levier.repayment.entity.Frequency;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Money;

/**
 * Splits an amount into instalments: each is basis / n rounded half-even to the cent, the last takes the remainder
 * so the sum is exact. Due dates are counted from the first one (first + k × frequency), so a schedule starting on
 * 31 January falls on the last day of shorter months and back on the 31st after them.
 */
public final class RepaymentPlan {

    public static final int MAX_INSTALMENTS = 480;

    public record Planned(int number, LocalDate dueOn, Money amount) {
    }

    private RepaymentPlan() {
    }

    /**
     * Splits {@code amount} into {@code count} instalments: each amount / count half-even to the cent, the last the
     * remainder (a rebuilt schedule's remaining instalments).
     *
     * @throws RuleViolation {@code repayment.terms.invalid} when an instalment would be below 0.01
     */
    public static List<Money> spread(Money amount, int count) {
        Money regular = Money.eur(amount.amount().divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN));
        Money last = amount.minus(Money.eur(regular.amount().multiply(BigDecimal.valueOf(count - 1))));
        List<Money> amounts = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            amounts.add(k == count - 1 ? last : regular);
        }
        if (!regular.isPositive() || !last.isPositive()) {
            throw new RuleViolation("repayment.terms.invalid", amount.toPlainString() + " cannot be spread over "
                    + count + " instalments of at least 0.01", List.of(new Violation("instalments", "too many")));
        }
        return amounts;
    }

    /**
     * @throws RuleViolation {@code repayment.terms.invalid} for missing terms or instalments that would not each be
     *                       at least one cent
     */
    public static List<Planned> split(Money basis, int count, LocalDate firstDueOn, Frequency frequency) {
        List<Violation> violations = new ArrayList<>();
        if (firstDueOn == null) {
            violations.add(new Violation("firstDueOn", "required"));
        }
        if (frequency == null) {
            violations.add(new Violation("frequency", "required"));
        }
        if (count < 1 || count > MAX_INSTALMENTS) {
            violations.add(new Violation("instalments", "between 1 and " + MAX_INSTALMENTS));
        }
        if (basis == null || !basis.isPositive()) {
            violations.add(new Violation("basis", "nothing to repay"));
        }
        if (violations.isEmpty()) {
            Money regular = Money.eur(basis.amount().divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN));
            Money last = basis.minus(Money.eur(regular.amount().multiply(BigDecimal.valueOf(count - 1))));
            if (!regular.isPositive() || !last.isPositive()) {
                violations.add(new Violation("instalments", count + " instalments of " + basis.toPlainString()
                        + " would not each be at least 0.01"));
            } else {
                List<Planned> plan = new ArrayList<>(count);
                for (int k = 0; k < count; k++) {
                    plan.add(new Planned(k + 1, firstDueOn.plusMonths((long) k * frequency.months()),
                            k == count - 1 ? last : regular));
                }
                return plan;
            }
        }
        throw new RuleViolation("repayment.terms.invalid", "The repayment terms are invalid: "
                + violations.get(0).field() + " " + violations.get(0).message(), violations);
    }
}

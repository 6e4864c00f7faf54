package org.levier.repayment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.levier.repayment.entity.Frequency;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Money;
import org.junit.jupiter.api.Test;

class RepaymentPlanTest {

    static Money sum(List<RepaymentPlan.Planned> plan) {
        return plan.stream().map(RepaymentPlan.Planned::amount).reduce(Money.ZERO, Money::plus);
    }

    @Test
    void theRemainderCentsGoOnTheLastInstalmentAndTheSumIsExact() {
        List<RepaymentPlan.Planned> plan = RepaymentPlan.split(Money.eur("100000.00"), 3,
                LocalDate.of(2030, 1, 31), Frequency.MONTHLY);
        assertThat(plan).extracting(RepaymentPlan.Planned::amount)
                .containsExactly(Money.eur("33333.33"), Money.eur("33333.33"), Money.eur("33333.34"));
        assertThat(sum(plan)).isEqualTo(Money.eur("100000.00"));
        assertThat(plan).extracting(RepaymentPlan.Planned::dueOn).containsExactly(LocalDate.of(2030, 1, 31),
                LocalDate.of(2030, 2, 28), LocalDate.of(2030, 3, 31));
    }

    @Test
    void halfEvenMayRoundUpThenTheLastInstalmentIsSmaller() {
        List<RepaymentPlan.Planned> plan = RepaymentPlan.split(Money.eur("2.00"), 3, LocalDate.of(2030, 1, 1),
                Frequency.QUARTERLY);
        assertThat(plan).extracting(RepaymentPlan.Planned::amount)
                .containsExactly(Money.eur("0.67"), Money.eur("0.67"), Money.eur("0.66"));
        assertThat(plan).extracting(RepaymentPlan.Planned::dueOn).containsExactly(LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 4, 1), LocalDate.of(2030, 7, 1));
        // 0.125 -> 0.12 (half-even to the even cent), the last takes 0.13
        assertThat(RepaymentPlan.split(Money.eur("0.50"), 4, LocalDate.of(2030, 1, 1), Frequency.ANNUAL))
                .extracting(RepaymentPlan.Planned::amount)
                .containsExactly(Money.eur("0.12"), Money.eur("0.12"), Money.eur("0.12"), Money.eur("0.14"));
    }

    @Test
    void sumsAreExactForManyInstalmentsAndFrequencies() {
        for (Frequency frequency : Frequency.values()) {
            for (int n = 1; n <= 120; n += 7) {
                List<RepaymentPlan.Planned> plan = RepaymentPlan.split(Money.eur("1234567.89"), n,
                        LocalDate.of(2031, 8, 31), frequency);
                assertThat(sum(plan)).isEqualTo(Money.eur("1234567.89"));
                assertThat(plan.get(n - 1).dueOn()).isEqualTo(LocalDate.of(2031, 8, 31)
                        .plusMonths((long) (n - 1) * frequency.months()));
            }
        }
        assertThat(RepaymentPlan.split(Money.eur("1000.00"), 8, LocalDate.of(2030, 6, 30), Frequency.SEMI_ANNUAL)
                .get(7).dueOn()).isEqualTo(LocalDate.of(2033, 12, 30));
    }

    @Test
    void instalmentsBelowACentOrMissingTermsAreRefused() {
        assertThatThrownBy(() -> RepaymentPlan.split(Money.eur("1.00"), 199, LocalDate.of(2030, 1, 1),
                Frequency.MONTHLY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("repayment.terms.invalid"));
        assertThatThrownBy(() -> RepaymentPlan.split(Money.eur("1.00"), 0, null, null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations()).hasSize(3));
    }
}

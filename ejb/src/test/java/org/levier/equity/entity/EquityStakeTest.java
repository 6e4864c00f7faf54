package org.levier.equity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.levier.equity.control.Xirr;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Money;
import org.junit.jupiter.api.Test;

class EquityStakeTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2029, 12, 31);

    /** A stake bought with {@code paid} of equity paid, first on {@code on}. */
    static EquityStake stake(String paid, long shares, String price, LocalDate on) {
        return EquityStake.record(1, new StakeTerms(null, null, shares, new BigDecimal(price),
                new BigDecimal("12.5")), Money.eur(paid), on, "director1", NOW);
    }

    @Test
    void theInvestmentIsTheEquityPaidAndFollowsIt() {
        assertThatThrownBy(() -> EquityStake.record(1, new StakeTerms(null, null, 1000, BigDecimal.ONE,
                BigDecimal.TEN), Money.ZERO, null, "d", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("equity.nothing-paid"));
        assertThatThrownBy(() -> EquityStake.record(1, new StakeTerms(LocalDate.of(2026, 2, 1),
                Money.eur("80000.00"), 1000, BigDecimal.ONE, BigDecimal.TEN), Money.eur("50000.00"),
                LocalDate.of(2026, 1, 1), "d", NOW)).isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("equity.invalid");
                    assertThat(e.violations()).extracting(RuleViolation.Violation::field)
                            .containsExactly("invested", "investedOn");
                    assertThat(e.getMessage()).contains("the equity paid is 50000.00");
                });
        EquityStake stake = stake("50000.00", 3, "11111.111111", LocalDate.of(2026, 1, 1));
        assertThat(stake.getInvested()).isEqualTo(Money.eur("50000.00"));
        assertThat(stake.getOwnershipPercentage()).isEqualByComparingTo("12.5");
        assertThat(stake.follow(Money.eur("80000.00"), LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(stake.getInvested()).isEqualTo(Money.eur("80000.00"));
        assertThat(stake.follow(Money.eur("80000.00"), LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void valuationsAndExitsAreFactsNotInTheFuture() {
        EquityStake stake = stake("1000.00", 1000, "1", LocalDate.of(2026, 1, 1));
        LocalDate today = LocalDate.of(2026, 12, 5);
        assertThatThrownBy(() -> stake.value(LocalDate.of(2028, 1, 1), Money.eur("1.00"), ValuationMethod.COST, "a",
                today, NOW)).isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("equity.valuation.invalid");
                    assertThat(e.violations().get(0).message()).contains("not after today (2026-12-05)");
                });
        assertThatThrownBy(() -> stake.exit(LocalDate.of(2025, 12, 31), 1, Money.eur("1.00"), null, "d", today,
                NOW)).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations().get(0).message())
                .contains("not before the investment (2026-01-01)"));
        assertThatThrownBy(() -> stake.exit(LocalDate.of(10000, 1, 1), 1, Money.eur("1.00"), null, "d", today,
                NOW)).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations().get(0).message())
                .contains("impossible date"));
        assertThat(stake.getValuations()).isEmpty();
        assertThat(stake.getExits()).isEmpty();
    }

    @Test
    void theMultipleCountsTheValueOfTheSharesHeldAndTheProceeds() {
        EquityStake stake = stake("100000.00", 1000, "100", LocalDate.of(2026, 1, 1));
        assertThat(stake.multiple()).isEqualByComparingTo("1.0000");
        stake.value(LocalDate.of(2027, 1, 1), Money.eur("150000.00"), ValuationMethod.MULTIPLES, "a", TODAY, NOW);
        assertThat(stake.multiple()).isEqualByComparingTo("1.5000");
        stake.exit(LocalDate.of(2028, 1, 1), 500, Money.eur("90000.00"), "Buyer SA", "d", TODAY, NOW);
        assertThat(stake.sharesHeld()).isEqualTo(500);
        assertThat(stake.currentValue()).isEqualTo(Money.eur("75000.00"));
        assertThat(stake.multiple()).isEqualByComparingTo("1.6500");
        assertThatThrownBy(() -> stake.exit(LocalDate.of(2028, 2, 1), 501, Money.eur("1.00"), null, "d", TODAY, NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("equity.exit.too-many-shares"));
        assertThatThrownBy(() -> stake.value(LocalDate.of(2027, 1, 1), Money.eur("1.00"), ValuationMethod.COST,
                "a", TODAY, NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("equity.valuation.duplicate"));
    }

    @Test
    void theIrrOfAFullExitIsTheXirrOfItsTwoFlows() {
        EquityStake stake = stake("1000.00", 1000, "1", LocalDate.of(2020, 1, 1));
        stake.exit(LocalDate.of(2021, 1, 1), 1000, Money.eur("1100.00"), null, "d", TODAY, NOW);
        assertThat(stake.multiple()).isEqualByComparingTo("1.1000");
        assertThat(stake.cashFlows(LocalDate.of(2026, 1, 1))).hasSize(2);
        assertThat(Xirr.rate(stake.cashFlows(LocalDate.of(2026, 1, 1)))).hasValueSatisfying(
                r -> assertThat(r).isEqualByComparingTo("0.099714"));
    }

    @Test
    void theSharesStillHeldCountAtTheirValueOnTheDayAsked() {
        EquityStake stake = stake("1000.00", 1000, "1", LocalDate.of(2021, 1, 1));
        stake.value(LocalDate.of(2021, 6, 30), Money.eur("1100.00"), ValuationMethod.PRICE_OF_RECENT_INVESTMENT,
                "a", TODAY, NOW);
        assertThat(stake.cashFlows(LocalDate.of(2022, 1, 1))).last()
                .satisfies(f -> {
                    assertThat(f.on()).isEqualTo(LocalDate.of(2022, 1, 1));
                    assertThat(f.amount()).isEqualByComparingTo("1100.00");
                });
        assertThat(Xirr.rate(stake.cashFlows(LocalDate.of(2022, 1, 1)))).hasValueSatisfying(
                r -> assertThat(r).isEqualByComparingTo("0.100000"));
    }
}

package org.levier.shared.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsScaleTwo() {
        assertThat(Money.eur("37500000").toPlainString()).isEqualTo("37500000.00");
        assertThat(Money.eur("1250000.5").amount().scale()).isEqualTo(2);
        assertThat(Money.eur(new BigDecimal("1.10")).toPlainString()).isEqualTo("1.10");
    }

    @Test
    void refusesThreeDecimalsInsteadOfRounding() {
        assertThatThrownBy(() -> Money.eur("10.005"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 decimals");
    }

    @Test
    void acceptsTrailingZerosBeyondTheCent() {
        assertThat(Money.eur("10.500").toPlainString()).isEqualTo("10.50");
    }

    @Test
    void refusesWhatDoesNotFitDecimal15Comma2() {
        assertThat(Money.eur("9999999999999.99").amount()).isEqualByComparingTo(Money.MAX);
        assertThatThrownBy(() -> Money.eur("10000000000000.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.eur("-10000000000000.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.eur("9999999999999.99").plus(Money.eur("0.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        assertThatThrownBy(() -> Money.eur("12,50")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.eur((String) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void comparesByValueWhateverTheScaleItWasWrittenWith() {
        Money a = Money.eur("100");
        Money b = Money.eur(new BigDecimal("100.00"));

        assertThat(a.compareTo(b)).isZero();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(Money.eur("100.01").isGreaterThan(a)).isTrue();
        assertThat(a.compareTo(Money.eur("100.01"))).isNegative();
    }

    @Test
    void differentCurrenciesAreNeverEqualNorComparable() {
        Money euros = Money.eur("5.00");
        Money dollars = Money.of(new BigDecimal("5.00"), Currency.getInstance("USD"));

        assertThat(euros).isNotEqualTo(dollars);
        assertThatThrownBy(() -> euros.compareTo(dollars)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> euros.plus(dollars)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addsAndSubtractsExactly() {
        Money sum = Money.eur("0.10").plus(Money.eur("0.20"));

        assertThat(sum.toPlainString()).isEqualTo("0.30");
        assertThat(sum.minus(Money.eur("0.30"))).isEqualTo(Money.ZERO);
        assertThat(Money.eur("1.00").minus(Money.eur("2.50")).isNegative()).isTrue();
        assertThat(Money.eur("0.01").isPositive()).isTrue();
    }

    @Test
    void roundsHalfEvenOnlyWhenAsked() {
        assertThat(Money.rounded(new BigDecimal("2.345")).toPlainString()).isEqualTo("2.34");
        assertThat(Money.rounded(new BigDecimal("2.355")).toPlainString()).isEqualTo("2.36");
    }
}

package org.levier.shared.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Amounts are bounded on their representation before any arithmetic: a huge exponent is refused at once. */
class MoneyBoundsTest {

    @Test
    void hugeExponentsAreRefusedAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThatThrownBy(() -> Money.eur("1e100000000")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("out of range");
            assertThatThrownBy(() -> Money.eur("1e-100000000")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2 decimals");
            assertThat(Money.eur("0e100000000")).isEqualTo(Money.ZERO);
            assertThat(Money.eur("0e-100000000")).isEqualTo(Money.ZERO);
        });
    }

    @Test
    void theBoundsThemselvesStillFit() {
        assertThat(Money.eur("9999999999999.99").toPlainString()).isEqualTo("9999999999999.99");
        assertThat(Money.eur("1.5E+3").toPlainString()).isEqualTo("1500.00");
        assertThat(Money.eur("12.3400").toPlainString()).isEqualTo("12.34");
        assertThatThrownBy(() -> Money.eur("10000000000000.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.eur("1.001")).isInstanceOf(IllegalArgumentException.class);
    }
}

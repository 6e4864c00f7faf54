package org.levier.portfolio.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeverageTest {

    private static Leverage of(String fund, String cofinancing, String privateMoney) {
        return new Leverage(new BigDecimal(fund), new BigDecimal(cofinancing), new BigDecimal(privateMoney));
    }

    @Test
    void dunkerqueTarget288Over37Point5Is7Point68() {
        Leverage dunkerque = of("37500000.00", "250500000.00", "100000000.00");
        assertThat(dunkerque.totalProjectCost()).isEqualByComparingTo("288000000.00");
        assertThat(dunkerque.leverage()).isEqualTo(new BigDecimal("7.6800"));
        // (288 - 37.5) / 37.5 = 250.5 / 37.5 = 6.68
        assertThat(dunkerque.cofinancingMultiplier()).isEqualTo(new BigDecimal("6.6800"));
        // 100 / 37.5 = 2.666666... -> 2.6667
        assertThat(dunkerque.privateLeverage()).isEqualTo(new BigDecimal("2.6667"));
    }

    @Test
    void aGroupIsTheRatioOfItsSumsNotTheAverageOfItsRatios() {
        Leverage small = of("100.00", "900.00", "0.00");        // leverage 10
        Leverage large = of("1000.00", "1000.00", "500.00");    // leverage 2
        assertThat(small.leverage()).isEqualTo(new BigDecimal("10.0000"));
        assertThat(large.leverage()).isEqualTo(new BigDecimal("2.0000"));
        Leverage both = Leverage.total(List.of(small, large));
        // average of ratios would be 6.0000; ratio of sums is 3000 / 1100 = 2.727272... -> 2.7273
        assertThat(both.leverage()).isEqualTo(new BigDecimal("2.7273"));
        assertThat(both.cofinancingMultiplier()).isEqualTo(new BigDecimal("1.7273"));
        assertThat(both.privateLeverage()).isEqualTo(new BigDecimal("0.4545"));
    }

    @Test
    void roundingIsHalfEvenToFourDecimals() {
        // 1.00005 -> 1.0000 (even), 1.00015 -> 1.0002 (even)
        assertThat(Leverage.ratio(new BigDecimal("100005"), new BigDecimal("100000")))
                .isEqualTo(new BigDecimal("1.0000"));
        assertThat(Leverage.ratio(new BigDecimal("100015"), new BigDecimal("100000")))
                .isEqualTo(new BigDecimal("1.0002"));
    }

    @Test
    void noFundContributionGivesNoRatio() {
        Leverage none = of("0.00", "500.00", "500.00");
        assertThat(none.leverage()).isNull();
        assertThat(none.cofinancingMultiplier()).isNull();
        assertThat(none.privateLeverage()).isNull();
        assertThat(Leverage.NONE.totalProjectCost()).isEqualByComparingTo("0.00");
    }
}

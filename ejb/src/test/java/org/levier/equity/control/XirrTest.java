package org.levier.equity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.levier.equity.control.Xirr.CashFlow;
import org.junit.jupiter.api.Test;

class XirrTest {

    static CashFlow flow(String date, String amount) {
        return new CashFlow(LocalDate.parse(date), new BigDecimal(amount));
    }

    @Test
    void tenPercentOverA365DayYearIsExactlyTenPercent() {
        assertThat(Xirr.rate(List.of(flow("2021-01-01", "-1000.00"), flow("2022-01-01", "1100.00"))))
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.100000"));
    }

    @Test
    void overALeapYearActual365CountsTheExtraDay() {
        // 2020 has 366 days: (1 + r)^(366/365) = 1.1, so r = 1.1^(365/366) - 1 = 0.0997135859...
        BigDecimal rate = Xirr.rate(List.of(flow("2020-01-01", "-1000.00"), flow("2021-01-01", "1100.00")))
                .orElseThrow();
        assertThat(rate.scale()).isEqualTo(6);
        assertThat(rate).isEqualByComparingTo("0.099714");
        assertThat(rate.doubleValue()).isCloseTo(Math.pow(1.1, 365.0 / 366.0) - 1, within(1e-6));
    }

    @Test
    void severalFlowsGiveTheRateThatCancelsTheirPresentValue() {
        // The example of spreadsheet documentation: 37.34 %.
        List<CashFlow> flows = List.of(flow("2008-01-01", "-10000.00"), flow("2008-03-01", "2750.00"),
                flow("2008-10-30", "4250.00"), flow("2009-02-15", "3250.00"), flow("2009-04-01", "2750.00"));
        BigDecimal rate = Xirr.rate(flows).orElseThrow();
        assertThat(rate).isEqualByComparingTo("0.373363");
        assertThat(Xirr.npv(rate.doubleValue(), flows)).isCloseTo(0.0, within(0.01));
    }

    @Test
    void aLossIsANegativeRate() {
        BigDecimal rate = Xirr.rate(List.of(flow("2021-01-01", "-1000.00"), flow("2022-01-01", "500.00")))
                .orElseThrow();
        assertThat(rate).isEqualByComparingTo("-0.500000");
    }

    @Test
    void flowsFarFromTheFirstGuessStillConverge() {
        // a tenfold return in one year: 900 %
        BigDecimal rate = Xirr.rate(List.of(flow("2021-01-01", "-100.00"), flow("2022-01-01", "1000.00")))
                .orElseThrow();
        assertThat(rate).isEqualByComparingTo("9.000000");
    }

    @Test
    void withoutBothAnOutflowAndAnInflowThereIsNoRate() {
        assertThat(Xirr.rate(List.of(flow("2021-01-01", "-100.00")))).isEmpty();
        assertThat(Xirr.rate(List.of(flow("2021-01-01", "100.00"), flow("2022-01-01", "5.00")))).isEmpty();
    }
}

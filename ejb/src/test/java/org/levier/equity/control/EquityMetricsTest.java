package org.levier.equity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.levier.equity.control.EquityMetrics.Dated;
import org.levier.equity.control.EquityMetrics.Figures;
import org.levier.shared.entity.Money;
import org.junit.jupiter.api.Test;

/** The programme's equity figures against values computed by hand. */
class EquityMetricsTest {

    static Dated on(int year, int month, int day, String amount) {
        return new Dated(LocalDate.of(year, month, day), Money.eur(amount));
    }

    @Test
    void tvpiDpiAndIrrOfOnePaymentAndOneExitAYearLater() {
        // 100,000 paid on 2025-01-01, 121,000 received on 2026-01-01 (365 days): IRR 21 %, TVPI = DPI = 1.21
        Figures f = EquityMetrics.of(List.of(on(2025, 1, 1, "100000.00")), List.of(on(2026, 1, 1, "121000.00")),
                Money.ZERO, LocalDate.of(2026, 12, 5));
        assertThat(f.paidIn()).isEqualTo(Money.eur("100000.00"));
        assertThat(f.distributed()).isEqualTo(Money.eur("121000.00"));
        assertThat(f.tvpi()).isEqualByComparingTo("1.2100");
        assertThat(f.dpi()).isEqualByComparingTo("1.2100");
        assertThat(f.irr()).isEqualByComparingTo("0.210000");
    }

    @Test
    void theResidualValueCountsInTvpiAndIrrOnTheAsOfDateButNotInDpi() {
        // paid 60,000 + 20,000; distributed 30,000; residual 90,000:
        // TVPI = (30,000 + 90,000) / 80,000 = 1.5; DPI = 30,000 / 80,000 = 0.375
        Figures f = EquityMetrics.of(List.of(on(2024, 1, 1, "60000.00"), on(2024, 7, 1, "20000.00")),
                List.of(on(2025, 7, 1, "30000.00")), Money.eur("90000.00"), LocalDate.of(2026, 1, 1));
        assertThat(f.tvpi()).isEqualByComparingTo("1.5000");
        assertThat(f.dpi()).isEqualByComparingTo("0.3750");
        assertThat(f.residualValue()).isEqualTo(Money.eur("90000.00"));
        // the rate zeroes the flows' present value (Actual/365)
        List<Xirr.CashFlow> flows = List.of(new Xirr.CashFlow(LocalDate.of(2024, 1, 1), new java.math.BigDecimal(
                "-60000")), new Xirr.CashFlow(LocalDate.of(2024, 7, 1), new java.math.BigDecimal("-20000")),
                new Xirr.CashFlow(LocalDate.of(2025, 7, 1), new java.math.BigDecimal("30000")),
                new Xirr.CashFlow(LocalDate.of(2026, 1, 1), new java.math.BigDecimal("90000")));
        assertThat(Math.abs(Xirr.npv(f.irr().doubleValue(), flows))).isLessThan(1.0);
        // solved by hand (bisection on the four flows, Actual/365): 26.0447 %
        assertThat(f.irr()).isEqualByComparingTo("0.260447");
    }

    @Test
    void aPaidInValuedAtCostTheSameDayHasNoRateAndMultiplesOfOne() {
        // 50,000 paid, still worth 50,000 the same day: TVPI 1, DPI 0, IRR 0 (value at the as-of date)
        Figures f = EquityMetrics.of(List.of(on(2026, 1, 1, "50000.00")), List.of(), Money.eur("50000.00"),
                LocalDate.of(2027, 1, 1));
        assertThat(f.tvpi()).isEqualByComparingTo("1.0000");
        assertThat(f.dpi()).isEqualByComparingTo("0.0000");
        assertThat(f.irr()).isEqualByComparingTo("0.000000");
    }

    @Test
    void withoutPaidInRatiosAreUndefined() {
        Figures f = EquityMetrics.of(List.of(), List.of(), Money.ZERO, LocalDate.of(2026, 12, 5));
        assertThat(f.paidIn()).isEqualTo(Money.ZERO);
        assertThat(f.tvpi()).isNull();
        assertThat(f.dpi()).isNull();
        assertThat(f.irr()).isNull();
    }
}

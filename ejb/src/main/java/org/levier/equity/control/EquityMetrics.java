package org.levier.equity.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.levier.equity.control.Xirr.CashFlow;
import org.levier.shared.entity.Money;

/**
 * A portfolio's equity figures from its dated money: paid-in (equity disbursements paid, at their value dates),
 * distributed (exit proceeds, at their dates) and the residual value (what is still held, as of a day).
 * TVPI = (distributed + residual) / paid-in, DPI = distributed / paid-in (4 decimals, half-even; null without
 * paid-in); IRR = {@link Xirr} over paid-in out, distributions in and the residual value in on the as-of date.
 */
public final class EquityMetrics {

    public static final int RATIO_SCALE = 4;

    /** A dated amount, positive. */
    public record Dated(LocalDate on, Money amount) {
    }

    /** The figures; ratios and rate null when undefined. */
    public record Figures(Money paidIn, Money distributed, Money residualValue, BigDecimal tvpi, BigDecimal dpi,
                          BigDecimal irr, LocalDate asOf) {
    }

    private EquityMetrics() {
    }

    public static Figures of(List<Dated> paidIn, List<Dated> distributions, Money residualValue, LocalDate asOf) {
        Money paid = sum(paidIn);
        Money distributed = sum(distributions);
        BigDecimal tvpi = ratio(distributed.plus(residualValue), paid);
        BigDecimal dpi = ratio(distributed, paid);
        List<CashFlow> flows = new ArrayList<>();
        LocalDate last = asOf;
        for (Dated d : paidIn) {
            flows.add(new CashFlow(d.on(), d.amount().amount().negate()));
            last = d.on().isAfter(last) ? d.on() : last;
        }
        for (Dated d : distributions) {
            flows.add(new CashFlow(d.on(), d.amount().amount()));
            last = d.on().isAfter(last) ? d.on() : last;
        }
        if (residualValue.isPositive()) {
            flows.add(new CashFlow(last, residualValue.amount()));
        }
        BigDecimal irr = Xirr.rate(flows).orElse(null);
        return new Figures(paid, distributed, residualValue, tvpi, dpi, irr, asOf);
    }

    private static Money sum(List<Dated> dated) {
        return dated.stream().map(Dated::amount).reduce(Money.ZERO, Money::plus);
    }

    private static BigDecimal ratio(Money numerator, Money denominator) {
        return denominator.isPositive()
                ? numerator.amount().divide(denominator.amount(), RATIO_SCALE, RoundingMode.HALF_EVEN) : null;
    }
}

package org.levier.equity.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The internal rate of return of dated cash flows (XIRR): the annual rate r with
 * {@code Σ amount_i / (1 + r)^(days_i / 365) = 0}, days counted from the first flow (Actual/365, as spreadsheets'
 * XIRR). Newton–Raphson from 10 %, falling back to bisection when Newton leaves the domain or does not converge.
 *
 * <p>The iteration runs in {@code double}, by design and only here: a rate is a ratio, not money; the amounts are
 * converted at the door and the result is rounded half-even to a {@link BigDecimal} of 6 decimals (0.000001 =
 * 0.0001 %), far coarser than the solver's 1e-12 tolerance, so the rounding is the only approximation visible.
 */
public final class Xirr {

    public static final int SCALE = 6;
    private static final double DAYS_PER_YEAR = 365.0;
    private static final double TOLERANCE = 1e-12;
    private static final int NEWTON_ITERATIONS = 100;
    private static final int BISECTION_ITERATIONS = 400;

    /** A dated cash flow from the fund's point of view: invested negative, received positive. */
    public record CashFlow(LocalDate on, BigDecimal amount) {
        public CashFlow {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(amount, "amount");
        }
    }

    private Xirr() {
    }

    /** The rate, 6 decimals (0.100000 = 10 %); empty without both an outflow and an inflow, or without a root. */
    public static Optional<BigDecimal> rate(List<CashFlow> flows) {
        boolean in = flows.stream().anyMatch(f -> f.amount().signum() > 0);
        boolean out = flows.stream().anyMatch(f -> f.amount().signum() < 0);
        if (!in || !out) {
            return Optional.empty();
        }
        LocalDate start = flows.stream().map(CashFlow::on).min(LocalDate::compareTo).orElseThrow();
        double[] t = new double[flows.size()];
        double[] a = new double[flows.size()];
        for (int i = 0; i < flows.size(); i++) {
            t[i] = ChronoUnit.DAYS.between(start, flows.get(i).on()) / DAYS_PER_YEAR;
            a[i] = flows.get(i).amount().doubleValue();
        }
        Double r = newton(t, a);
        if (r == null) {
            r = bisection(t, a);
        }
        return r == null ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(r).setScale(SCALE, RoundingMode.HALF_EVEN));
    }

    /** The net present value of the flows at {@code rate} (for checks: ≈ 0 at the XIRR). */
    public static double npv(double rate, List<CashFlow> flows) {
        LocalDate start = flows.stream().map(CashFlow::on).min(LocalDate::compareTo).orElseThrow();
        double sum = 0;
        for (CashFlow f : flows) {
            sum += f.amount().doubleValue()
                    / Math.pow(1 + rate, ChronoUnit.DAYS.between(start, f.on()) / DAYS_PER_YEAR);
        }
        return sum;
    }

    private static double f(double r, double[] t, double[] a) {
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            sum += a[i] / Math.pow(1 + r, t[i]);
        }
        return sum;
    }

    private static Double newton(double[] t, double[] a) {
        double r = 0.1;
        for (int n = 0; n < NEWTON_ITERATIONS; n++) {
            double value = 0;
            double derivative = 0;
            for (int i = 0; i < t.length; i++) {
                double discount = Math.pow(1 + r, t[i]);
                value += a[i] / discount;
                derivative -= t[i] * a[i] / (discount * (1 + r));
            }
            if (derivative == 0 || !Double.isFinite(derivative) || !Double.isFinite(value)) {
                return null;
            }
            double next = r - value / derivative;
            if (!Double.isFinite(next) || next <= -1) {
                return null;
            }
            if (Math.abs(next - r) < TOLERANCE) {
                return next;
            }
            r = next;
        }
        return null;
    }

    private static Double bisection(double[] t, double[] a) {
        double lo = -0.999999;
        double hi = 1.0;
        double fLo = f(lo, t, a);
        double fHi = f(hi, t, a);
        while (Math.signum(fLo) == Math.signum(fHi) && hi < 1e6) {
            hi *= 2;
            fHi = f(hi, t, a);
        }
        if (Math.signum(fLo) == Math.signum(fHi) || !Double.isFinite(fLo) || !Double.isFinite(fHi)) {
            return null;
        }
        for (int n = 0; n < BISECTION_ITERATIONS && hi - lo > TOLERANCE; n++) {
            double mid = (lo + hi) / 2;
            double fMid = f(mid, t, a);
            if (fMid == 0) {
                return mid;
            }
            if (Math.signum(fMid) == Math.signum(fLo)) {
                lo = mid;
                fLo = fMid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}

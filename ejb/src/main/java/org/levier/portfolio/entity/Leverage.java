package org.levier.portfolio.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * The fund's leverage for one set of dossiers on one basis, from three sums (never from ratios):
 * <ul>
 * <li>leverage = total project cost / fund contribution (Dunkerque's target: 288,000,000 / 37,500,000 = 7.68);</li>
 * <li>co-financing multiplier = (total project cost − fund contribution) / fund contribution;</li>
 * <li>private leverage = private money / fund contribution.</li>
 * </ul>
 * Ratios have 4 decimals, rounded half-even once, at the end; a zero fund contribution gives no ratio
 * ({@code null}), not an error. Aggregating is adding the sums ({@link #plus}), so the leverage of a group is the
 * ratio of its sums, never the average of its members' ratios.
 *
 * @param fundContribution the fund's money (requested, committed or paid, per the basis)
 * @param cofinancing      the other resources counted on that basis
 * @param privateMoney     the part of {@code cofinancing} that is private (own funds of private organisations,
 *                         private investors, bank loans)
 */
public record Leverage(BigDecimal fundContribution, BigDecimal cofinancing, BigDecimal privateMoney) {

    public static final int RATIO_SCALE = 4;
    public static final Leverage NONE = new Leverage(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public Leverage {
        fundContribution = money(fundContribution);
        cofinancing = money(cofinancing);
        privateMoney = money(privateMoney);
    }

    /** Total project cost = fund contribution + co-financing. */
    public BigDecimal totalProjectCost() {
        return fundContribution.add(cofinancing);
    }

    public BigDecimal leverage() {
        return ratio(totalProjectCost(), fundContribution);
    }

    public BigDecimal cofinancingMultiplier() {
        return ratio(cofinancing, fundContribution);
    }

    public BigDecimal privateLeverage() {
        return ratio(privateMoney, fundContribution);
    }

    /** The leverage of both sets together: the sums add up, the ratios are computed again. */
    public Leverage plus(Leverage other) {
        return new Leverage(fundContribution.add(other.fundContribution), cofinancing.add(other.cofinancing),
                privateMoney.add(other.privateMoney));
    }

    public static Leverage total(Collection<Leverage> parts) {
        return parts.stream().reduce(NONE, Leverage::plus);
    }

    /** {@code numerator / denominator} to 4 decimals, half-even; {@code null} when the denominator is zero. */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        Objects.requireNonNull(numerator, "numerator");
        if (denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal money(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.UNNECESSARY);
    }
}

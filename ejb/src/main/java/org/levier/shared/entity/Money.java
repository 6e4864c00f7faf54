package org.levier.shared.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money: a {@link BigDecimal} of scale 2 in an explicit currency (EUR for every programme so far).
 * Never rounds silently: an amount with more than two decimals is refused; {@link #rounded} is the one place
 * that rounds (half-even) and callers use it only where a rule says so.
 */
public final class Money implements Comparable<Money>, Serializable {

    private static final long serialVersionUID = 1L;
    public static final Currency EUR = Currency.getInstance("EUR");
    /** {@code DECIMAL(15,2)}: at most 13 digits before the decimal point. */
    public static final BigDecimal MAX = new BigDecimal("9999999999999.99");
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2), EUR);

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /** EUR amount; throws {@link IllegalArgumentException} when it has more than 2 decimals or exceeds DECIMAL(15,2). */
    public static Money eur(BigDecimal amount) {
        return of(amount, EUR);
    }

    public static Money eur(String amount) {
        Objects.requireNonNull(amount, "amount");
        try {
            return eur(new BigDecimal(amount.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal amount: " + amount, e);
        }
    }

    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        // Bounds first, on the representation only: rescaling 1E+100000000 or 1E-100000000 would take minutes.
        if (amount.signum() == 0) {
            return new Money(BigDecimal.ZERO.setScale(2), currency);
        }
        if ((long) amount.precision() - amount.scale() > MAX.precision() - MAX.scale()) {
            throw new IllegalArgumentException("amount out of range");
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount has at most 2 decimals");
        }
        BigDecimal scaled;
        try {
            scaled = amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("an amount has at most 2 decimals: " + amount.toPlainString(), e);
        }
        if (scaled.abs().compareTo(MAX) > 0) {
            throw new IllegalArgumentException("amount out of range: " + amount.toPlainString());
        }
        return new Money(scaled, currency);
    }

    /** Rounds half-even to the cent: only where a rule of the domain says so. */
    public static Money rounded(BigDecimal amount) {
        return eur(amount.setScale(2, RoundingMode.HALF_EVEN));
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return of(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return of(amount.subtract(other.amount), currency);
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
        }
    }

    /** The JSON/API form: plain string with two decimals, e.g. {@code "1250000.00"}. */
    public String toPlainString() {
        return amount.toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}

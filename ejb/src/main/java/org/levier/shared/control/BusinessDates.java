package org.levier.shared.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.levier.shared.control.RuleViolation.Violation;

/**
 * Dates are facts (DOMAIN.md, "Operating a fund"): a date that records something that happened (a condition met, a
 * payment's value date, a repayment, a write-off, a valuation, an exit) is not after the fund's today, and no date
 * is impossible. Impossible means outside what a {@code DATE} column holds without shifting it (MariaDB supports
 * 1000-01-01 to 9999-12-31): year 0, {@code -999999999-01-01} or year 10000 are refused, never shifted.
 *
 * <p>Collects every broken bound at once ({@link #check}), each naming the field and the bound, and throws one
 * {@link RuleViolation} 422 with the given key.
 */
public final class BusinessDates {

    /** The earliest date stored as is. */
    public static final LocalDate FIRST = LocalDate.of(1000, 1, 1);
    /** The latest date stored as is. */
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private final LocalDate today;
    private final List<Violation> violations = new ArrayList<>();

    private BusinessDates(LocalDate today) {
        this.today = today;
    }

    /** Rules checked against {@code today}, the fund's day. */
    public static BusinessDates asOf(LocalDate today) {
        return new BusinessDates(today);
    }

    /** The fund's today: the date in Europe/Paris of the clock's instant. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(Clocks.FUND_ZONE));
    }

    /** Whether a date is storable as is (never shifted). */
    public static boolean isPossible(LocalDate date) {
        return date != null && !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /**
     * A fact: required, possible and not after today.
     *
     * @return this, to chain
     */
    public BusinessDates fact(String field, LocalDate date) {
        if (date == null) {
            violations.add(new Violation(field, "required"));
        } else if (possible(field, date) && date.isAfter(today)) {
            violations.add(new Violation(field, "not after today (" + today + "): a date that records a fact"
                    + " cannot be in the future"));
        }
        return this;
    }

    /** A planned date (a due date, a project end): possible when given. */
    public BusinessDates planned(String field, LocalDate date) {
        if (date != null) {
            possible(field, date);
        }
        return this;
    }

    /** {@code date} not before {@code bound} (both given); {@code what} names the bound, e.g. "the signature". */
    public BusinessDates notBefore(String field, LocalDate date, LocalDate bound, String what) {
        if (date != null && bound != null && isPossible(date) && date.isBefore(bound)) {
            violations.add(new Violation(field, "not before " + what + " (" + bound + ")"));
        }
        return this;
    }

    private boolean possible(String field, LocalDate date) {
        if (!isPossible(date)) {
            violations.add(new Violation(field, "an impossible date: between " + FIRST + " and " + LAST));
            return false;
        }
        return true;
    }

    public boolean isEmpty() {
        return violations.isEmpty();
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /**
     * @throws RuleViolation {@code key}, naming every field and its bound, when any date broke a rule
     */
    public void check(String key, String what) {
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            throw new RuleViolation(key, what + ": " + first.field() + " " + first.message()
                    + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""), violations);
        }
    }
}

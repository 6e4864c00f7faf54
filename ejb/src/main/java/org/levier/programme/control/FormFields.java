package org.levier.programme.control;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.levier.shared.control.Clocks;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Money;

/**
 * Reads the typed fields of an administration form, each mistake named by its field and collected, so that a
 * form is refused once with every violation ({@link #refuseIfAny}). Money: at most two decimals, within
 * {@code DECIMAL(15,2)}, never rounded; dates {@code yyyy-MM-dd} between 1900 and 9999; moments with an offset or
 * local to Europe/Paris.
 */
public final class FormFields {

    private static final int YEAR_MIN = 1900;
    private static final int YEAR_MAX = 9999;

    private final List<Violation> violations = new ArrayList<>();

    public void add(String field, String message) {
        violations.add(new Violation(field, message));
    }

    public void addAll(List<Violation> more) {
        violations.addAll(more);
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public void refuseIfAny(String key, String what) {
        if (!violations.isEmpty()) {
            throw new RuleViolation(key, what + ": " + violations.get(0).field() + ": " + violations.get(0).message()
                    + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""),
                    List.copyOf(violations));
        }
    }

    /** An amount in EUR; null when blank (and then a violation if required). */
    public Money money(String raw, String field, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                add(field, "required");
            }
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            add(field, "an amount such as 1250000.00");
            return null;
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            add(field, "at most two decimals");
            return null;
        }
        if (value.signum() < 0) {
            add(field, "not negative");
            return null;
        }
        if (value.compareTo(Money.MAX) > 0) {
            add(field, "at most " + Money.MAX.toPlainString());
            return null;
        }
        return Money.eur(value.setScale(2));
    }

    public LocalDate date(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            add(field, "required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(raw.strip());
            if (date.getYear() < YEAR_MIN || date.getYear() > YEAR_MAX) {
                add(field, "a year between " + YEAR_MIN + " and " + YEAR_MAX);
                return null;
            }
            return date;
        } catch (DateTimeException e) {
            add(field, "a date such as 2027-01-31");
            return null;
        }
    }

    /** A moment: ISO date-time with an offset, or a local date-time in the fund's zone (Europe/Paris). */
    public Instant moment(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            add(field, "required");
            return null;
        }
        String text = raw.strip();
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException withOffset) {
            try {
                instant = LocalDateTime.parse(text).atZone(Clocks.FUND_ZONE).toInstant();
            } catch (DateTimeException local) {
                add(field, "a date-time such as 2027-01-15T09:00:00+01:00 or 2027-01-15T09:00 (Paris time)");
                return null;
            }
        }
        int year = instant.atZone(Clocks.FUND_ZONE).getYear();
        if (year < YEAR_MIN || year > YEAR_MAX) {
            add(field, "a year between " + YEAR_MIN + " and " + YEAR_MAX);
            return null;
        }
        return instant;
    }

    /** A fraction between 0 and 1 with at most 4 decimals (an aid intensity). */
    public BigDecimal fraction(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            add(field, "required");
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw.strip());
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                add(field, "between 0 and 1");
                return null;
            }
            if (value.stripTrailingZeros().scale() > 4) {
                add(field, "at most four decimals");
                return null;
            }
            return value.setScale(4, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            add(field, "a number between 0 and 1, such as 0.70");
            return null;
        }
    }

    public <E extends Enum<E>> E enumValue(Class<E> type, String raw, String field) {
        if (raw == null || raw.isBlank()) {
            add(field, "required");
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            add(field, "one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    /** A text: stripped, null when blank (a violation if required), at most {@code max} characters. */
    public String text(String raw, String field, int max, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                add(field, "required");
            }
            return null;
        }
        String text = raw.strip();
        if (text.length() > max) {
            add(field, "at most " + max + " characters");
            return null;
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            add(field, "no control characters");
            return null;
        }
        return text;
    }
}

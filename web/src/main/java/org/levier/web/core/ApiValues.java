package org.levier.web.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.levier.shared.entity.Money;

/**
 * The API's one reading of an amount of money and of a date sent as text, strict and bounded: the text's shape is
 * checked before any number or date is built from it, so a hostile value ({@code "1e100000000"}) costs a regular
 * expression over its characters, never arithmetic on a huge number.
 *
 * <ul>
 * <li>Money: {@code -?digits[.digits]}, at most {@value #INTEGER_DIGITS} digits before the point and
 * {@value #FRACTION_DIGITS} after ({@code DECIMAL(15,2)}); no exponent, no {@code +}, no spaces, no grouping, no
 * {@code NaN}. Never rounded.</li>
 * <li>Dates: {@code uuuu-MM-dd} exactly, year 1 to 9999, resolved strictly ({@code 2026-02-30} is refused).</li>
 * </ul>
 * A refused value throws {@link Refused}, whose message is the violation to report under the field's name.
 */
public final class ApiValues {

    public static final int INTEGER_DIGITS = 13;
    public static final int FRACTION_DIGITS = 2;
    /** Linear to match: no nested quantifier. */
    private static final Pattern DECIMAL_SHAPE = Pattern.compile("-?([0-9]+)(?:\\.([0-9]+))?");
    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    public static final String MONEY_SHAPE = "an amount such as \"1250.00\": digits, at most "
            + FRACTION_DIGITS + " decimals after a point (no exponent, sign +, spaces or separators)";
    public static final String MONEY_DECIMALS = "at most " + FRACTION_DIGITS + " decimals (cents)";
    public static final String MONEY_RANGE = "at most " + Money.MAX.toPlainString();
    public static final String DATE_SHAPE_MESSAGE = "an ISO-8601 date, yyyy-MM-dd, year 0001 to 9999";

    /** A value the API refuses; the message says what is expected. */
    public static final class Refused extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private ApiValues() {
    }

    /** An amount of money from its text; {@link Refused} unless it has the shape and bounds above. */
    public static Money money(String text) {
        return Money.eur(decimal(text));
    }

    /** The amount's {@link BigDecimal} (scale 2) from its text, checked as {@link #money(String)}. */
    public static BigDecimal decimal(String text) {
        if (text == null) {
            throw new Refused(MONEY_SHAPE);
        }
        Matcher m = DECIMAL_SHAPE.matcher(text);
        if (!m.matches()) {
            throw new Refused(MONEY_SHAPE);
        }
        String fraction = m.group(2);
        if (fraction != null && fraction.length() > FRACTION_DIGITS) {
            throw new Refused(MONEY_DECIMALS);
        }
        String integer = m.group(1);
        if (integer.length() > INTEGER_DIGITS) {
            throw new Refused(MONEY_RANGE);
        }
        // At most 13 significant integer digits and 2 decimals: small, exact, cheap.
        return new BigDecimal(text).setScale(FRACTION_DIGITS);
    }

    /** A date from its text; {@link Refused} unless {@code uuuu-MM-dd}, a real day, year 1 to 9999. */
    public static LocalDate date(String text) {
        if (text == null || !DATE_SHAPE.matcher(text).matches()) {
            throw new Refused(DATE_SHAPE_MESSAGE);
        }
        try {
            LocalDate date = LocalDate.parse(text, DATE);
            if (date.getYear() < 1) {
                throw new Refused(DATE_SHAPE_MESSAGE);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new Refused(DATE_SHAPE_MESSAGE);
        }
    }
}

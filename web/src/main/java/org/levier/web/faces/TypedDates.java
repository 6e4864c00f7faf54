package org.levier.web.faces;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Business dates as people type them: day first ({@code 30/11/2028}, also {@code 30-11-2028}, {@code 30.11.2028}
 * and one-digit days or months, {@code 1/2/2028}) in both languages of the screens (the fund is French; its English
 * readers are Europeans), or ISO {@code 2028-11-30} as links and the REST API write them. A day that does not exist
 * ({@code 30/02/2028}) or a year outside 1–9999 is no date; nothing is ever rolled over to a neighbouring day.
 * Shown back as {@code dd/MM/yyyy}.
 */
public final class TypedDates {

    /** The pattern of the pickers and of the dates shown back (a Java pattern, also understood by p:datePicker). */
    public static final String PATTERN = "dd/MM/yyyy";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{1,4})");
    private static final Pattern ISO = Pattern.compile("(\\d{1,4})-(\\d{1,2})-(\\d{1,2})");

    private TypedDates() {
    }

    /** The date typed, or empty when the text is not a date that exists (blank included). */
    public static Optional<LocalDate> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        Matcher iso = ISO.matcher(text);
        if (iso.matches() && iso.group(1).length() == 4) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches() && dayFirst.group(3).length() == 4) {
            return date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
        }
        return Optional.empty();
    }

    /** {@code 30/11/2028}; empty for no date. */
    public static String format(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1 || y > 9999) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }
}

package org.levier.web.rest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.levier.shared.entity.Money;
import org.levier.web.core.ApiValues;

/** How the API writes values: money as a string with two decimals, moments in UTC to the microsecond. */
final class ApiFormat {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private ApiFormat() {
    }

    static String money(Money money) {
        return money == null ? null : money.toPlainString();
    }

    static String instant(Instant instant) {
        return instant == null ? null : INSTANT.format(instant);
    }

    /** Parses an ISO-8601 instant ({@code 2026-03-31T10:00:00Z}) or a date (start of that day, UTC). */
    static Instant parseInstant(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10 ? ApiValues.date(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException | ApiValues.Refused e) {
            throw new org.levier.shared.control.RuleViolation("parameter.invalid",
                    field + " must be an ISO-8601 date or UTC time", java.util.List.of(
                    new org.levier.shared.control.RuleViolation.Violation(field, "not an ISO-8601 date or time")));
        }
    }
}

package org.levier.shared.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/**
 * Stores every {@link Instant} in a UTC {@code DATETIME(6)} column, to the microsecond, exactly.
 *
 * <p>Why a string: Connector/J reads MariaDB's version as "5.5.5" and then silently truncates the fractional
 * seconds of every bound {@code Timestamp}/{@code LocalDateTime}. A moment that is hashed (the audit trail) or
 * compared must come back as it was written, so the value is bound as {@code yyyy-MM-dd HH:mm:ss.SSSSSS}, which
 * MariaDB, MySQL and H2 all parse into the column without loss and without any time-zone conversion. Reading
 * accepts the forms the drivers hand back (space or {@code T}, 0 to 9 fraction digits), and the temporal objects
 * EclipseLink reads from a {@code DATETIME} column whatever the converter's declared type (H2 gives a
 * {@code Timestamp}, Connector/J a {@code LocalDateTime}): hence {@code Object} as the column type.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Object> {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : WRITE.format(toColumnPrecision(instant).atOffset(ZoneOffset.UTC));
    }

    @Override
    public Instant convertToEntityAttribute(Object value) {
        return switch (value) {
            case null -> null;
            case String text -> LocalDateTime.parse(text.trim(), READ).toInstant(ZoneOffset.UTC);
            case LocalDateTime local -> local.toInstant(ZoneOffset.UTC);
            case java.sql.Timestamp timestamp -> timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
            case java.time.OffsetDateTime offset -> offset.toInstant();
            case Instant instant -> instant;
            default -> throw new IllegalArgumentException("not a DATETIME value: " + value.getClass().getName());
        };
    }

    /** The precision of a {@code DATETIME(6)} column: what is stored is what a caller may hash or compare. */
    public static Instant toColumnPrecision(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}

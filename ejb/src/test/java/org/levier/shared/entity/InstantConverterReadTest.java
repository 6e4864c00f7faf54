package org.levier.shared.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** What EclipseLink hands the converter when it reads a DATETIME(6) column: a driver's temporal object. */
class InstantConverterReadTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void readsTheTemporalObjectsDriversReturnAsUtc() {
        LocalDateTime wall = LocalDateTime.parse("2026-07-01T00:00:00.000001");
        Instant expected = Instant.parse("2026-07-01T00:00:00.000001Z");
        assertThat(converter.convertToEntityAttribute(wall)).isEqualTo(expected);
        assertThat(converter.convertToEntityAttribute(Timestamp.valueOf(wall))).isEqualTo(expected);
        assertThat(converter.convertToEntityAttribute("2026-07-01 00:00:00.000001")).isEqualTo(expected);
    }
}

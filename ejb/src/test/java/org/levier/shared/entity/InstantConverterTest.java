package org.levier.shared.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void writesUtcToTheMicrosecondAndDropsNanoseconds() {
        Instant instant = Instant.parse("2026-03-31T22:15:07.123456789Z");

        assertThat(converter.convertToDatabaseColumn(instant)).isEqualTo("2026-03-31 22:15:07.123456");
    }

    @Test
    void alwaysWritesSixFractionDigits() {
        assertThat(converter.convertToDatabaseColumn(Instant.parse("2026-01-01T00:00:00Z")))
                .isEqualTo("2026-01-01 00:00:00.000000");
        assertThat(converter.convertToDatabaseColumn(Instant.parse("2026-01-01T00:00:00.000010Z")))
                .isEqualTo("2026-01-01 00:00:00.000010");
    }

    @Test
    void aMicrosecondInstantSurvivesTheRoundTripExactly() {
        Instant instant = Instant.parse("1999-12-31T23:59:59.999999Z");

        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant))).isEqualTo(instant);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-31 22:15:07,           2026-03-31T22:15:07Z",
            "2026-03-31T22:15:07,           2026-03-31T22:15:07Z",
            "2026-03-31 22:15:07.1,         2026-03-31T22:15:07.100Z",
            "2026-03-31 22:15:07.12,        2026-03-31T22:15:07.120Z",
            "2026-03-31 22:15:07.123,       2026-03-31T22:15:07.123Z",
            "2026-03-31T22:15:07.123456,    2026-03-31T22:15:07.123456Z",
            "2026-03-31 22:15:07.123456789, 2026-03-31T22:15:07.123456789Z",
            "2026-03-31 22:15,              2026-03-31T22:15:00Z"
    })
    void readsWhatTheDriversHandBack(String column, String expected) {
        assertThat(converter.convertToEntityAttribute(column)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void readsTheColumnAsUtcWhateverTheDefaultZone() {
        assertThat(converter.convertToEntityAttribute("2026-07-01 00:00:00.000001"))
                .isEqualTo(Instant.parse("2026-07-01T00:00:00.000001Z"));
    }

    @Test
    void nullStaysNull() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void columnPrecisionIsTheMicrosecond() {
        assertThat(InstantConverter.toColumnPrecision(Instant.parse("2026-01-01T00:00:00.123456999Z")))
                .isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
    }
}

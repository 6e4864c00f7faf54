package org.levier.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecimalConverterTest {

    @Test
    void frenchAmountsWithSpacesAndADecimalComma() {
        assertThat(DecimalConverter.parse("12 500,50", Locale.FRENCH)).isEqualByComparingTo("12500.50");
        assertThat(DecimalConverter.parse("12\u202F500,50 €", Locale.FRENCH)).isEqualByComparingTo("12500.50");
        assertThat(DecimalConverter.parse("1.250,5", Locale.FRENCH)).isEqualByComparingTo("1250.5");
        assertThat(DecimalConverter.parse("80000", Locale.FRENCH)).isEqualByComparingTo("80000");
        assertThat(DecimalConverter.parse("80000.25", Locale.FRENCH)).isEqualByComparingTo("80000.25");
    }

    @Test
    void englishAmountsWithGroupingCommas() {
        assertThat(DecimalConverter.parse("12,500.50", Locale.ENGLISH)).isEqualByComparingTo("12500.50");
        assertThat(DecimalConverter.parse("€1,000", Locale.ENGLISH)).isEqualByComparingTo("1000");
    }

    @Test
    void keepsEveryDecimalTypedSoThatTooPreciseAmountsAreRefusedNotRounded() {
        BigDecimal typed = DecimalConverter.parse("10,005", Locale.FRENCH);
        assertThat(typed.scale()).isEqualTo(3);
    }

    @Test
    void whatIsNotANumberIsNoNumber() {
        assertThat(DecimalConverter.parse("douze", Locale.FRENCH)).isNull();
        assertThat(DecimalConverter.parse("1e9", Locale.ENGLISH)).isNull();
        assertThat(DecimalConverter.parse("1,2,3", Locale.FRENCH)).isNull();
    }
}

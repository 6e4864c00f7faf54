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

    @Test
    void amountsAsPeopleTypeThemInEachLanguage() {
        assertThat(DecimalConverter.parse("1 250 000,50", Locale.FRENCH)).isEqualByComparingTo("1250000.50");
        assertThat(DecimalConverter.parse("1\u202F250\u202F000,50", Locale.FRENCH)).isEqualByComparingTo("1250000.50");
        assertThat(DecimalConverter.parse("1\u00A0250\u00A0000,50", Locale.FRENCH)).isEqualByComparingTo("1250000.50");
        assertThat(DecimalConverter.parse("1,250,000.50", Locale.ENGLISH)).isEqualByComparingTo("1250000.50");
        assertThat(DecimalConverter.parse("1250000.5", Locale.FRENCH)).isEqualByComparingTo("1250000.5");
        assertThat(DecimalConverter.parse("1250000.5", Locale.ENGLISH)).isEqualByComparingTo("1250000.5");
        // In English a comma groups: "1,5" is fifteen, never one and a half.
        assertThat(DecimalConverter.parse("1,5", Locale.ENGLISH)).isEqualByComparingTo("15");
        assertThat(DecimalConverter.parse("1,5", Locale.FRENCH)).isEqualByComparingTo("1.5");
    }

    @Test
    void anAmountRefusesExponentsThirdDecimalsAndWhatMoneyCannotHold() {
        AmountConverter amounts = new AmountConverter();
        assertThat(amounts.problem(DecimalConverter.parse("1e6", Locale.ENGLISH))).isEqualTo("convert.decimal.invalid");
        assertThat(amounts.problem(DecimalConverter.parse("1E6", Locale.FRENCH))).isEqualTo("convert.decimal.invalid");
        assertThat(amounts.problem(DecimalConverter.parse("1 250,505", Locale.FRENCH)))
                .isEqualTo("convert.amount.precision");
        assertThat(amounts.problem(DecimalConverter.parse("1,250.505", Locale.ENGLISH)))
                .isEqualTo("convert.amount.precision");
        assertThat(amounts.problem(DecimalConverter.parse("10 000 000 000 000", Locale.FRENCH)))
                .isEqualTo("convert.amount.tooLarge");
        assertThat(amounts.problem(DecimalConverter.parse("9 999 999 999 999,99", Locale.FRENCH))).isNull();
        assertThat(amounts.problem(DecimalConverter.parse("1 250 000,50", Locale.FRENCH))).isNull();
        assertThat(amounts.problem(DecimalConverter.parse("1,250,000.50", Locale.ENGLISH))).isNull();
        assertThat(amounts.problem(DecimalConverter.parse("1,250,000.500", Locale.ENGLISH))).isNull();
    }
}

package org.levier.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.levier.shared.entity.Money;

class FormatViewTest {

    private static final char NBSP = '\u00A0';

    @Test
    void moneyInFrenchGroupsWithNoBreakSpacesAndPutsTheEuroAfter() {
        assertThat(FormatView.money(Money.eur("37500000.00"), Locale.FRENCH))
                .isEqualTo("37" + NBSP + "500" + NBSP + "000,00" + NBSP + "€");
    }

    @Test
    void moneyInEnglishPutsTheEuroFirst() {
        assertThat(FormatView.money(Money.eur("37500000"), Locale.ENGLISH)).isEqualTo("€37,500,000.00");
    }

    @Test
    void moneyKeepsTheCentsExactly() {
        assertThat(FormatView.money(Money.eur("0.10"), Locale.ENGLISH)).isEqualTo("€0.10");
        assertThat(FormatView.money(Money.eur("9999999999999.99"), Locale.ENGLISH))
                .isEqualTo("€9,999,999,999,999.99");
    }

    @Test
    void leverageUsesTheLanguagesDecimalSeparator() {
        assertThat(FormatView.decimal(new BigDecimal("7.68"), Locale.FRENCH)).isEqualTo("7,68");
        assertThat(FormatView.decimal(new BigDecimal("7.68"), Locale.ENGLISH)).isEqualTo("7.68");
    }

    @Test
    void ratiosOfFourDecimalsAreShownWithTwoHalfEvenAndPercentagesWithOne() {
        assertThat(FormatView.ratio(new BigDecimal("7.6800"), Locale.FRENCH)).isEqualTo("7,68");
        assertThat(FormatView.ratio(new BigDecimal("4.6667"), Locale.ENGLISH)).isEqualTo("4.67");
        assertThat(FormatView.ratio(new BigDecimal("0.1250"), Locale.ENGLISH)).isEqualTo("0.12");
        assertThat(FormatView.ratio(null, Locale.ENGLISH)).isEmpty();
        assertThat(FormatView.percent(new BigDecimal("0.8160"), Locale.FRENCH)).isEqualTo("81,6" + NBSP + "%");
        assertThat(FormatView.percent(new BigDecimal("1.0000"), Locale.ENGLISH)).isEqualTo("100.0%");
    }

    @Test
    void momentsAreShownInParisTime() {
        // 23:30 UTC on 31 March 2026 is 01:30 on 1 April in Paris (summer time, UTC+2).
        assertThat(FormatView.moment(Instant.parse("2026-03-31T23:30:00Z"), Locale.ENGLISH))
                .contains("April 1, 2026").contains("1:30");
        assertThat(FormatView.moment(Instant.parse("2026-03-31T23:30:00Z"), Locale.FRENCH))
                .contains("1 avril 2026").contains("01:30");
    }

    @Test
    void absentValuesShowNothing() {
        assertThat(FormatView.money(null, Locale.FRENCH)).isEmpty();
        assertThat(FormatView.moment(null, Locale.FRENCH)).isEmpty();
    }
}

package org.levier.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import org.levier.shared.control.Clocks;
import org.levier.shared.entity.Money;

/**
 * Money, numbers and dates in the view's language: {@code #{formatView.money(p.allotment)}} gives
 * "37 500 000,00 €" in French and "€37,500,000.00" in English. Amounts stay {@link BigDecimal} all the way;
 * moments are shown in the fund's zone (Europe/Paris).
 */
@Named
@RequestScoped
public class FormatView {

    /** The narrow no-break space that CLDR uses to group French digits; shown as an ordinary no-break space. */
    private static final char NARROW_NO_BREAK_SPACE = '\u202F';
    private static final char NO_BREAK_SPACE = '\u00A0';

    @Inject
    LocaleView localeView;

    public String money(Money money) {
        return money(money, localeView.getLocale());
    }

    /** An amount typed in a form as euros, or null when it cannot be money (too many decimals, too large). */
    public Money eur(BigDecimal amount) {
        return amount == null ? null : DossierForm.asMoney(amount).orElse(null);
    }

    /** A file size: "512 o"/"512 B", "12,5 Kio"/"12.5 KiB", "3,2 Mio"/"3.2 MiB". */
    public String bytes(long size) {
        return bytes(size, localeView.getLocale());
    }

    static String bytes(long size, Locale locale) {
        boolean french = "fr".equals(locale.getLanguage());
        if (size < 1024) {
            return size + (french ? "\u00A0o" : "\u00A0B");
        }
        String[] units = french ? new String[] {"Kio", "Mio", "Gio"} : new String[] {"KiB", "MiB", "GiB"};
        BigDecimal value = BigDecimal.valueOf(size);
        int unit = -1;
        while (value.compareTo(BigDecimal.valueOf(1024)) >= 0 && unit < units.length - 1) {
            value = value.divide(BigDecimal.valueOf(1024), 1, java.math.RoundingMode.HALF_EVEN);
            unit++;
        }
        return decimal(value, locale) + NO_BREAK_SPACE + units[unit];
    }

    public String decimal(BigDecimal number) {
        return decimal(number, localeView.getLocale());
    }

    /** An amount in euros (a database aggregate, scale 2): "37 500 000,00 €" / "€37,500,000.00"; "" for null. */
    public String euros(BigDecimal amount) {
        return amount == null ? "" : money(Money.of(amount.setScale(2, java.math.RoundingMode.UNNECESSARY),
                Money.EUR), localeView.getLocale());
    }

    /** A ratio (leverage, consumption; 4 decimals) shown with 2, half-even: "7,68" / "7.68"; "" for null. */
    public String ratio(BigDecimal ratio) {
        return ratio(ratio, localeView.getLocale());
    }

    static String ratio(BigDecimal ratio, Locale locale) {
        return ratio == null ? "" : decimal(ratio.setScale(2, java.math.RoundingMode.HALF_EVEN), locale);
    }

    /** A ratio as a percentage with one decimal: "81,6 %" / "81.6%"; "" for null. */
    public String percent(BigDecimal ratio) {
        return percent(ratio, localeView.getLocale());
    }

    static String percent(BigDecimal ratio, Locale locale) {
        if (ratio == null) {
            return "";
        }
        BigDecimal value = ratio.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN);
        return decimal(value, locale) + ("fr".equals(locale.getLanguage()) ? NO_BREAK_SPACE + "%" : "%");
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(localeView.getLocale()).format(date);
    }

    public String moment(Instant instant) {
        return moment(instant, localeView.getLocale());
    }

    /** Names (partners, leaders) as one line. */
    public String list(Collection<String> names) {
        return names == null ? "" : String.join(", ", names);
    }

    static String money(Money money, Locale locale) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return readable(format.format(money.amount()));
    }

    static String decimal(BigDecimal number, Locale locale) {
        if (number == null) {
            return "";
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setParseBigDecimal(true);
        format.setMinimumFractionDigits(number.scale() > 0 ? number.scale() : 0);
        format.setMaximumFractionDigits(Math.max(number.scale(), 0));
        return readable(format.format(number));
    }

    static String moment(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(Clocks.FUND_ZONE).format(instant);
    }

    private static String readable(String formatted) {
        return formatted.replace(NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE);
    }
}

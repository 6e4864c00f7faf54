package org.levier.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Decimal numbers as people type them in the view's language ({@code 12 500,50} in French, {@code 12,500.50} in
 * English, or plain {@code 12500.50} in both), to {@link BigDecimal} without ever passing through {@code double}.
 * More decimals than allowed are refused, never rounded. Shown back with grouping, in the view's language.
 */
public abstract class DecimalConverter implements Converter<BigDecimal> {

    private final int maxScale;
    private final String tooPreciseKey;
    private final BigDecimal max;

    protected DecimalConverter(int maxScale, String tooPreciseKey, BigDecimal max) {
        this.maxScale = maxScale;
        this.tooPreciseKey = tooPreciseKey;
        this.max = max;
    }

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal number = parse(value, locale(context));
        String problem = problem(number);
        if (problem != null) {
            throw refusal(problem);
        }
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale(context));
        format.setMinimumFractionDigits(Math.max(0, Math.min(value.scale(), maxScale)));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value).replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    /** The bundle key of what is wrong with a number read by {@link #parse} (null: not a number); null when right. */
    String problem(BigDecimal number) {
        if (number == null) {
            return "convert.decimal.invalid";
        }
        if (number.stripTrailingZeros().scale() > maxScale) {
            return tooPreciseKey;
        }
        if (max != null && number.abs().compareTo(max) > 0) {
            return "convert.amount.tooLarge";
        }
        return null;
    }

    /**
     * The number typed, or null when it is not one. Grouping spaces are dropped; in French a comma is the decimal
     * separator; in English commas group digits. A single dot is a decimal point in both languages.
     */
    static BigDecimal parse(String typed, Locale locale) {
        String text = typed.strip().replace("€", "").replaceAll("[\\s\u00A0\u202F_']", "");
        if ("fr".equals(locale.getLanguage())) {
            if (text.indexOf(',') >= 0 && text.indexOf('.') >= 0) {
                text = text.replace(".", ""); // 1.250,50: dots group
            }
            text = text.replace(',', '.');
        } else {
            text = text.replace(",", "");
        }
        if (!text.matches("[+-]?\\d+(\\.\\d+)?|[+-]?\\.\\d+")) {
            return null;
        }
        return new BigDecimal(text);
    }

    private static Locale locale(FacesContext context) {
        return context.getViewRoot() == null ? Locale.FRENCH : context.getViewRoot().getLocale();
    }

    private static ConverterException refusal(String key) {
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(key), null));
    }
}

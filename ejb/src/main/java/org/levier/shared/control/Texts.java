package org.levier.shared.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of e-mails and documents from a component's resource bundle, in French or English (a user's
 * {@code locale}: anything but {@code en} is French, the fund's language). No fallback to the JVM's locale: the
 * text never depends on the server. Patterns are {@link MessageFormat}s: an apostrophe is written {@code ''}.
 */
public final class Texts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    public static Locale localeOf(String language) {
        return language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.FRENCH;
    }

    public static String format(String bundle, String language, String key, Object... arguments) {
        Locale locale = localeOf(language);
        ResourceBundle texts = ResourceBundle.getBundle(bundle, locale, Texts.class.getClassLoader(), NO_FALLBACK);
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}

package org.levier.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The language scan of the browser suite: a page in French must not show a text that only the English bundle has,
 * and the other way round. The texts looked for are the literal parts (between MessageFormat arguments) of every
 * value of one bundle that the other bundle does not contain anywhere, of at least {@value #MIN_LENGTH} characters
 * and two words (shorter ones are names, codes and words both languages share).
 */
final class LanguageScan {

    static final int MIN_LENGTH = 14;
    private static final String BUNDLE = "org/levier/web/i18n/messages";

    private final Map<String, String> englishOnly;
    private final Map<String, String> frenchOnly;

    private LanguageScan(Map<String, String> englishOnly, Map<String, String> frenchOnly) {
        this.englishOnly = englishOnly;
        this.frenchOnly = frenchOnly;
    }

    static LanguageScan load() {
        Properties french = read(BUNDLE + ".properties");
        Properties english = read(BUNDLE + "_en.properties");
        return new LanguageScan(only(english, french), only(french, english));
    }

    /** What the page (its {@code lang} and text) shows of the other language: one line per text, with its key. */
    List<String> foreign(String lang, String pageText) {
        Map<String, String> other = lang != null && lang.startsWith("en") ? frenchOnly : englishOnly;
        List<String> found = new ArrayList<>();
        other.forEach((text, key) -> {
            if (pageText.contains(text)) {
                found.add("\"" + text + "\" (" + key + ")");
            }
        });
        return found;
    }

    private static Map<String, String> only(Properties language, Properties otherLanguage) {
        String other = String.join("\n", values(otherLanguage));
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : language.stringPropertyNames()) {
            String value = language.getProperty(key).replace("''", "'");
            for (String part : value.split("\\{[^}]*}")) {
                String text = part.strip();
                if (text.length() >= MIN_LENGTH && text.contains(" ") && !other.contains(text)) {
                    texts.putIfAbsent(text, key);
                }
            }
        }
        return texts;
    }

    private static Collection<String> values(Properties properties) {
        return properties.stringPropertyNames().stream().map(k -> properties.getProperty(k).replace("''", "'"))
                .toList();
    }

    private static Properties read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = LanguageScan.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

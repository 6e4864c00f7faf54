package org.levier.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds, in the text of a document in one language, the report bundle's values that only the other language has:
 * the values of {@code reports_<other>.properties} that are no value of the document's own bundle (values both
 * languages share, "Total", "Programme", are left out), split at their placeholders into fragments of at least two
 * words or one word of four letters or more; a fragment the own bundle also writes ("Budget" in "Budget
 * prévisionnel") is a word of both languages and is left out too. A fragment counts when found as whole words, case
 * sensitive.
 */
final class OtherLanguage {

    private static final String BUNDLE = "/org/levier/reports/i18n/reports_%s.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9][^}]*}");

    /** Words spelled alike in both languages that only one bundle happens to use on its own. */
    private static final Set<String> SHARED_WORDS = Set.of("Instruction");

    private final List<String> fragments = new ArrayList<>();

    private OtherLanguage(Locale document) {
        Properties own = load(document.getLanguage());
        Properties other = load(document.getLanguage().equals("fr") ? "en" : "fr");
        Set<String> ownValues = new HashSet<>();
        own.values().forEach(v -> ownValues.add(normal((String) v)));
        String ownText = String.join("\n", ownValues);
        Set<String> seen = new HashSet<>();
        for (Object value : other.values()) {
            String text = normal((String) value);
            if (ownValues.contains(text)) {
                continue;
            }
            for (String fragment : PLACEHOLDER.split(text)) {
                String f = fragment.strip().replaceAll("^[\\p{Punct}«»“”’–—•·\\s]+|[\\p{Punct}«»“”’–—•·\\s]+$", "");
                boolean words = f.contains(" ") || f.codePointCount(0, f.length()) >= 4;
                if (words && !ownValues.contains(f) && !SHARED_WORDS.contains(f) && f.chars().anyMatch(Character::isLetter)
                        && !wholeWords(f).matcher(ownText).find() && seen.add(f)) {
                    fragments.add(f);
                }
            }
        }
    }

    /** The other language's fragments for a document in {@code language}. */
    static OtherLanguage forDocumentIn(Locale language) {
        return new OtherLanguage(language);
    }

    /** The other language's fragments present in {@code text} (whitespace normalised). */
    List<String> foundIn(String text) {
        String normal = normal(text);
        return fragments.stream().filter(f -> wholeWords(f).matcher(normal).find()).toList();
    }

    private static Pattern wholeWords(String fragment) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fragment) + "(?![\\p{L}\\p{N}])");
    }

    int size() {
        return fragments.size();
    }

    private static String normal(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }

    private static Properties load(String language) {
        try (InputStream in = OtherLanguage.class.getResourceAsStream(BUNDLE.formatted(language))) {
            if (in == null) {
                throw new IllegalStateException("no report bundle for " + language);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

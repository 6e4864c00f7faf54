package org.levier.shared.control;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of the free-text search, the same for what is indexed (a dossier's title and reference, an
 * organisation's name and registration numbers: the {@code dossier_word} and {@code organisation_word} tables of
 * migration 28) and for what is searched: lower case, accents removed ({@code é} → {@code e}, {@code œ} → {@code oe}),
 * split on anything that is not a letter or a digit, each cut to {@value #MAX_LENGTH} characters. A number written
 * with leading zeros (a reference's {@code 0042}) is also indexed without them ({@code 42}). A searched word matches
 * every indexed word it begins ({@code synth} finds {@code synthetique}).
 */
public final class SearchWords {

    /** The longest word kept (the column's length); longer ones are cut. */
    public static final int MAX_LENGTH = 60;
    /** The most words of a search that are used; the rest are ignored. */
    public static final int MAX_SEARCHED = 8;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchWords() {
    }

    /** The words indexed for these texts (null texts are skipped), each once, in order of appearance. */
    public static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            for (String word : split(text)) {
                words.add(word);
                String number = withoutLeadingZeros(word);
                if (number != null) {
                    words.add(number);
                }
            }
        }
        return words;
    }

    /** The words of a search text, each once, at most {@value #MAX_SEARCHED}; empty when it has none. */
    public static List<String> searched(String text) {
        return split(text).stream().distinct().limit(MAX_SEARCHED).toList();
    }

    /** Lower case, accents removed: the form in which words are stored and compared. */
    public static String normalised(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return SEPARATORS.splitAsStream(normalised(text))
                .filter(word -> !word.isEmpty())
                .map(word -> word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word)
                .toList();
    }

    private static String withoutLeadingZeros(String word) {
        if (word.length() < 2 || word.charAt(0) != '0' || !word.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        String stripped = word.replaceFirst("^0+", "");
        return stripped.isEmpty() ? null : stripped;
    }
}

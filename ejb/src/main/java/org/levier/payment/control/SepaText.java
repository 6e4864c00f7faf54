package org.levier.payment.control;

import java.text.Normalizer;
import java.util.Map;

/**
 * Free text as the SEPA rulebooks accept it: the Latin subset {@code a-z A-Z 0-9 / - ? : ( ) . , ' + space}. Accents
 * are dropped (é -> e), ligatures and a few letters spelt out (œ -> oe, ß -> ss, Ø -> O), {@code &} written
 * {@code +}, anything else a space; spaces collapsed, trimmed, cut at the field's length.
 */
public final class SepaText {

    private static final Map<Character, String> SPELT = Map.ofEntries(
            Map.entry('œ', "oe"), Map.entry('Œ', "OE"), Map.entry('æ', "ae"), Map.entry('Æ', "AE"),
            Map.entry('ß', "ss"), Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('ł', "l"), Map.entry('Ł', "L"),
            Map.entry('đ', "d"), Map.entry('Đ', "D"), Map.entry('þ', "th"), Map.entry('Þ', "TH"),
            Map.entry('&', "+"), Map.entry('’', "'"), Map.entry('‘', "'"), Map.entry('«', "'"), Map.entry('»', "'"),
            Map.entry('“', "'"), Map.entry('”', "'"), Map.entry('"', "'"), Map.entry('–', "-"), Map.entry('—', "-"),
            Map.entry('_', "-"));

    private SepaText() {
    }

    /** {@code text} in the SEPA character set, at most {@code max} characters ("" for null or nothing left). */
    public static String of(String text, int max) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String spelt = SPELT.get(c);
            if (spelt != null) {
                out.append(spelt);
            } else if (allowed(c)) {
                out.append(c);
            } else {
                out.append(' ');
            }
        }
        String collapsed = out.toString().replaceAll(" {2,}", " ").strip();
        return collapsed.length() <= max ? collapsed : collapsed.substring(0, max).strip();
    }

    /** Whether every character of {@code text} is in the SEPA set. */
    public static boolean isSepa(String text) {
        return text.chars().allMatch(c -> allowed((char) c));
    }

    private static boolean allowed(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "/-?:().,'+ ".indexOf(c) >= 0;
    }
}

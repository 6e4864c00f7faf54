package org.levier.dossier.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key under which two spellings of a funder are the same funder: "Région Hauts-de-France", "REGION hauts de
 * france" and "Region Hauts de France " are one. Case, accents (and the ligatures œ, æ, ß), spaces and punctuation do
 * not count; letters and digits of every script do.
 */
public final class FunderName {

    private FunderName() {
    }

    /** The normalised key; empty for a blank or missing name. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        decomposed.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            switch (c) {
                case 'œ' -> key.append("oe");
                case 'æ' -> key.append("ae");
                case 'ß' -> key.append("ss");
                default -> {
                    if (Character.isLetterOrDigit(c)) {
                        key.appendCodePoint(c);
                    }
                }
            }
        });
        return key.toString();
    }

    /** Whether two names are the same funder's. */
    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}

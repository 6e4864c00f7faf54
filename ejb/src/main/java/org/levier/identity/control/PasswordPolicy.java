package org.levier.identity.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters (at most {@value #MAX_LENGTH}, which bounds
 * the hashing work an attacker can cause), not containing the e-mail address or its local part (case-insensitive),
 * and not a common password: neither as typed, nor once its digits, or all its non-letters, are removed
 * ({@code Password123456}, {@code azertyuiop12!}). The list is {@code common-passwords.txt} next to this class.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    /** Local parts shorter than this ("a@x.fr") would refuse too many good passwords; only the whole address counts. */
    private static final int MIN_LOCAL_PART = 3;

    /** Why a password is refused (stable codes for translations; the message is English). */
    public enum Weakness {
        REQUIRED("A password is required"),
        TOO_SHORT("The password must have at least " + MIN_LENGTH + " characters"),
        TOO_LONG("The password must have at most " + MAX_LENGTH + " characters"),
        CONTAINS_EMAIL("The password must not contain the e-mail address"),
        COMMON("This password is too common: choose another one");

        private final String message;

        Weakness(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private static final Set<String> COMMON = load();

    /** Every weakness of {@code password} for the account {@code email} (empty: acceptable). */
    public List<Weakness> weaknesses(String password, String email) {
        List<Weakness> found = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            found.add(Weakness.REQUIRED);
            return found;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            found.add(Weakness.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            found.add(Weakness.TOO_LONG);
            return found;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (containsEmail(lower, email)) {
            found.add(Weakness.CONTAINS_EMAIL);
        }
        if (isCommon(lower)) {
            found.add(Weakness.COMMON);
        }
        return found;
    }

    public boolean isAcceptable(String password, String email) {
        return weaknesses(password, email).isEmpty();
    }

    private static boolean containsEmail(String lowerPassword, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (lowerPassword.contains(address)) {
            return true;
        }
        int at = address.indexOf('@');
        String local = at < 0 ? address : address.substring(0, at);
        return local.length() >= MIN_LOCAL_PART && lowerPassword.contains(local);
    }

    static boolean isCommon(String lowerPassword) {
        String withoutDigits = lowerPassword.replaceAll("\\p{Nd}", "");
        String lettersOnly = lowerPassword.replaceAll("[^\\p{L}]", "");
        if (lettersOnly.isEmpty() || lowerPassword.codePoints().distinct().count() <= 2) {
            return true; // only digits and symbols, or one or two characters repeated
        }
        return COMMON.contains(lowerPassword) || COMMON.contains(withoutDigits) || COMMON.contains(lettersOnly);
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the class path");
            }
            Set<String> words = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.toLowerCase(Locale.ROOT))
                        .forEach(words::add);
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read common-passwords.txt", e);
        }
    }
}

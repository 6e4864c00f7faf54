package org.levier.banking.control;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * IBAN (ISO 13616: country, check digits validated modulo 97, the length of the country's format) and BIC (ISO 9362:
 * 8 or 11 characters). Input is normalised first (spaces removed, upper case), as people write them on paper.
 */
public final class BankIdentifiers {

    /** IBAN length per country, from the IBAN registry. */
    private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
            Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29),
            Map.entry("BY", 28), Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24),
            Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23),
            Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
            Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
            Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15),
            Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
            Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SE", 24),
            Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("ST", 25), Map.entry("SV", 28),
            Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22),
            Map.entry("VG", 24), Map.entry("XK", 20));
    private static final Pattern IBAN_SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC_SHAPE = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private BankIdentifiers() {
    }

    /** Without spaces, in upper case ({@code null} stays null). */
    public static String normalise(String identifier) {
        return identifier == null ? null : identifier.replaceAll("[\\s\\u00A0]", "").toUpperCase(Locale.ROOT);
    }

    /** What is wrong with an IBAN (already normalised), or empty when it is valid. */
    public static Optional<String> ibanProblem(String iban) {
        if (iban == null || iban.isEmpty()) {
            return Optional.of("required");
        }
        if (!IBAN_SHAPE.matcher(iban).matches()) {
            return Optional.of("an IBAN: 2 letters of a country, 2 check digits, then letters and digits");
        }
        Integer length = IBAN_LENGTHS.get(iban.substring(0, 2));
        if (length == null) {
            return Optional.of("no IBAN format is known for the country " + iban.substring(0, 2));
        }
        if (iban.length() != length) {
            return Optional.of("an IBAN of " + iban.substring(0, 2) + " has " + length + " characters, not "
                    + iban.length());
        }
        if (!mod97(iban)) {
            return Optional.of("the check digits do not match (modulo 97): a character is wrong");
        }
        return Optional.empty();
    }

    /** What is wrong with a BIC (already normalised), or empty when it is valid. */
    public static Optional<String> bicProblem(String bic) {
        if (bic == null || bic.isEmpty()) {
            return Optional.of("required");
        }
        if (!BIC_SHAPE.matcher(bic).matches()) {
            return Optional.of("a BIC of 8 or 11 letters and digits (bank, country, location, optional branch)");
        }
        if (!COUNTRIES.contains(bic.substring(4, 6))) {
            return Optional.of("unknown country " + bic.substring(4, 6) + " in the BIC");
        }
        return Optional.empty();
    }

    /** Shown to everyone but the fund's staff: country, check digits and the last four characters. */
    public static String mask(String iban) {
        if (iban == null || iban.length() < 8) {
            return "****";
        }
        return iban.substring(0, 4) + " **** **** " + iban.substring(iban.length() - 4);
    }

    /** Groups of four, as printed on a bank's document. */
    public static String grouped(String iban) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < iban.length(); i += 4) {
            out.append(i == 0 ? "" : " ").append(iban, i, Math.min(iban.length(), i + 4));
        }
        return out.toString();
    }

    private static boolean mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}

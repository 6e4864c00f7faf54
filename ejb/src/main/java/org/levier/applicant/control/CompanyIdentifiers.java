package org.levier.applicant.control;

/**
 * Checksums of French company identifiers: a SIREN (9 digits) and a SIRET (SIREN + 5-digit establishment number)
 * pass the Luhn checksum, except La Poste's (SIREN 356000000): its many establishments outgrew the Luhn NICs, so
 * INSEE accepts for them a SIRET whose digits add up to a multiple of 5.
 */
public final class CompanyIdentifiers {

    public static final String LA_POSTE_SIREN = "356000000";

    private CompanyIdentifiers() {
    }

    /** Spaces, dots and dashes removed, as people type them ({@code 732 829 320}); null stays null. */
    public static String normalise(String identifier) {
        return identifier == null ? null : identifier.replaceAll("[\\s.\\-]", "");
    }

    public static boolean isValidSiren(String siren) {
        return siren != null && siren.matches("\\d{9}") && passesLuhn(siren);
    }

    public static boolean isValidSiret(String siret) {
        if (siret == null || !siret.matches("\\d{14}")) {
            return false;
        }
        if (passesLuhn(siret)) {
            return true;
        }
        return siret.startsWith(LA_POSTE_SIREN) && digitSum(siret) % 5 == 0;
    }

    /** The SIREN a SIRET belongs to. */
    public static String sirenOf(String siret) {
        return siret.substring(0, 9);
    }

    /** Luhn: from the right, every second digit doubled (minus 9 when above 9); the total is a multiple of 10. */
    static boolean passesLuhn(String digits) {
        return luhnSum(digits) % 10 == 0;
    }

    /** The digit to append to {@code digits} so that the result passes Luhn (used to make fictitious demo numbers). */
    public static char luhnCheckDigit(String digits) {
        int sum = luhnSum(digits + "0");
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }
}

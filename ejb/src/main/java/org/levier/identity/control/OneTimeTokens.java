package org.levier.identity.control;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Tokens sent by e-mail (confirmation links, invitations): 32 random bytes in base64url without padding (43
 * characters), kept in the database only as their SHA-256 in hex, so a copy of the database opens no account.
 */
public final class OneTimeTokens {

    public static final int BYTES = 32;
    /** Longer inputs are not tokens of ours: refused before hashing. */
    public static final int MAX_LENGTH = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeTokens() {
    }

    public static String newToken() {
        byte[] raw = new byte[BYTES];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** The stored form of a token (64 hex characters); surrounding blanks, as pasted from a mail, are ignored. */
    public static String hash(String token) {
        return PasswordHashing.sha256Hex(token.strip());
    }

    /** Whether a presented value can be a token at all (cheap check before a lookup). */
    public static boolean isPlausible(String token) {
        return token != null && !token.isBlank() && token.strip().length() <= MAX_LENGTH;
    }
}

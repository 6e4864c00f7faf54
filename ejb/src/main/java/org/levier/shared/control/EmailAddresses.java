package org.levier.shared.control;

import java.util.Locale;

/** E-mail addresses as accounts store them and every component compares them: trimmed, in lower case. */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    /** The stored form of an address; null stays null. */
    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}

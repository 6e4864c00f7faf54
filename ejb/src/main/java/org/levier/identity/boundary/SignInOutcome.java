package org.levier.identity.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * Why the sign-in of this request failed, when the person may be told: only that the account's e-mail address is
 * not confirmed yet, and only after the right password was given (anyone else gets the same answer as for a wrong
 * password, so that a sign-in never tells which addresses are registered). Set by {@link PasswordIdentityStore}
 * for the sign-in page, which the identity store cannot reach otherwise.
 */
@RequestScoped
public class SignInOutcome {

    private boolean unconfirmed;

    /** The right password was given for an account whose e-mail address is not confirmed yet. */
    public boolean isUnconfirmed() {
        return unconfirmed;
    }

    void unconfirmed() {
        unconfirmed = true;
    }
}

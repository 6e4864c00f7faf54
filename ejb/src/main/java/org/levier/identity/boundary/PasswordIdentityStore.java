package org.levier.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The application's only identity store: an e-mail and password checked against {@code app_user} by
 * {@link Users#authenticate} (lockout, audit); the groups it returns are role names, mapped one to one onto roles.
 */
@ApplicationScoped
public class PasswordIdentityStore implements IdentityStore {

    @Inject
    Users users;

    @Inject
    SignInOutcome outcome;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Users.SignIn signIn = users.authenticate(login.getCaller(), login.getPassword().getValue());
        if (signIn.unconfirmed()) {
            try {
                outcome.unconfirmed();
            } catch (ContextNotActiveException outsideARequest) {
                // No page to tell: the refusal alone is the answer.
            }
        }
        return signIn.succeeded()
                ? new CredentialValidationResult(signIn.email(), signIn.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}

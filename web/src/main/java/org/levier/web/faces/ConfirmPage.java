package org.levier.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.levier.applicant.boundary.Registrations;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;

/**
 * The link of the confirmation e-mail ({@code /confirm.xhtml?token=}): confirms the address and says whether it
 * worked, with a sign-in link. An unknown, used or expired token is one and the same failure to the visitor.
 */
@Named
@RequestScoped
public class ConfirmPage {

    @Inject
    Registrations registrations;

    private String token;
    private Boolean confirmed;

    /** View action (GET only; a link opened twice shows the failure the second time). */
    public void confirm() {
        if (token == null || token.isBlank()) {
            confirmed = false;
            return;
        }
        try {
            registrations.confirm(token.strip());
            confirmed = true;
        } catch (RuleViolation | NotFound refused) {
            confirmed = false;
        }
    }

    public boolean isConfirmed() {
        return Boolean.TRUE.equals(confirmed);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}

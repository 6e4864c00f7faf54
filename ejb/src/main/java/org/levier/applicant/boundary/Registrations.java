package org.levier.applicant.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.levier.identity.entity.Role;

/**
 * Applicant sign-up with e-mail confirmation, and colleagues joining an organisation by invitation.
 * (Body being completed.)
 */
@Stateless
public class Registrations {

    @PermitAll
    public Registered register(Registration request) {
        throw new UnsupportedOperationException("in progress");
    }

    @PermitAll
    public void confirm(String token) {
        throw new UnsupportedOperationException("in progress");
    }

    @PermitAll
    public void resendConfirmation(String email) {
        throw new UnsupportedOperationException("in progress");
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public void invite(String email, String displayName) {
        throw new UnsupportedOperationException("in progress");
    }

    @PermitAll
    public Registered acceptInvitation(InvitationAcceptance acceptance) {
        throw new UnsupportedOperationException("in progress");
    }
}

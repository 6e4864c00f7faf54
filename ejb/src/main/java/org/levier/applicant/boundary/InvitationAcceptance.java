package org.levier.applicant.boundary;

/** An invited colleague's answer: the token from the invitation e-mail, the chosen password and name. */
public record InvitationAcceptance(String token, String password, String displayName) {

    @Override
    public String toString() {
        return "InvitationAcceptance[displayName=" + displayName + "]";
    }
}

package org.levier.dossier.boundary;

import java.util.Objects;

/**
 * Who applies: the signed-in applicant's e-mail and organisation, resolved by the calling layer (REST, Faces) from
 * the identity component. Every applicant use case is confined to this organisation's dossiers.
 */
public record ApplicantContext(String email, long organisationId) {

    public ApplicantContext {
        Objects.requireNonNull(email, "email");
        if (email.isBlank() || organisationId <= 0) {
            throw new IllegalArgumentException("an applicant has an e-mail and an organisation");
        }
    }
}

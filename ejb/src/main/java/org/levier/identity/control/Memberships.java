package org.levier.identity.control;

import java.util.Optional;
import org.levier.identity.boundary.Users.OrganisationSummary;

/**
 * The organisation an applicant acts for, as its members see it: the applicant component owns the organisations and
 * answers this question; the identity component only asks it, for the signed-in user's profile (the applicant
 * component depends on identity, since registrations create accounts, never the other way round).
 */
public interface Memberships {

    /** The organisation, when it exists. */
    Optional<OrganisationSummary> organisation(long organisationId);
}

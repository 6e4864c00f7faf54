package org.levier.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.dossier.boundary.ApplicantProfile;
import org.levier.identity.boundary.Users;
import org.levier.shared.control.NotFound;
import org.levier.shared.entity.SizeClass;

/**
 * The signed-in applicant as the dossier use cases need it: e-mail and organisation, and the organisation's profile
 * for the submission rules. Read once per request from the identity component ({@code Users.me()}).
 */
@RequestScoped
public class CurrentApplicant {

    @Inject
    Users users;

    private Users.Profile me;

    /** @throws NotFound when the caller belongs to no organisation (not an applicant) */
    public ApplicantContext context() {
        Users.OrganisationSummary organisation = organisation();
        return new ApplicantContext(me().email(), organisation.id());
    }

    /**
     * Size class of the organisation; declared de minimis aid is not recorded by Levier yet, so none is passed
     * (the rule then counts only the aid requested).
     */
    public ApplicantProfile profile() {
        return new ApplicantProfile(SizeClass.valueOf(organisation().sizeClass()), List.of());
    }

    public String organisationName() {
        return organisation().legalName();
    }

    private Users.OrganisationSummary organisation() {
        Users.OrganisationSummary organisation = me().organisation();
        if (organisation == null) {
            throw new NotFound("organisation of " + me().email());
        }
        return organisation;
    }

    private Users.Profile me() {
        if (me == null) {
            me = users.me();
        }
        return me;
    }
}

package org.levier.web.core;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.levier.applicant.boundary.DeMinimisDeclarations;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.dossier.boundary.ApplicantProfile;
import org.levier.identity.boundary.Users;
import org.levier.shared.control.Forbidden;
import org.levier.shared.entity.Role;
import org.levier.shared.entity.SizeClass;

/**
 * Who is calling the API, as the dossier and document use cases need it: an applicant acts for its organisation
 * ({@link ApplicantContext}, read once per request from the identity component), the fund's staff and auditors act
 * in their role on every dossier.
 */
@RequestScoped
public class Caller {

    @Inject
    DeMinimisDeclarations deMinimis;

    @Inject
    HttpServletRequest request;

    @Inject
    Users users;

    private Users.Profile profile;

    /** Applicants take the applicant use cases, whatever other role they also hold. */
    public boolean isApplicant() {
        return request.isUserInRole(Role.APPLICANT_NAME);
    }

    public boolean isStaff() {
        return request.isUserInRole(Role.ANALYST_NAME) || request.isUserInRole(Role.FUND_DIRECTOR_NAME);
    }

    public ApplicantContext applicant() {
        Users.Profile me = profile();
        if (!isApplicant() || me.organisation() == null || me.organisation().id() == null) {
            throw new Forbidden("applicant.required", "Only an applicant acting for an organisation may do this");
        }
        return new ApplicantContext(me.email(), me.organisation().id());
    }

    /**
     * What the submission rules need about the organisation. Declared de minimis aid is not modelled by the
     * applicant component yet: none is passed, so the de minimis rule sees only the aid requested.
     */
    public ApplicantProfile applicantProfile() {
        Users.Profile me = profile();
        if (me.organisation() == null) {
            throw new Forbidden("applicant.required", "Only an applicant acting for an organisation may do this");
        }
        return new ApplicantProfile(SizeClass.valueOf(me.organisation().sizeClass()),
                deMinimis.priorAid(me.organisation().id()));
    }

    private Users.Profile profile() {
        if (profile == null) {
            profile = users.me();
        }
        return profile;
    }
}

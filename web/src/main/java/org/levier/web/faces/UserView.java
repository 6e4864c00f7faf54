package org.levier.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.levier.identity.entity.Role;

/** Who is signed in, and which parts of the menu their roles open. */
@Named
@RequestScoped
public class UserView {

    @Inject
    SecurityContext securityContext;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getName() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(this::has).toList();
    }

    public boolean has(Role role) {
        return securityContext.isCallerInRole(role.name());
    }

    public boolean isApplicant() {
        return has(Role.APPLICANT);
    }

    /** Fund staff in the wide sense: analysts, fund directors and committee members. */
    public boolean isStaff() {
        return has(Role.ANALYST) || has(Role.FUND_DIRECTOR) || has(Role.COMMITTEE_MEMBER);
    }

    public boolean isAuditor() {
        return has(Role.AUDITOR);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }
}

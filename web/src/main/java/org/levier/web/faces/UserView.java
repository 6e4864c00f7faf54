package org.levier.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.levier.shared.entity.Role;

/**
 * Who is signed in, and which parts of the menu their roles open. Reads the servlet request rather than the
 * Jakarta Security context: the latter is not available while the container renders an error page.
 */
@Named
@RequestScoped
public class UserView {

    @Inject
    HttpServletRequest request;

    @Inject
    org.levier.identity.boundary.Users users;

    private String displayName;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getName() {
        Principal caller = request.getUserPrincipal();
        return caller == null ? null : caller.getName();
    }

    /** The person's name as the header shows it (the e-mail when the account has none). */
    public String getDisplayName() {
        if (displayName == null && isSignedIn()) {
            displayName = users.findByEmail(getName()).map(org.levier.identity.entity.User::getDisplayName)
                    .filter(n -> !n.isBlank()).orElse(getName());
        }
        return displayName;
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(this::has).toList();
    }

    /**
     * Whether the caller has the role; always false while the container renders an error page, where Payara has no
     * JACC context and {@code isUserInRole} fails (the error page then shows no role-specific menu).
     */
    public boolean has(Role role) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
            return false;
        }
        return request.isUserInRole(role.name());
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

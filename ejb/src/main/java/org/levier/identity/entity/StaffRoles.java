package org.levier.identity.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Role;

/**
 * Segregation of duties for the fund's staff, as administrators grant roles: at least one role; {@code APPLICANT}
 * is never granted this way (applicants register for an organisation); {@code ADMIN} never sits with a money role
 * ({@code ANALYST}, {@code FUND_DIRECTOR}) on one account; nobody changes their own roles or disables themselves.
 */
public final class StaffRoles {

    /** RuleViolation key of a refused set of roles. */
    public static final String INVALID = "staff.roles.invalid";
    /** RuleViolation key of a change of one's own account. */
    public static final String SELF = "staff.self-change";

    private StaffRoles() {
    }

    /** Every violation of a set of roles for a staff account. */
    public static List<Violation> check(Set<Role> roles) {
        List<Violation> v = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            v.add(new Violation("roles", "at least one role"));
            return v;
        }
        if (roles.contains(Role.APPLICANT)) {
            v.add(new Violation("roles", "APPLICANT is not a staff role: applicants register for their"
                    + " organisation"));
        }
        if (roles.contains(Role.ADMIN) && (roles.contains(Role.ANALYST) || roles.contains(Role.FUND_DIRECTOR))) {
            v.add(new Violation("roles", "ADMIN is never combined with ANALYST or FUND_DIRECTOR on one account"
                    + " (who manages accounts does not move money)"));
        }
        return v;
    }

    public static void require(Set<Role> roles) {
        List<Violation> v = check(roles);
        if (!v.isEmpty()) {
            throw new RuleViolation(INVALID, "These roles cannot be granted: " + v.get(0).message(), v);
        }
    }

    /** Nobody changes their own roles or disables themselves. */
    public static void requireNotSelf(String callerEmail, User target, String what) {
        if (target.getEmail().equals(User.normaliseEmail(callerEmail))) {
            throw new RuleViolation(SELF, "Nobody " + what + " on their own account: ask another administrator",
                    List.of(new Violation("id", "your own account")));
        }
    }
}

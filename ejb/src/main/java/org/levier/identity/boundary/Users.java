package org.levier.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.audit.boundary.AuditTrail;
import org.levier.identity.control.ClientAddress;
import org.levier.identity.control.LoginThrottle;
import org.levier.identity.control.Memberships;
import org.levier.identity.control.PasswordHashing;
import org.levier.identity.entity.LockoutPolicy;
import org.levier.identity.entity.User;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.NotFound;
import org.levier.shared.entity.Role;

/**
 * Signing in (password check, lockout, audit of every attempt) and what a signed-in user may know about itself.
 *
 * <p>An account whose e-mail is not confirmed yet cannot sign in: the same failure as a wrong password, except that
 * with the right password its owner is told the address awaits confirmation ({@link SignIn#unconfirmed()}).
 *
 * <p>Repeated wrong passwords lock the client's address out of the account, not the account itself, and an address
 * that fails too often is refused for a while whatever the account ({@link LoginThrottle}).
 *
 * <p>Failed attempts are audited in a transaction of their own, so they are kept whatever happens next; responses
 * never tell whether an e-mail exists, and an unknown e-mail costs the same hashing time as a known one.
 */
@Stateless
public class Users {

    /**
     * What a sign-in attempt gave: on success, the user and its groups (role names); {@code unconfirmed} when the
     * right password was given for an account whose e-mail address is not confirmed yet (the one refusal its owner
     * is told, since only the owner knows the password).
     */
    public record SignIn(boolean succeeded, String email, Long userId, Set<String> groups, boolean unconfirmed) {

        static SignIn failed(String email) {
            return new SignIn(false, email, null, Set.of(), false);
        }
    }

    /** The signed-in user, as {@code GET /api/v1/me} shows it. */
    public record Profile(String email, String displayName, List<String> roles, OrganisationSummary organisation,
                          String locale) {
    }

    /** An applicant's organisation, as its members see it. */
    public record OrganisationSummary(Long id, String legalName, String legalForm, String siren, String siret,
                                      String foreignRegistration, String sizeClass, boolean demo) {

    }

    private static final int ACTOR_MAX = 254;

    @Inject
    Invocation invocation;

    /** The applicant component's answer: the organisation of an applicant. */
    @Inject
    Memberships memberships;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    LoginThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Inject
    @ConfigProperty(name = "levier.security.lockout.attempts", defaultValue = "5")
    int lockoutAttempts;

    @Inject
    @ConfigProperty(name = "levier.security.lockout.minutes", defaultValue = "15")
    long lockoutMinutes;

    private final PasswordHashing hashing = new PasswordHashing();

    /** Checks an e-mail and password, counting failures towards the lockout; audits the attempt. */
    @PermitAll
    public SignIn authenticate(String email, char[] password) {
        String login = User.normaliseEmail(email);
        String actor = login == null || login.isEmpty() ? "anonymous"
                : login.length() > ACTOR_MAX ? login.substring(0, ACTOR_MAX) : login;
        Instant now = clock.instant();
        String address = clientAddress.current();
        if (throttle.retryAfter(address, now).isPresent()) {
            audit.recordIndependently(actor, null, "login.failed", "User", null, "Failed login",
                    Map.of("reason", "too many failed logins from the address", "address", address));
            return SignIn.failed(login);
        }
        List<User> found = login == null || login.isEmpty() || login.length() > ACTOR_MAX ? List.of()
                : em.createQuery("select u from User u where u.email = :email", User.class)
                .setParameter("email", login)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            hashing.verify(password, Dummy.HASH);
            throttle.recordFailure(address, now);
            audit.recordIndependently(actor, null, "login.failed", "User", null, "Failed login",
                    Map.of("reason", "unknown e-mail"));
            return SignIn.failed(login);
        }
        User user = found.getFirst();
        boolean matches = hashing.verify(password, user.getPasswordHash());
        if (!user.isEnabled() || user.isLockedAt(now) || throttle.isLocked(address, user.getId(), now)) {
            throttle.recordFailure(address, now);
            audit.recordIndependently(actor, null, "login.failed", "User", user.getId(), "Failed login",
                    Map.of("reason", user.isEnabled() ? "account locked" : "account disabled"));
            return SignIn.failed(login);
        }
        if (!user.isEmailConfirmed()) {
            // Same answer as a wrong password: a sign-in attempt must not tell which addresses are registered.
            throttle.recordFailure(address, now);
            audit.recordIndependently(actor, null, "login.failed", "User", user.getId(), "Failed login",
                    Map.of("reason", matches ? "e-mail not confirmed" : "wrong password, e-mail not confirmed"));
            return matches ? new SignIn(false, login, user.getId(), Set.of(), true) : SignIn.failed(login);
        }
        if (!matches) {
            LockoutPolicy policy = policy();
            Optional<Instant> lockedUntil = throttle.recordWrongPassword(address, user.getId(), now, policy);
            throttle.recordFailure(address, now);
            audit.recordIndependently(actor, null, "login.failed", "User", user.getId(), "Failed login",
                    Map.of("reason", "wrong password", "address", address));
            if (lockedUntil.isPresent()) {
                audit.recordIndependently(actor, null, "account.locked", "User", user.getId(),
                        "Account locked for the client address after repeated failed logins",
                        Map.of("lockedUntil", lockedUntil.get().toString(), "address", address));
            }
            return SignIn.failed(login);
        }
        user.recordSuccessfulLogin(now);
        throttle.recordSuccess(address, user.getId());
        if (hashing.needsRehash(user.getPasswordHash())) {
            user.changePassword(hashing.hash(password));
        }
        audit.recordAs(actor, String.join(",", user.roleNames().stream().sorted().toList()), "login.succeeded",
                "User", user.getId(), "Signed in", Map.of());
        return new SignIn(true, login, user.getId(), user.roleNames(), false);
    }

    /**
     * The groups of an account that may go on acting (enabled, address confirmed), read on every request of a web
     * session: a disabled account, or one whose roles changed, is seen at once.
     */
    @PermitAll
    public Optional<Set<String>> activeGroups(String email) {
        return findByEmail(email).filter(User::isActive).map(User::roleNames);
    }

    /** An account that may go on acting: its groups and its {@link User#credentialStamp() credential stamp}. */
    public record ActiveAccount(Set<String> groups, String stamp) {
    }

    /**
     * The account behind cached Basic credentials, as it is now (empty when it may not act): read without a
     * transaction, nothing is written.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ActiveAccount> activeAccount(String email) {
        return findByEmail(email).filter(User::isActive)
                .map(user -> new ActiveAccount(user.roleNames(), user.credentialStamp()));
    }

    /** Audits a web logout by the current caller. */
    @PermitAll
    public void recordLogout(String email) {
        audit.recordAs(email, null, "logout", "User", findByEmail(email).map(User::getId).orElse(null),
                "Signed out", Map.of());
    }

    @PermitAll
    public Optional<User> findByEmail(String email) {
        return em.createQuery("select u from User u where u.email = :email", User.class)
                .setParameter("email", User.normaliseEmail(email))
                .getResultStream()
                .findFirst();
    }

    /** The caller's own profile (no password hash, no counters). */
    @RolesAllowed({Role.APPLICANT_NAME, Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.COMMITTEE_MEMBER_NAME,
            Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Profile me() {
        String email = invocation.caller();
        User user = findByEmail(email).orElseThrow(() -> new NotFound("user " + email));
        OrganisationSummary organisation = user.getOrganisationId() == null ? null
                : memberships.organisation(user.getOrganisationId()).orElse(null);
        return new Profile(user.getEmail(), user.getDisplayName(), user.roleNames().stream().sorted().toList(),
                organisation, user.getLocale());
    }

    /** An enabled user with a role, as a list of people to choose from shows it. */
    public record Person(String email, String displayName) {
    }

    /** The enabled users with the role COMMITTEE_MEMBER, by e-mail: whom a director may seat on a committee. */
    @RolesAllowed({Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<Person> committeeMembers() {
        return em.createQuery("select u.email, u.displayName from User u join u.roles r where r = :role"
                        + " and u.enabled = true order by u.email", Object[].class)
                .setParameter("role", Role.COMMITTEE_MEMBER)
                .getResultList().stream().map(r -> new Person((String) r[0], (String) r[1])).toList();
    }

    LockoutPolicy policy() {
        return new LockoutPolicy(lockoutAttempts, Duration.ofMinutes(lockoutMinutes));
    }

    /** A hash to check unknown e-mails against, so that they take as long as known ones. */
    private static final class Dummy {
        static final String HASH = new PasswordHashing().hash(new char[] {'n', 'o', 'b', 'o', 'd', 'y'});
    }
}

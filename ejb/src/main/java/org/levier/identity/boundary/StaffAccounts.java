package org.levier.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.audit.boundary.AuditTrail;
import org.levier.identity.control.OneTimeTokens;
import org.levier.identity.control.PasswordHashing;
import org.levier.identity.control.PasswordPolicy;
import org.levier.identity.entity.PasswordSetup;
import org.levier.identity.entity.StaffRoles;
import org.levier.identity.entity.User;
import org.levier.notification.boundary.Mails;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.Texts;
import org.levier.shared.entity.Role;

/**
 * The fund's staff accounts, managed by administrators: invitation by e-mail (the account exists at once with its
 * roles, and can sign in once its owner has chosen a password through the mailed link, valid
 * {@code levier.staff.invitation-days}, default 7), roles replaced, accounts disabled and enabled again. The rules
 * are {@link StaffRoles}'s (no self-change, no APPLICANT, ADMIN never with a money role). Disabling revokes every
 * API token at once; web sessions and cached Basic credentials are refused on their next request because the
 * authentication checks the account on every request ({@link Users#activeGroups}). Every change is audited
 * ({@code staff.invited}, {@code staff.password.set}, {@code staff.roles.changed}, {@code staff.disabled},
 * {@code staff.enabled}) and mailed to the person through the outbox.
 */
@Stateless
public class StaffAccounts {

    /** RuleViolation key of a refused invitation. */
    public static final String INVALID = "staff.invitation.invalid";
    /** RuleViolation key of an unknown, expired or used password link. */
    public static final String TOKEN_INVALID = "staff.password-link.invalid";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final String BUNDLE = "org.levier.identity.control.mails";

    /** A staff account as the administrators' list shows it. */
    public record StaffMember(long id, String email, String displayName, List<String> roles, boolean enabled,
                              boolean passwordChosen, Instant lastLoginAt, Instant createdAt, long version) {

        static StaffMember of(User u) {
            return new StaffMember(u.getId(), u.getEmail(), u.getDisplayName(),
                    u.getRoles().stream().map(Role::name).sorted().toList(), u.isEnabled(), u.isEmailConfirmed(),
                    u.getLastLoginAt(), u.getCreatedAt(), u.getVersion());
        }
    }

    @Inject
    Invocation invocation;

    @Inject
    Event<AccountChanged> accountChanged;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Mails mails;

    @Inject
    @ConfigProperty(name = "levier.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "levier.staff.invitation-days", defaultValue = "7")
    long invitationDays;

    private final PasswordHashing hashing = new PasswordHashing();
    private final PasswordPolicy passwordPolicy = new PasswordPolicy();

    /** Every account that holds a staff role (not only APPLICANT), by e-mail. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<StaffMember> list() {
        return em.createQuery("select distinct u from User u join u.roles r where r <> :applicant order by u.email",
                        User.class)
                .setParameter("applicant", Role.APPLICANT)
                .getResultList().stream().map(StaffMember::of).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public StaffMember get(long id) {
        return StaffMember.of(find(id));
    }

    /**
     * Opens a staff account and mails its owner a link to choose a password.
     *
     * @throws RuleViolation {@value #INVALID} (e-mail, name, locale, an address that has an account) or
     *                       {@code staff.roles.invalid}; nothing stored
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public StaffMember invite(String email, String displayName, List<String> roleNames, String locale) {
        List<Violation> v = new ArrayList<>();
        String address = User.normaliseEmail(email);
        if (address == null || address.isEmpty()) {
            v.add(new Violation("email", "required"));
        } else if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            v.add(new Violation("email", "not a valid e-mail address"));
        } else if (findByEmail(address).isPresent()) {
            v.add(new Violation("email", address + " already has an account: change its roles instead"));
        }
        String name = displayName == null ? null : displayName.strip();
        if (name == null || name.isEmpty()) {
            v.add(new Violation("displayName", "required"));
        } else if (name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            v.add(new Violation("displayName", "at most 200 characters, no control characters"));
        }
        String language = locale == null || locale.isBlank() ? "fr" : locale.strip().toLowerCase(Locale.ROOT);
        if (!language.equals("fr") && !language.equals("en")) {
            v.add(new Violation("locale", "fr or en"));
        }
        Set<Role> roles = roles(roleNames, v);
        if (v.isEmpty()) {
            v.addAll(StaffRoles.check(roles));
        }
        if (!v.isEmpty()) {
            String key = v.stream().allMatch(x -> x.field().equals("roles")) ? StaffRoles.INVALID : INVALID;
            throw new RuleViolation(key, "The invitation is invalid: " + v.get(0).field() + ": "
                    + v.get(0).message(), v);
        }
        Instant now = invocation.now();
        // Nobody knows this password: the account can only be used once its owner chose one through the link.
        User user = new User(address, name, hashing.hash(OneTimeTokens.newToken().toCharArray()), roles, null,
                language, now);
        try {
            em.persist(user);
            em.flush();
        } catch (PersistenceException e) {
            throw new RuleViolation(INVALID, "The invitation is invalid: the address was registered meanwhile",
                    List.of(new Violation("email", "already has an account")));
        }
        String token = OneTimeTokens.newToken();
        em.persist(new PasswordSetup(user.getId(), OneTimeTokens.hash(token), now,
                now.plus(Duration.ofDays(invitationDays))));
        em.flush();
        User admin = callerAccount();
        mail(user, "invited", user.getDisplayName(), admin.getDisplayName(), roleList(user), invitationDays,
                link(token));
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("email", address);
        changes.put("displayName", name);
        changes.put("roles", roleList(user));
        changes.put("locale", language);
        audit.record("staff.invited", "User", user.getId(), "Staff member " + address + " invited", changes);
        return StaffMember.of(user);
    }

    /**
     * Chooses the password of an invited account with the token of the mailed link (password policy as at
     * registration); the account can sign in from then on.
     */
    @PermitAll
    public String setPassword(String token, String password) {
        Instant now = invocation.now();
        PasswordSetup setup = !OneTimeTokens.isPlausible(token) ? null
                : em.createQuery("select s from PasswordSetup s where s.tokenHash = :hash", PasswordSetup.class)
                .setParameter("hash", OneTimeTokens.hash(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().filter(s -> s.isUsableAt(now)).findFirst().orElse(null);
        if (setup == null) {
            throw new RuleViolation(TOKEN_INVALID, "This link is unknown, expired or already used",
                    List.of(new Violation("token", "unknown, expired or already used")));
        }
        User user = em.find(User.class, setup.getUserId(), LockModeType.PESSIMISTIC_WRITE);
        List<Violation> v = new ArrayList<>();
        passwordPolicy.weaknesses(password, user.getEmail())
                .forEach(weakness -> v.add(new Violation("password", weakness.message())));
        if (!v.isEmpty()) {
            throw new RuleViolation("staff.password.weak", "The password is too weak: " + v.get(0).message(), v);
        }
        user.changePassword(hashing.hash(password.toCharArray()));
        user.confirmEmail();
        accountChanged.fire(new AccountChanged(user.getEmail()));
        setup.use(now);
        audit.recordAs(user.getEmail(), String.join(",", roleList(user)), "staff.password.set", "User",
                user.getId(), "Password chosen through the invitation link", Map.of());
        return user.getEmail();
    }

    /** Replaces a staff member's roles (never one's own). */
    @RolesAllowed(Role.ADMIN_NAME)
    public StaffMember changeRoles(long id, List<String> roleNames) {
        User user = lock(id);
        StaffRoles.requireNotSelf(invocation.caller(), user, "changes the roles");
        List<Violation> v = new ArrayList<>();
        Set<Role> roles = roles(roleNames, v);
        if (!v.isEmpty()) {
            throw new RuleViolation(StaffRoles.INVALID, "These roles cannot be granted: " + v.get(0).message(), v);
        }
        if (user.hasRole(Role.APPLICANT) || user.getOrganisationId() != null) {
            throw new RuleViolation(StaffRoles.INVALID, "An applicant's account is not a staff account",
                    List.of(new Violation("id", "an applicant's account")));
        }
        StaffRoles.require(roles);
        List<String> before = roleList(user);
        user.replaceRoles(roles);
        accountChanged.fire(new AccountChanged(user.getEmail()));
        em.flush();
        User admin = callerAccount();
        mail(user, "roles", user.getDisplayName(), admin.getDisplayName(), String.join(", ", before),
                String.join(", ", roleList(user)));
        audit.record("staff.roles.changed", "User", id, "Roles of " + user.getEmail() + ": " + roleList(user),
                Map.of("before", before, "after", roleList(user)));
        return StaffMember.of(user);
    }

    /** Disables an account (never one's own): its API tokens are revoked, its sessions refused from now on. */
    @RolesAllowed(Role.ADMIN_NAME)
    public StaffMember disable(long id) {
        User user = lock(id);
        StaffRoles.requireNotSelf(invocation.caller(), user, "disables themselves");
        if (!user.isEnabled()) {
            return StaffMember.of(user);
        }
        user.disable();
        accountChanged.fire(new AccountChanged(user.getEmail()));
        int revoked = em.createQuery("update ApiToken t set t.revoked = true where t.userId = :user"
                        + " and t.revoked = false")
                .setParameter("user", id).executeUpdate();
        em.flush();
        mail(user, "disabled", user.getDisplayName(), callerAccount().getDisplayName());
        audit.record("staff.disabled", "User", id, "Account " + user.getEmail() + " disabled",
                Map.of("tokensRevoked", revoked));
        return StaffMember.of(user);
    }

    /** Enables an account again (and lifts any lockout). */
    @RolesAllowed(Role.ADMIN_NAME)
    public StaffMember enable(long id) {
        User user = lock(id);
        StaffRoles.requireNotSelf(invocation.caller(), user, "enables themselves");
        if (user.isEnabled()) {
            return StaffMember.of(user);
        }
        user.enable();
        accountChanged.fire(new AccountChanged(user.getEmail()));
        em.flush();
        mail(user, "enabled", user.getDisplayName(), callerAccount().getDisplayName(), base());
        audit.record("staff.enabled", "User", id, "Account " + user.getEmail() + " enabled", Map.of());
        return StaffMember.of(user);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Set<Role> roles(List<String> names, List<Violation> v) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> given = names == null ? List.of() : names;
        for (int i = 0; i < given.size(); i++) {
            String name = given.get(i);
            try {
                roles.add(Role.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                v.add(new Violation("roles[" + i + "]", "one of " + List.of(Role.values())));
            }
        }
        if (given.isEmpty()) {
            v.add(new Violation("roles", "at least one role"));
        }
        return roles;
    }

    private static List<String> roleList(User user) {
        return user.getRoles().stream().map(Role::name).sorted().toList();
    }

    private void mail(User to, String key, Object... arguments) {
        mails.queue(to.getEmail(), Texts.format(BUNDLE, to.getLocale(), key + ".subject", arguments),
                Texts.format(BUNDLE, to.getLocale(), key + ".body", arguments));
    }

    private String base() {
        String url = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private String link(String token) {
        return base() + "/set-password.xhtml?token=" + token;
    }

    private User find(long id) {
        User user = em.find(User.class, id);
        if (user == null) {
            throw new NotFound("user " + id);
        }
        return user;
    }

    private User lock(long id) {
        User user = em.find(User.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            throw new NotFound("user " + id);
        }
        return user;
    }

    private Optional<User> findByEmail(String email) {
        return em.createQuery("select u from User u where u.email = :email", User.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    private User callerAccount() {
        return findByEmail(invocation.caller()).orElseThrow(() -> new NotFound("caller"));
    }
}

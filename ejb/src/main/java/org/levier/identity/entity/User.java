package org.levier.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.levier.shared.control.EmailAddresses;
import org.levier.shared.entity.Role;

/**
 * A person who signs in: e-mail (lower-case, the login), display name, PBKDF2 password hash, roles and, for an
 * applicant, the organisation it acts for (by id: another component).
 *
 * <p>Sign-in lifecycle: each failed login counts; at the policy's threshold the account is locked for the policy's
 * duration and the counter starts again; while locked (or disabled) the account is refused even with the right
 * password; a successful login clears the counter and any expired lock and remembers when it happened.
 */
@Entity
@Table(name = "app_user")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false, length = 5)
    private String locale;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "email_confirmed", nullable = false)
    private boolean emailConfirmed;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected User() {
    }

    public User(String email, String displayName, String passwordHash, Set<Role> roles, Long organisationId,
                String locale, Instant createdAt) {
        this.email = normaliseEmail(Objects.requireNonNull(email, "email"));
        this.displayName = Objects.requireNonNull(displayName, "displayName").strip();
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user has at least one role");
        }
        if (roles.contains(Role.APPLICANT) && organisationId == null) {
            throw new IllegalArgumentException("an applicant acts for an organisation");
        }
        this.roles = EnumSet.copyOf(roles);
        this.organisationId = organisationId;
        this.locale = "en".equals(locale) ? "en" : "fr";
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The login form of an e-mail: trimmed, lower-case. */
    public static String normaliseEmail(String email) {
        return EmailAddresses.normalise(email);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether the account may sign in at {@code now} (password not considered). */
    public boolean canSignInAt(Instant now) {
        return enabled && !isLockedAt(now);
    }

    /**
     * Counts a failed login (a wrong password).
     *
     * @return true when this failure engaged the lock
     */
    public boolean recordFailedLogin(Instant now, LockoutPolicy policy) {
        if (isLockedAt(now)) {
            return false;
        }
        failedLogins++;
        if (failedLogins >= policy.attempts()) {
            lockedUntil = now.plus(policy.duration());
            failedLogins = 0;
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin(Instant now) {
        if (!canSignInAt(now)) {
            throw new IllegalStateException("account " + id + " may not sign in now");
        }
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "passwordHash");
    }

    public void confirmEmail() {
        this.emailConfirmed = true;
    }

    public void disable() {
        this.enabled = false;
    }

    /** Re-enables the account and lifts any lock (an administrator's decision). */
    public void enable() {
        this.enabled = true;
        this.lockedUntil = null;
        this.failedLogins = 0;
    }

    /** Replaces the roles of a staff account (the rules are {@link StaffRoles}'s, checked by the caller). */
    public void replaceRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("a user has at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /**
     * Whether a signed-in session of the account may go on: enabled and its address confirmed (or its password
     * chosen). A lockout stops new sign-ins only: failed attempts by someone else must not end the owner's session.
     */
    public boolean isActive() {
        return enabled && emailConfirmed;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * A digest of everything a verified sign-in rests on: the password hash, whether the account is enabled and
     * confirmed, its lock and its roles. A client's cached Basic credentials hold the stamp of the account as it was
     * when they were verified; any change of these (a new password, a lock, a disabled account, other roles) gives
     * another stamp, and the credentials are verified again. Never shown: it is derived from the password hash.
     */
    public String credentialStamp() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String state = String.join("\n", passwordHash, String.valueOf(enabled), String.valueOf(emailConfirmed),
                    String.valueOf(lockedUntil), String.join(",", new TreeSet<>(roleNames())));
            return HexFormat.of().formatHex(digest.digest(state.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Role names: the groups the identity store hands to the container. */
    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** The stored hash, for verification only: never to be shown or logged. */
    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isEmailConfirmed() {
        return emailConfirmed;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

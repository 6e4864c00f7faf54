package org.levier.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.audit.boundary.AuditTrail;
import org.levier.identity.control.PasswordHashing;
import org.levier.identity.entity.ApiToken;
import org.levier.identity.entity.User;
import org.levier.shared.control.Forbidden;
import org.levier.shared.entity.InstantConverter;

/**
 * Bearer tokens for the REST API: issued against an e-mail and password (a failed attempt counts towards the
 * lockout like any login), 32 random bytes shown once in base64url, stored only as their SHA-256, valid for
 * {@code levier.security.token.hours} (default 8) unless revoked. A token of a disabled or locked account is refused.
 */
@Stateless
@PermitAll
public class Tokens {

    /** A freshly issued token: the only time its value is known. */
    public record Issued(String token, Instant expiresAt) {
    }

    /** Who a valid token stands for. */
    public record Bearer(String email, Set<String> groups) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    @PersistenceContext
    EntityManager em;

    @Inject
    Users users;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "levier.security.token.hours", defaultValue = "8")
    long tokenHours;

    /**
     * A token for these credentials; empty when they are wrong (or the account may not sign in). The right password
     * of an account whose address is not confirmed is refused as {@code account.unconfirmed}: its owner is told.
     */
    public Optional<Issued> issue(String email, char[] password) {
        Users.SignIn signIn = users.authenticate(email, password);
        if (signIn.unconfirmed()) {
            throw new Forbidden("account.unconfirmed", "This address is not confirmed yet: follow the link mailed at"
                    + " registration, or ask for a new one with POST /api/v1/registrations/resend-confirmation");
        }
        if (!signIn.succeeded()) {
            return Optional.empty();
        }
        byte[] raw = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = InstantConverter.toColumnPrecision(clock.instant());
        Instant expiresAt = now.plus(Duration.ofHours(tokenHours));
        ApiToken stored = new ApiToken(PasswordHashing.sha256Hex(token), signIn.userId(), now, expiresAt);
        em.persist(stored);
        em.flush();
        audit.recordAs(signIn.email(), String.join(",", signIn.groups().stream().sorted().toList()), "token.issued",
                "ApiToken", stored.getId(), "API token issued", Map.of("expiresAt", expiresAt.toString()));
        return Optional.of(new Issued(token, expiresAt));
    }

    /** The user a token stands for, when the token is known, unexpired, unrevoked and its account may sign in. */
    public Optional<Bearer> resolve(String token) {
        Instant now = clock.instant();
        return find(token)
                .filter(pair -> pair.token().isValidAt(now) && pair.user().canSignInAt(now))
                .map(pair -> new Bearer(pair.user().getEmail(), pair.user().roleNames()));
    }

    /** Revokes a token (an API logout); false when it was not a valid token. */
    public boolean revoke(String token) {
        Instant now = clock.instant();
        Optional<TokenOfUser> found = find(token).filter(pair -> pair.token().isValidAt(now));
        found.ifPresent(pair -> {
            pair.token().revoke();
            audit.recordAs(pair.user().getEmail(), null, "token.revoked", "ApiToken", pair.token().getId(),
                    "API token revoked", Map.of());
        });
        return found.isPresent();
    }

    private record TokenOfUser(ApiToken token, User user) {
    }

    private Optional<TokenOfUser> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery(
                        "select t, u from ApiToken t, User u where t.tokenHash = :hash and u.id = t.userId",
                        Object[].class)
                .setParameter("hash", PasswordHashing.sha256Hex(token))
                .getResultList();
        return rows.stream().findFirst().map(row -> new TokenOfUser((ApiToken) row[0], (User) row[1]));
    }
}

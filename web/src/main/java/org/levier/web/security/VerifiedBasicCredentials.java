package org.levier.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.identity.boundary.AccountChanged;

/**
 * Remembers, for a short while, HTTP Basic credentials that were just verified, so that a script calling the API
 * many times signs in (PBKDF2, the user row lock and a {@code login.succeeded} audit event) once per window rather
 * than on every request. Only an HMAC of the credentials under a per-process random key is kept, never the
 * password, with the {@link org.levier.identity.entity.User#credentialStamp() credential stamp} the account had
 * when they were verified. The account is read again at most {@code levier.security.account-check-seconds} (1)
 * apart ({@link Recalled#checkedRecently()}; 0: on every request): a stamp that changed (new password, lock,
 * disabled account, other roles) makes the caller verify the credentials again, so an old password stops working
 * within that interval on every node, not at the end of the window; on the node that made the change, at once
 * ({@link AccountChanged}). Any failed attempt for the e-mail forgets it at once on this node.
 */
@ApplicationScoped
public class VerifiedBasicCredentials {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] mac, Set<String> groups, String stamp, Instant expires, Instant checked) {
    }

    /**
     * Credentials verified within the window: the groups and the account's stamp then; {@code checkedRecently} when
     * the account was read (and had that stamp) less than the check interval ago.
     */
    public record Recalled(Set<String> groups, String stamp, boolean checkedRecently) {
    }

    private final Map<String, Entry> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final ReentrantLock[] verifying = new ReentrantLock[64];

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "levier.security.basic-cache-seconds", defaultValue = "120")
    long windowSeconds;

    @Inject
    @ConfigProperty(name = "levier.security.account-check-seconds", defaultValue = "1")
    long checkSeconds;

    public VerifiedBasicCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
        Arrays.setAll(verifying, i -> new ReentrantLock());
    }

    /**
     * Runs a verification of credentials of {@code email} while no other runs for the same e-mail on this node (64
     * stripes of locks by the e-mail's hash). A client opening 32 connections at once, or the window of its
     * credentials ending while it sends hundreds of requests a second, then costs one verification (PBKDF2, one
     * audited sign-in) while the others wait for it and {@link #recall} its result; without it, each of them ran its
     * own (issue 13: 32 PBKDF2 of 210,000 rounds at each window's end, a fifth of the server's CPU in a profile of
     * the dossier list).
     */
    public <T> T oneAtATime(String email, Supplier<T> verification) {
        ReentrantLock lock = verifying[Math.floorMod(email.hashCode(), verifying.length)];
        lock.lock();
        try {
            return verification.get();
        } finally {
            lock.unlock();
        }
    }

    /** The same credentials of a caller, verified within the window. */
    public Optional<Recalled> recall(String email, char[] password) {
        Entry entry = verified.get(email);
        if (entry == null || windowSeconds <= 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!now.isBefore(entry.expires()) || !MessageDigest.isEqual(entry.mac(), mac(email, password))) {
            return Optional.empty();
        }
        return Optional.of(new Recalled(entry.groups(), entry.stamp(),
                checkSeconds > 0 && now.isBefore(entry.checked().plusSeconds(checkSeconds))));
    }

    /** Credentials just verified, against an account whose stamp was {@code stamp} before they were. */
    public void remember(String email, char[] password, Set<String> groups, String stamp) {
        if (windowSeconds <= 0) {
            return;
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        Instant now = clock.instant();
        verified.put(email, new Entry(mac(email, password), Set.copyOf(groups), stamp,
                now.plus(Duration.ofSeconds(windowSeconds)), now));
    }

    /** The account was read again and still has the stamp its credentials were verified against. */
    public void checked(String email, String stamp) {
        Instant now = clock.instant();
        verified.computeIfPresent(email, (address, entry) -> entry.stamp().equals(stamp)
                ? new Entry(entry.mac(), entry.groups(), entry.stamp(), entry.expires(), now) : null);
    }

    public void forget(String email) {
        verified.remove(email);
    }

    /** A password, roles or enabled state changed on this node: forgotten as the change commits (or not). */
    void accountChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountChanged change) {
        forget(change.email());
    }

    private byte[] mac(String email, char[] password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(email.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            hmac.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return hmac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

package org.levier.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers, for a short while, HTTP Basic credentials that were just verified, so that a script calling the API
 * many times signs in (PBKDF2, the user row lock and a {@code login.succeeded} audit event) once per window rather
 * than on every request. Only an HMAC of the credentials under a per-process random key is kept, never the
 * password. Any failed attempt for the e-mail forgets it at once, so a lockout or a password change takes effect on
 * the next request of that client at the latest when the window ends.
 */
@ApplicationScoped
public class VerifiedBasicCredentials {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] mac, Set<String> groups, Instant expires) {
    }

    private final Map<String, Entry> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "levier.security.basic-cache-seconds", defaultValue = "120")
    long windowSeconds;

    public VerifiedBasicCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The groups of a caller whose same credentials were verified within the window. */
    public Optional<Set<String>> recall(String email, char[] password) {
        Entry entry = verified.get(email);
        if (entry == null || windowSeconds <= 0) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expires()) || !MessageDigest.isEqual(entry.mac(), mac(email, password))) {
            return Optional.empty();
        }
        return Optional.of(entry.groups());
    }

    public void remember(String email, char[] password, Set<String> groups) {
        if (windowSeconds <= 0) {
            return;
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(email, new Entry(mac(email, password), Set.copyOf(groups),
                clock.instant().plus(Duration.ofSeconds(windowSeconds))));
    }

    public void forget(String email) {
        verified.remove(email);
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

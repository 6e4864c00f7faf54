package org.levier.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.identity.entity.LockoutPolicy;

/**
 * Slows password guessing without locking the owner out.
 *
 * <ul>
 *   <li>Per client address <em>and</em> account: after {@code levier.security.lockout.attempts} wrong passwords
 *       from one address, that address may not sign in to that account for {@code levier.security.lockout.minutes}
 *       — even with the right password — while the owner, from anywhere else, still can.</li>
 *   <li>Per client address: after {@code levier.limits.login.failures} failed sign-ins of any account within
 *       {@code levier.limits.login.minutes}, the address may not try again until the window ends (429 on the
 *       sign-in endpoints, a failed sign-in elsewhere).</li>
 * </ul>
 * Kept in memory (Levier runs as one node); a restart forgets them, which only helps the owner.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int SWEEP_ABOVE = 50_000;

    private record Count(Instant since, int failures, Instant lockedUntil) {
    }

    private final ConcurrentMap<String, Count> perAccount = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Count> perAddress = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "levier.limits.login.failures", defaultValue = "30")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "levier.limits.login.minutes", defaultValue = "10")
    long addressMinutes;

    public boolean isLocked(String address, long userId, Instant now) {
        Count count = perAccount.get(address + '|' + userId);
        return count != null && count.lockedUntil() != null && now.isBefore(count.lockedUntil());
    }

    /** Counts a wrong password; the moment until which this address is locked out of the account, when engaged. */
    public Optional<Instant> recordWrongPassword(String address, long userId, Instant now, LockoutPolicy policy) {
        sweep(now);
        Count count = perAccount.compute(address + '|' + userId, (key, old) -> {
            int failures = old == null || (old.lockedUntil() != null && !now.isBefore(old.lockedUntil()))
                    ? 1 : old.failures() + 1;
            Instant lockedUntil = failures >= policy.attempts() ? now.plus(policy.duration()) : null;
            return new Count(now, failures >= policy.attempts() ? 0 : failures, lockedUntil);
        });
        return Optional.ofNullable(count.lockedUntil());
    }

    public void recordSuccess(String address, long userId) {
        perAccount.remove(address + '|' + userId);
    }

    /** Counts a failed sign-in of the address, whatever the account. */
    public void recordFailure(String address, Instant now) {
        sweep(now);
        Duration window = Duration.ofMinutes(addressMinutes);
        perAddress.compute(address, (key, old) -> old == null || !now.isBefore(old.since().plus(window))
                ? new Count(now, 1, null) : new Count(old.since(), old.failures() + 1, null));
    }

    /** How long the address must wait before trying to sign in again, when it failed too often. */
    public Optional<Duration> retryAfter(String address, Instant now) {
        Count count = perAddress.get(address);
        if (count == null || count.failures() < addressFailures) {
            return Optional.empty();
        }
        Instant end = count.since().plus(Duration.ofMinutes(addressMinutes));
        return now.isBefore(end) ? Optional.of(Duration.between(now, end)) : Optional.empty();
    }

    private void sweep(Instant now) {
        if (perAccount.size() > SWEEP_ABOVE) {
            perAccount.values().removeIf(c -> c.lockedUntil() == null ? c.since().isBefore(now.minus(Duration.ofDays(1)))
                    : !now.isBefore(c.lockedUntil()));
        }
        if (perAddress.size() > SWEEP_ABOVE) {
            perAddress.values().removeIf(c -> !now.isBefore(c.since().plus(Duration.ofMinutes(addressMinutes))));
        }
    }
}

package org.levier.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
 * Kept in the cluster's data grid ({@link SharedCounters}): every node sees the same counts and locks, so a balancer
 * spreading the attempts over N nodes gives no N-fold budget; on one node without a grid, in memory (a restart
 * forgets them, which only helps the owner).
 */
@ApplicationScoped
public class LoginThrottle {

    static final String ACCOUNT = "login-account";
    static final String ADDRESS = "login-address";

    @Inject
    SharedCounters counters;

    @Inject
    @ConfigProperty(name = "levier.limits.login.failures", defaultValue = "30")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "levier.limits.login.minutes", defaultValue = "10")
    long addressMinutes;

    /** How long the failures against an account are remembered after the last one (a lock lasts less). */
    private static Duration accountKeep(Duration lock) {
        return lock.compareTo(Duration.ofDays(1)) > 0 ? lock : Duration.ofDays(1);
    }

    public boolean isLocked(String address, long userId, Instant now) {
        return counters.get(ACCOUNT, Duration.ofDays(1), address + '|' + userId)
                .map(count -> count.until() != null && now.isBefore(count.until())).orElse(false);
    }

    /** Counts a wrong password; the moment until which this address is locked out of the account, when engaged. */
    public Optional<Instant> recordWrongPassword(String address, long userId, Instant now, LockoutPolicy policy) {
        SharedCounters.Tally count = counters.update(ACCOUNT, accountKeep(policy.duration()), address + '|' + userId,
                now, old -> {
                    int failures = old == null || (old.until() != null && !now.isBefore(old.until()))
                            ? 1 : old.count() + 1;
                    Instant lockedUntil = failures >= policy.attempts() ? now.plus(policy.duration()) : null;
                    return new SharedCounters.Tally(now, failures >= policy.attempts() ? 0 : failures, lockedUntil);
                });
        return Optional.ofNullable(count.until());
    }

    public void recordSuccess(String address, long userId) {
        counters.remove(ACCOUNT, Duration.ofDays(1), address + '|' + userId);
    }

    /** Counts a failed sign-in of the address, whatever the account. */
    public void recordFailure(String address, Instant now) {
        counters.hit(ADDRESS, address, Duration.ofMinutes(addressMinutes), now);
    }

    /** How long the address must wait before trying to sign in again, when it failed too often. */
    public Optional<Duration> retryAfter(String address, Instant now) {
        Duration window = Duration.ofMinutes(addressMinutes);
        Optional<SharedCounters.Tally> count = counters.get(ADDRESS, window, address);
        if (count.isEmpty() || count.get().count() < addressFailures) {
            return Optional.empty();
        }
        Instant end = count.get().since().plus(window);
        return now.isBefore(end) ? Optional.of(Duration.between(now, end)) : Optional.empty();
    }
}

package org.levier.identity.entity;

import java.time.Duration;

/** After {@code attempts} consecutive failed logins, the account is locked for {@code duration}. */
public record LockoutPolicy(int attempts, Duration duration) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (attempts < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("lockout needs at least one attempt and a positive duration");
        }
    }
}

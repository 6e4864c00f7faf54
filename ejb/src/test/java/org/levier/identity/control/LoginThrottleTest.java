package org.levier.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.levier.identity.entity.LockoutPolicy;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));
    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    private static LoginThrottle throttle() {
        LoginThrottle throttle = new LoginThrottle();
        throttle.addressFailures = 30;
        throttle.addressMinutes = 10;
        throttle.counters = SharedCounters.inMemory();
        return throttle;
    }

    @Test
    void wrongPasswordsLockTheGuessingAddressOutOfTheAccountButNotTheOwnerElsewhere() {
        LoginThrottle throttle = throttle();
        for (int i = 1; i < 5; i++) {
            assertThat(throttle.recordWrongPassword("203.0.113.9", 7, NOW, POLICY)).isEmpty();
        }
        assertThat(throttle.recordWrongPassword("203.0.113.9", 7, NOW, POLICY)).hasValue(NOW.plus(POLICY.duration()));

        assertThat(throttle.isLocked("203.0.113.9", 7, NOW.plusSeconds(60))).isTrue();
        assertThat(throttle.isLocked("198.51.100.4", 7, NOW.plusSeconds(60))).as("the owner, elsewhere").isFalse();
        assertThat(throttle.isLocked("203.0.113.9", 8, NOW.plusSeconds(60))).as("another account").isFalse();
        assertThat(throttle.isLocked("203.0.113.9", 7, NOW.plus(POLICY.duration()))).as("the lock ends").isFalse();
    }

    @Test
    void aSuccessForgetsTheFailures() {
        LoginThrottle throttle = throttle();
        for (int i = 1; i < 5; i++) {
            throttle.recordWrongPassword("203.0.113.9", 7, NOW, POLICY);
        }
        throttle.recordSuccess("203.0.113.9", 7);

        assertThat(throttle.recordWrongPassword("203.0.113.9", 7, NOW, POLICY)).isEmpty();
    }

    @Test
    void anAddressThatFailsTooOftenWaitsUntilItsWindowEnds() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 29; i++) {
            throttle.recordFailure("203.0.113.9", NOW);
        }
        assertThat(throttle.retryAfter("203.0.113.9", NOW)).isEmpty();
        throttle.recordFailure("203.0.113.9", NOW);

        assertThat(throttle.retryAfter("203.0.113.9", NOW.plusSeconds(60))).hasValue(Duration.ofMinutes(9));
        assertThat(throttle.retryAfter("198.51.100.4", NOW)).isEmpty();
        assertThat(throttle.retryAfter("203.0.113.9", NOW.plus(Duration.ofMinutes(10)))).isEmpty();
    }
}

package org.levier.identity.entity;

import org.levier.shared.entity.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));

    private static User analyst() {
        return new User("  Alice@Levier.EXAMPLE ", "Alice", "hash", Set.of(Role.ANALYST), null, "fr", T0);
    }

    @Test
    void theCredentialStampChangesWithThePasswordTheLockTheAccountAndTheRolesNotWithASignIn() {
        User user = analyst();
        String stamp = user.credentialStamp();
        assertThat(stamp).hasSize(64).doesNotContain("hash").isEqualTo(analyst().credentialStamp());

        user.recordSuccessfulLogin(T0.plusSeconds(1));
        assertThat(user.credentialStamp()).as("a sign-in changes nothing it rests on").isEqualTo(stamp);

        user.changePassword("another hash");
        String changed = user.credentialStamp();
        assertThat(changed).isNotEqualTo(stamp);
        for (int i = 0; i < 5; i++) {
            user.recordFailedLogin(T0, POLICY);
        }
        String locked = user.credentialStamp();
        assertThat(locked).isNotEqualTo(changed);
        user.enable();
        assertThat(user.credentialStamp()).isEqualTo(changed);
        user.disable();
        assertThat(user.credentialStamp()).isNotEqualTo(changed);
        user.enable();
        user.grant(Role.AUDITOR);
        assertThat(user.credentialStamp()).isNotEqualTo(changed);
    }

    @Test
    void normalisesTheEmailToLowerCase() {
        assertThat(analyst().getEmail()).isEqualTo("alice@levier.example");
    }

    @Test
    void locksAfterFiveConsecutiveFailuresForFifteenMinutes() {
        User user = analyst();
        for (int i = 1; i <= 4; i++) {
            assertThat(user.recordFailedLogin(T0.plusSeconds(i), POLICY)).isFalse();
            assertThat(user.isLockedAt(T0.plusSeconds(i))).isFalse();
        }
        assertThat(user.recordFailedLogin(T0.plusSeconds(5), POLICY)).isTrue();
        assertThat(user.isLockedAt(T0.plusSeconds(6))).isTrue();
        assertThat(user.canSignInAt(T0.plusSeconds(6))).isFalse();
        assertThat(user.getLockedUntil()).isEqualTo(T0.plusSeconds(5).plus(Duration.ofMinutes(15)));
        assertThat(user.isLockedAt(T0.plusSeconds(5).plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(user.canSignInAt(T0.plus(Duration.ofMinutes(16)))).isTrue();
    }

    @Test
    void aSuccessfulLoginResetsTheCounter() {
        User user = analyst();
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(T0, POLICY);
        }
        user.recordSuccessfulLogin(T0.plusSeconds(1));
        assertThat(user.getFailedLogins()).isZero();
        assertThat(user.getLastLoginAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(user.recordFailedLogin(T0.plusSeconds(2), POLICY)).isFalse();
        assertThat(user.isLockedAt(T0.plusSeconds(3))).isFalse();
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        User user = analyst();
        for (int i = 0; i < 5; i++) {
            user.recordFailedLogin(T0, POLICY);
        }
        Instant lockedUntil = user.getLockedUntil();
        assertThat(user.recordFailedLogin(T0.plusSeconds(60), POLICY)).isFalse();
        assertThat(user.getLockedUntil()).isEqualTo(lockedUntil);
    }

    @Test
    void aLockedOrDisabledAccountCannotSignIn() {
        User user = analyst();
        for (int i = 0; i < 5; i++) {
            user.recordFailedLogin(T0, POLICY);
        }
        assertThatThrownBy(() -> user.recordSuccessfulLogin(T0.plusSeconds(1))).isInstanceOf(IllegalStateException.class);
        User disabled = analyst();
        disabled.disable();
        assertThat(disabled.canSignInAt(T0)).isFalse();
        disabled.enable();
        assertThat(disabled.canSignInAt(T0)).isTrue();
    }

    @Test
    void followsAConfiguredPolicy() {
        User user = analyst();
        LockoutPolicy strict = new LockoutPolicy(2, Duration.ofMinutes(1));
        user.recordFailedLogin(T0, strict);
        assertThat(user.recordFailedLogin(T0, strict)).isTrue();
        assertThat(user.getLockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    }

    @Test
    void anApplicantActsForAnOrganisation() {
        assertThatThrownBy(() -> new User("a@b.c", "A", "h", Set.of(Role.APPLICANT), null, "fr", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new User("a@b.c", "A", "h", Set.of(Role.APPLICANT), 7L, "en", T0).roleNames())
                .containsExactly("APPLICANT");
    }
}

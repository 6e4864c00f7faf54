package org.levier.identity.entity;

import org.levier.shared.entity.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.levier.shared.control.RuleViolation;

class StaffRolesTest {

    @Test
    void adminNeverSitsWithAMoneyRole() {
        assertThat(StaffRoles.check(EnumSet.of(Role.ADMIN, Role.ANALYST))).hasSize(1);
        assertThat(StaffRoles.check(EnumSet.of(Role.ADMIN, Role.FUND_DIRECTOR))).hasSize(1);
        assertThat(StaffRoles.check(EnumSet.of(Role.ADMIN, Role.AUDITOR))).isEmpty();
        assertThat(StaffRoles.check(EnumSet.of(Role.ANALYST, Role.FUND_DIRECTOR, Role.COMMITTEE_MEMBER))).isEmpty();
    }

    @Test
    void applicantIsNotAStaffRoleAndSomeRoleIsNeeded() {
        assertThat(StaffRoles.check(EnumSet.of(Role.APPLICANT))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("APPLICANT"));
        assertThat(StaffRoles.check(Set.of())).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("at least one"));
        assertThatThrownBy(() -> StaffRoles.require(EnumSet.of(Role.ADMIN, Role.ANALYST)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.key()).isEqualTo(StaffRoles.INVALID));
    }

    @Test
    void nobodyChangesTheirOwnAccount() {
        User admin = new User("Admin@Levier.example", "Admin", "hash", EnumSet.of(Role.ADMIN), null, "fr",
                Instant.EPOCH);
        assertThatThrownBy(() -> StaffRoles.requireNotSelf("admin@levier.example", admin, "changes the roles"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.key()).isEqualTo(StaffRoles.SELF));
        StaffRoles.requireNotSelf("other@levier.example", admin, "changes the roles");
    }

    @Test
    void anAccountGoesOnOnlyEnabledAndConfirmedWhateverALockout() {
        User user = new User("a@levier.example", "A", "hash", EnumSet.of(Role.ANALYST), null, "fr", Instant.EPOCH);
        Instant now = Instant.parse("2026-12-05T10:00:00Z");
        assertThat(user.isActive()).isFalse();
        user.confirmEmail();
        assertThat(user.isActive()).isTrue();
        for (int i = 0; i < 5; i++) {
            user.recordFailedLogin(now, new LockoutPolicy(5, java.time.Duration.ofMinutes(15)));
        }
        assertThat(user.canSignInAt(now)).isFalse();
        assertThat(user.isActive()).as("someone else's failed attempts do not end the owner's session").isTrue();
        user.disable();
        assertThat(user.isActive()).isFalse();
        user.enable();
        user.replaceRoles(EnumSet.of(Role.AUDITOR));
        assertThat(user.roleNames()).containsExactly("AUDITOR");
        assertThat(user.isActive()).isTrue();
    }
}

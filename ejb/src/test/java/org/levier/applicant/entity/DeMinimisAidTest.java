package org.levier.applicant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Money;

class DeMinimisAidTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

    static DeMinimisAid aid() {
        DeMinimisAid aid = new DeMinimisAid(7, LocalDate.of(2025, 6, 30), Money.eur("150000.00"), "Région",
                "a@example.org", TODAY, NOW);
        try {
            var id = DeMinimisAid.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(aid, 42L); // as persisted
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return aid;
    }

    @Test
    void aCorrectionKeepsTheValuesBeforeAndAfterWithItsReason() {
        DeMinimisAid aid = aid();
        DeMinimisCorrection c = aid.correct(LocalDate.of(2025, 7, 1), Money.eur("120000.00"), " Région Hauts-de-France ",
                " typo in the amount ", "a@example.org", TODAY, NOW);
        assertThat(c.getAidId()).isEqualTo(42L);
        assertThat(c.getPreviousAmount()).isEqualTo(Money.eur("150000.00"));
        assertThat(c.getPreviousGrantedOn()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(c.getPreviousGrantingBody()).isEqualTo("Région");
        assertThat(c.getAmount()).isEqualTo(Money.eur("120000.00"));
        assertThat(c.getGrantingBody()).isEqualTo("Région Hauts-de-France");
        assertThat(c.getReason()).isEqualTo("typo in the amount");
        assertThat(aid.getAmount()).isEqualTo(Money.eur("120000.00"));
        assertThat(aid.getGrantedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void aCorrectionNeedsAReasonAndValidValuesAndNothingChangesWhenRefused() {
        DeMinimisAid aid = aid();
        assertThatThrownBy(() -> aid.correct(LocalDate.of(2027, 1, 1), Money.ZERO, "", " ", "a", TODAY, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::field)
                        .containsExactlyInAnyOrder("reason", "grantedOn", "amount", "grantingBody"));
        assertThatThrownBy(() -> aid.correct(LocalDate.of(2025, 6, 30), Money.eur("150000.00"), "Région", "why",
                "a", TODAY, NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("de-minimis.unchanged"));
        assertThat(aid.getAmount()).isEqualTo(Money.eur("150000.00"));
    }

    @Test
    void yearZeroIsRefused() {
        assertThatThrownBy(() -> new DeMinimisAid(7, LocalDate.of(0, 1, 1), Money.eur("1.00"), "x", "a", TODAY, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::message).contains("a year between 1 and 9999"));
    }
}

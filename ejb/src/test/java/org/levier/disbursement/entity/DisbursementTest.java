package org.levier.disbursement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.levier.identity.entity.Role;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.junit.jupiter.api.Test;

class DisbursementTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    static Disbursement pending(String requester) {
        return Disbursement.request(1, 2, Instrument.GRANT, Money.eur("1000.00"), requester, Role.ANALYST,
                "  key-1 ", Set.of(5L), NOW);
    }

    @Test
    void aRequestIsPendingWithItsKeyAndEvidence() {
        Disbursement d = pending("analyst@levier.example");
        assertThat(d.getStatus()).isEqualTo(DisbursementStatus.PENDING);
        assertThat(d.idempotencyKey()).contains("key-1");
        assertThat(d.getEvidence()).containsExactly(5L);
        assertThat(d.getRequestedRole()).isEqualTo(Role.ANALYST);
        assertThat(d.isSameRequest(1, 2, Money.eur("1000.00"))).isTrue();
        assertThat(d.isSameRequest(1, 2, Money.eur("1000.01"))).isFalse();
        assertThat(Disbursement.normaliseKey("  ")).isNull();
    }

    @Test
    void aNonPositiveAmountIsRefused() {
        assertThatThrownBy(() -> Disbursement.request(1, 2, Instrument.GRANT, Money.ZERO, "a", Role.ANALYST, null,
                Set.of(), NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("disbursement.invalid"));
    }

    @Test
    void theRequesterNeverApprovesItsOwnRequestWhateverTheCase() {
        Disbursement d = pending("Analyst@Levier.example");
        assertThatThrownBy(() -> d.approve("analyst@levier.example", NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("disbursement.self-approval"));
        assertThat(d.getStatus()).isEqualTo(DisbursementStatus.PENDING);
        d.approve("director1@levier.example", NOW);
        assertThat(d.getStatus()).isEqualTo(DisbursementStatus.APPROVED);
        assertThat(d.approvedBy()).contains("director1@levier.example");
    }

    @Test
    void onlyOneApprovalAndPaymentOnlyOnceApproved() {
        Disbursement d = pending("analyst@levier.example");
        assertThatThrownBy(() -> d.pay(LocalDate.of(2026, 12, 1), "VIR-1", "director1", NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("disbursement.transition.illegal"));
        d.approve("director1@levier.example", NOW);
        assertThatThrownBy(() -> d.approve("director2@levier.example", NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("disbursement.transition.illegal"));
        assertThatThrownBy(() -> d.pay(null, " ", "director1", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.violations()).hasSize(2));
        d.pay(LocalDate.of(2026, 12, 1), " VIR-1 ", "director1", NOW);
        assertThat(d.getStatus()).isEqualTo(DisbursementStatus.PAID);
        assertThat(d.bankReference()).contains("VIR-1");
        assertThat(d.paidOn()).contains(LocalDate.of(2026, 12, 1));
    }

    @Test
    void cancellingIsPossibleBeforePaymentOnly() {
        Disbursement pending = pending("a");
        pending.cancel("director1", "duplicate", NOW);
        assertThat(pending.getStatus()).isEqualTo(DisbursementStatus.CANCELLED);
        assertThat(pending.getStatus().isEngaged()).isFalse();
        assertThatThrownBy(() -> pending.approve("director1", NOW)).isInstanceOf(RuleViolation.class);

        Disbursement approved = pending("a");
        approved.approve("d", NOW);
        approved.cancel("d", null, NOW);
        assertThat(approved.getStatus()).isEqualTo(DisbursementStatus.CANCELLED);

        Disbursement paid = pending("a");
        paid.approve("d", NOW);
        paid.pay(LocalDate.of(2026, 12, 1), "VIR", "d", NOW);
        assertThatThrownBy(() -> paid.cancel("d", null, NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("disbursement.transition.illegal"));
    }
}

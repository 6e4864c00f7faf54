package org.levier.disbursement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

class DisbursementTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final LocalDate SIGNED = LocalDate.of(2026, 11, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

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
        assertThatThrownBy(() -> d.pay(LocalDate.of(2026, 12, 1), "VIR-1", SIGNED, TODAY, "director1", NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("disbursement.transition.illegal"));
        d.approve("director1@levier.example", NOW);
        assertThatThrownBy(() -> d.approve("director2@levier.example", NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("disbursement.transition.illegal"));
        assertThatThrownBy(() -> d.pay(null, " ", SIGNED, TODAY, "director1", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.violations()).hasSize(2));
        d.pay(LocalDate.of(2026, 12, 1), " VIR-1 ", SIGNED, TODAY, "director1", NOW);
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
        assertThatThrownBy(() -> approved.cancel("d", "  ", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("disbursement.cancel.reason-required"));
        approved.cancel("d", "wrong tranche", NOW);
        assertThat(approved.cancelReason()).contains("wrong tranche");
        assertThat(approved.getStatus()).isEqualTo(DisbursementStatus.CANCELLED);

        Disbursement paid = pending("a");
        paid.approve("d", NOW);
        paid.pay(LocalDate.of(2026, 12, 1), "VIR", SIGNED, TODAY, "d", NOW);
        assertThatThrownBy(() -> paid.cancel("d", "too late", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("disbursement.transition.illegal"));
    }

    @Test
    void aValueDateIsAFactBetweenTheSignatureOrTheApprovalAndToday() {
        // approved on 2026-11-28 (Paris); signed on 2026-11-02; today 2026-12-05
        Disbursement d = pending("a");
        d.approve("d", NOW);
        assertThat(d.approvedOn()).contains(LocalDate.of(2026, 11, 28));
        for (LocalDate refused : new LocalDate[] {TODAY.plusDays(1), LocalDate.of(2026, 11, 27),
                LocalDate.of(0, 1, 1), LocalDate.MIN, LocalDate.of(10000, 1, 1)}) {
            assertThatThrownBy(() -> d.pay(refused, "VIR-9", SIGNED, TODAY, "d", NOW)).as(refused.toString())
                    .isInstanceOfSatisfying(RuleViolation.class, e -> {
                        assertThat(e.key()).isEqualTo("disbursement.value-date.invalid");
                        assertThat(e.violations()).extracting(RuleViolation.Violation::field).contains("valueDate");
                    });
        }
        assertThatThrownBy(() -> d.pay(LocalDate.of(2026, 11, 27), "VIR-9", SIGNED, TODAY, "d", NOW))
                .hasMessageContaining("not before the approval of the disbursement (2026-11-28)");
        assertThatThrownBy(() -> d.pay(LocalDate.of(2026, 11, 1), "VIR-9", SIGNED, TODAY, "d", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::message)
                        .contains("not before the agreement's signature (2026-11-02)"));
        assertThat(d.getStatus()).isEqualTo(DisbursementStatus.APPROVED);
        d.pay(TODAY, "VIR-9", SIGNED, TODAY, "d", NOW);
        assertThat(d.paidOn()).contains(TODAY);
    }
}

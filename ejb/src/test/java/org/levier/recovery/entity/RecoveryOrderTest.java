package org.levier.recovery.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Money;

class RecoveryOrderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void neverMoreThanWhatIsRecoverableNorDueInThePast() {
        assertThatThrownBy(() -> order("1000.01", TODAY.plusDays(30), "1000.00"))
                .satisfies(e -> assertThat(((RuleViolation) e).key()).isEqualTo("recovery.exceeds-paid"));
        assertThatThrownBy(() -> order("10.00", TODAY.minusDays(1), "1000.00"))
                .satisfies(e -> assertThat(((RuleViolation) e).key()).isEqualTo("recovery.invalid"));
        assertThat(order("1000.00", TODAY, "1000.00").outstanding()).isEqualTo(Money.eur("1000.00"));
    }

    @Test
    void receiptsUpToWhatIsOutstandingNeverInTheFuture() {
        RecoveryOrder order = order("400.00", TODAY.plusDays(10), "1000.00");
        order.receive(Money.eur("150.00"), TODAY, "REC-1", TODAY, "director", NOW);
        assertThat(order.outstanding()).isEqualTo(Money.eur("250.00"));
        assertThatThrownBy(() -> order.receive(Money.eur("250.01"), TODAY, "REC-2", TODAY, "director", NOW))
                .satisfies(e -> assertThat(((RuleViolation) e).key()).isEqualTo("recovery.exceeds-outstanding"));
        assertThatThrownBy(() -> order.receive(Money.eur("1.00"), TODAY.plusDays(1), "REC-3", TODAY, "director", NOW))
                .satisfies(e -> assertThat(((RuleViolation) e).key()).isEqualTo("recovery.receipt-invalid"));
        assertThat(order.isOverdue(TODAY.plusDays(11))).isTrue();
        order.receive(Money.eur("250.00"), TODAY, "REC-4", TODAY, "director", NOW);
        assertThat(order.isOverdue(TODAY.plusDays(11))).isFalse();
    }

    private static RecoveryOrder order(String amount, LocalDate dueOn, String recoverable) {
        return RecoveryOrder.order(1, 2, 3, Money.eur(amount), "Ineligible invoice", dueOn, Money.eur(recoverable),
                TODAY, "director", NOW);
    }
}

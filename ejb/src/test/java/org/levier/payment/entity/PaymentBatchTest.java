package org.levier.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Money;

class PaymentBatchTest {

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void totalsAndImmutableOnceExported() {
        PaymentBatch batch = PaymentBatch.draft(LocalDate.of(2026, 12, 8), List.of(line(1, "100.10"),
                line(2, "0.01")), "director", NOW);
        assertThat(batch.getLineCount()).isEqualTo(2);
        assertThat(batch.getTotal()).isEqualTo(Money.eur("100.11"));
        batch.exported(new byte[] {1, 2}, "abc", "director", NOW);
        assertThat(batch.getStatus()).isEqualTo(PaymentBatchStatus.EXPORTED);
        assertThatThrownBy(() -> batch.cancel("director", "late", NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> batch.exported(new byte[] {3}, "def", "director", NOW))
                .isInstanceOf(RuleViolation.class);
        assertThat(batch.file()).hasValueSatisfying(f -> assertThat(f).containsExactly(1, 2));
        batch.completed();
        assertThat(batch.getStatus()).isEqualTo(PaymentBatchStatus.COMPLETED);
    }

    @Test
    void aCancelledDraftIsNotConfirmable() {
        PaymentBatch batch = PaymentBatch.draft(LocalDate.of(2026, 12, 8), List.of(line(1, "5.00")), "d", NOW);
        assertThatThrownBy(batch::requireConfirmable).isInstanceOf(RuleViolation.class);
        batch.cancel("d", "wrong date", NOW);
        assertThat(batch.getStatus().isLive()).isFalse();
        assertThatThrownBy(batch::requireConfirmable).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> PaymentBatch.draft(LocalDate.of(2026, 12, 8), List.of(), "d", NOW))
                .isInstanceOf(RuleViolation.class);
    }

    private static PaymentBatchLine.Line line(long id, String amount) {
        return new PaymentBatchLine.Line(id, 10 + id, "TI-DK-2026-000" + id, 5, 6, "Demo",
                "FR7630006000011234567890189", "BDFEFRPP", Money.eur(amount));
    }
}

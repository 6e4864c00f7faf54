package org.levier.diligence.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.levier.shared.control.RuleViolation;

class DocumentRequestTest {

    static final Instant ASKED = Instant.parse("2026-03-20T10:00:00Z");

    static DocumentRequest dueOn(LocalDate date) {
        return DocumentRequest.ask(5, "Last three years' accounts", date, "analyst@levier.example", ASKED);
    }

    @Test
    void overdueFromMidnightInParisNotInUtcInSummer() {
        DocumentRequest request = dueOn(LocalDate.of(2026, 3, 31)); // summer time since 29 March: UTC+2

        assertThat(request.isOverdueAt(Instant.parse("2026-03-31T21:59:59Z"))).isFalse(); // 23:59:59 in Paris
        assertThat(request.isOverdueAt(Instant.parse("2026-03-31T22:00:00Z"))).isTrue();  // 00:00 on 1 April
    }

    @Test
    void overdueFromMidnightInParisInWinter() {
        DocumentRequest request = dueOn(LocalDate.of(2026, 12, 15)); // UTC+1
        assertThat(request.isOverdueAt(Instant.parse("2026-12-15T22:59:59Z"))).isFalse();
        assertThat(request.isOverdueAt(Instant.parse("2026-12-15T23:00:00Z"))).isTrue();
    }

    @Test
    void anAnsweredOrCancelledRequestIsNeverOverdueNorChangedAgain() {
        DocumentRequest answered = dueOn(LocalDate.of(2026, 3, 31));
        answered.answer(99, "applicant1@levier.example", Instant.parse("2026-04-02T08:00:00Z"));
        DocumentRequest cancelled = dueOn(LocalDate.of(2026, 3, 31));
        cancelled.cancel("Received by post", "analyst@levier.example", ASKED);

        Instant later = Instant.parse("2026-05-01T00:00:00Z");
        assertThat(answered.isOverdueAt(later)).isFalse();
        assertThat(answered.documentId()).contains(99L);
        assertThat(answered.getStatus()).isEqualTo(DocumentRequestStatus.ANSWERED);
        assertThat(cancelled.isOverdueAt(later)).isFalse();
        assertThatThrownBy(() -> answered.cancel(null, "a", later)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("diligence.request.not-open"));
        assertThatThrownBy(() -> cancelled.answer(1, "a", later)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("diligence.request.not-open"));
    }

    @Test
    void theDueDateIsNotInThePastOfParis() {
        Instant lateEvening = Instant.parse("2026-03-20T23:30:00Z"); // already 21 March in Paris

        assertThatThrownBy(() -> DocumentRequest.ask(5, "x", LocalDate.of(2026, 3, 20), "a", lateEvening))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("diligence.request.invalid");
                    assertThat(e.violations()).extracting(RuleViolation.Violation::field).containsExactly("dueDate");
                });
        assertThat(DocumentRequest.ask(5, "x", LocalDate.of(2026, 3, 21), "a", lateEvening).getStatus())
                .isEqualTo(DocumentRequestStatus.OPEN);
        assertThatThrownBy(() -> DocumentRequest.ask(5, " ", null, "a", lateEvening))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.violations()).hasSize(2));
    }
}

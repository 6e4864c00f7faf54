package org.levier.cofinancing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.levier.dossier.entity.CofinancingStatus.APPLIED;
import static org.levier.dossier.entity.CofinancingStatus.COMMITTED;
import static org.levier.dossier.entity.CofinancingStatus.PLANNED;
import static org.levier.dossier.entity.CofinancingStatus.RECEIVED;

import org.junit.jupiter.api.Test;
import org.levier.dossier.entity.CofinancingStatus;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Money;

class LedgerMovesTest {

    private static final Money SUBMITTED = Money.eur("200000.00");
    private static final Long LETTER = 41L;

    private static LedgerMoves.Move move(CofinancingStatus from, CofinancingStatus to, Money amount, Long evidence,
                                         boolean lineHasEvidence, String comment) {
        return new LedgerMoves.Move(from, to, SUBMITTED, amount, evidence, lineHasEvidence, false, comment);
    }

    private static RuleViolation refusal(LedgerMoves.Move move) {
        try {
            LedgerMoves.check(move);
        } catch (RuleViolation refused) {
            return refused;
        }
        throw new AssertionError("the move was accepted: " + move);
    }

    @Test
    void forwardMovesArePlainBelowCommittedAndMayJumpSteps() {
        assertThatCode(() -> LedgerMoves.check(move(PLANNED, APPLIED, null, null, false, null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> LedgerMoves.check(move(PLANNED, COMMITTED, null, LETTER, false, null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> LedgerMoves.check(move(APPLIED, RECEIVED, Money.eur("150000.00"), LETTER, false,
                null))).doesNotThrowAnyException();
    }

    @Test
    void committedAndReceivedNeedEvidenceGivenWithTheMove() {
        RuleViolation committed = refusal(move(APPLIED, COMMITTED, null, null, false, null));
        assertThat(committed.key()).isEqualTo("cofinancing.evidence.required");
        assertThat(committed.violations()).extracting(Violation::field).containsExactly("evidenceDocumentId");
        // The line's letter of commitment does not prove the money was received.
        assertThat(refusal(move(COMMITTED, RECEIVED, null, null, true, null)).key())
                .isEqualTo("cofinancing.evidence.required");
        // A new amount on a committed line is evidenced too.
        assertThat(refusal(move(COMMITTED, COMMITTED, Money.eur("150000.00"), null, true, null)).key())
                .isEqualTo("cofinancing.evidence.required");
    }

    @Test
    void aStepBackNeedsAJustificationAndKeepsTheEvidenceTheLineHas() {
        RuleViolation bare = refusal(move(COMMITTED, APPLIED, null, null, true, "  "));
        assertThat(bare.key()).isEqualTo("cofinancing.move.justification-required");
        assertThat(bare.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("comment");
            assertThat(v.message()).contains("COMMITTED → APPLIED");
        });
        assertThatCode(() -> LedgerMoves.check(move(COMMITTED, PLANNED, null, null, true, "Funder withdrew")))
                .doesNotThrowAnyException();
        // RECEIVED → COMMITTED (money returned): the commitment's evidence is still on the line.
        assertThatCode(() -> LedgerMoves.check(move(RECEIVED, COMMITTED, null, null, true, "Returned")))
                .doesNotThrowAnyException();
        assertThat(refusal(move(RECEIVED, COMMITTED, null, null, false, "Returned")).key())
                .isEqualTo("cofinancing.evidence.required");
    }

    @Test
    void theConfirmedAmountIsNeverNegative() {
        RuleViolation negative = refusal(move(PLANNED, APPLIED, Money.eur("-0.01"), null, false, null));
        assertThat(negative.key()).isEqualTo("cofinancing.amount.invalid");
        assertThat(negative.violations()).extracting(Violation::field).containsExactly("amount");
        assertThatCode(() -> LedgerMoves.check(move(PLANNED, APPLIED, Money.ZERO, null, false, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void aMoveThatChangesNothingIsRefused() {
        assertThat(refusal(move(APPLIED, APPLIED, null, null, false, "again")).key())
                .isEqualTo("cofinancing.move.unchanged");
        assertThat(refusal(move(APPLIED, APPLIED, Money.eur("200000.00"), null, false, null)).key())
                .isEqualTo("cofinancing.move.unchanged");
        assertThat(refusal(new LedgerMoves.Move(COMMITTED, COMMITTED, SUBMITTED, null, LETTER, true, true, null))
                .key()).isEqualTo("cofinancing.move.unchanged");
        // A second document evidencing the same line is a change (counted once all the same).
        assertThatCode(() -> LedgerMoves.check(new LedgerMoves.Move(COMMITTED, COMMITTED, SUBMITTED, null, 42L, true,
                false, null))).doesNotThrowAnyException();
        assertThatCode(() -> LedgerMoves.check(move(APPLIED, APPLIED, Money.eur("190000.00"), null, false, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        RuleViolation all = refusal(move(RECEIVED, APPLIED, Money.eur("-1.00"), null, false, null));
        assertThat(all.key()).isEqualTo("cofinancing.amount.invalid");
        assertThat(all.violations()).extracting(Violation::field).containsExactly("amount", "comment");
        assertThatThrownBy(() -> LedgerMoves.check(move(PLANNED, null, null, null, false, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("status");
    }
}

package org.levier.cofinancing.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.levier.cofinancing.entity.CofinancingStatusChange;
import org.levier.dossier.entity.CofinancingStatus;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Money;

/**
 * The rules of a move in the co-financing ledger, pure:
 * <ul>
 * <li>forward (PLANNED → APPLIED → COMMITTED → RECEIVED, steps may be skipped: a commitment may come without an
 * application) is free; a step back (a funder withdrawing its commitment, money returned) needs a justification
 * ({@code cofinancing.move.justification-required});</li>
 * <li>COMMITTED and RECEIVED are reached, and their amount changed, only with an evidence document given with the
 * move ({@code cofinancing.evidence.required}); a step back to COMMITTED keeps the evidence the line already has;</li>
 * <li>the confirmed amount is never negative and has at most two decimals ({@code cofinancing.amount.invalid});</li>
 * <li>a move that changes nothing (same status, same amount, no evidence not already attached) is refused
 * ({@code cofinancing.move.unchanged}).</li>
 * </ul>
 * Every violation is reported at once, under the key of the first.
 */
public final class LedgerMoves {

    /** The statuses that count in the committed leverage: their money is proven by a document. */
    public static final Set<CofinancingStatus> EVIDENCED = EnumSet.of(CofinancingStatus.COMMITTED,
            CofinancingStatus.RECEIVED);

    private LedgerMoves() {
    }

    /**
     * A requested move of a line.
     *
     * @param current            the amount that counts now (confirmed, otherwise submitted)
     * @param amount             the amount to confirm, null: unchanged
     * @param evidenceDocumentId the evidence given with the move, null: none
     * @param lineHasEvidence    whether the line already holds evidence
     * @param evidenceAttached   whether the evidence given is already attached to the line (nothing new)
     */
    public record Move(CofinancingStatus from, CofinancingStatus to, Money current, Money amount,
                       Long evidenceDocumentId, boolean lineHasEvidence, boolean evidenceAttached, String comment) {

        public boolean isStepBack() {
            return to != null && to.ordinal() < from.ordinal();
        }

        boolean changesAmount() {
            return amount != null && amount.compareTo(current) != 0;
        }
    }

    /** @throws RuleViolation naming every broken rule */
    public static void check(Move move) {
        List<String> keys = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        if (move.to() == null) {
            add(keys, violations, "cofinancing.move.invalid", "status", "required: one of PLANNED, APPLIED,"
                    + " COMMITTED, RECEIVED");
            refuseIfAny(keys, violations);
        }
        String comment = move.comment() == null || move.comment().isBlank() ? null : move.comment().strip();
        if (move.amount() != null) {
            if (move.amount().isNegative()) {
                add(keys, violations, "cofinancing.amount.invalid", "amount", "must not be negative");
            } else if (move.amount().amount().stripTrailingZeros().scale() > 2) {
                add(keys, violations, "cofinancing.amount.invalid", "amount", "at most 2 decimals (cents)");
            } else if (move.amount().amount().compareTo(Money.MAX) > 0) {
                add(keys, violations, "cofinancing.amount.invalid", "amount", "at most " + Money.MAX.toPlainString());
            }
        }
        if (comment != null && comment.length() > CofinancingStatusChange.COMMENT_MAX) {
            add(keys, violations, "cofinancing.move.invalid", "comment", "at most "
                    + CofinancingStatusChange.COMMENT_MAX + " characters");
        }
        if (move.isStepBack() && comment == null) {
            add(keys, violations, "cofinancing.move.justification-required", "comment", "a step back ("
                    + move.from() + " → " + move.to() + ") needs a justification");
        }
        boolean keepsEvidence = move.isStepBack() && move.lineHasEvidence();
        if (EVIDENCED.contains(move.to()) && move.evidenceDocumentId() == null && !keepsEvidence
                && (move.from() != move.to() || move.changesAmount())) {
            add(keys, violations, "cofinancing.evidence.required", "evidenceDocumentId", "a line is "
                    + move.to() + " on evidence: give the document (letter of commitment, bank statement)");
        }
        if (move.from() == move.to() && !move.changesAmount()
                && (move.evidenceDocumentId() == null || move.evidenceAttached())) {
            add(keys, violations, "cofinancing.move.unchanged", "status", "the line is already " + move.to()
                    + " at " + move.current().toPlainString() + ": nothing to change");
        }
        refuseIfAny(keys, violations);
    }

    private static void add(List<String> keys, List<Violation> violations, String key, String field,
                            String message) {
        keys.add(key);
        violations.add(new Violation(field, message));
    }

    private static void refuseIfAny(List<String> keys, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolation(keys.getFirst(), "The co-financing line cannot move: "
                    + violations.getFirst().field() + ": " + violations.getFirst().message(),
                    List.copyOf(violations));
        }
    }
}

package org.levier.dossier.entity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.levier.shared.control.Forbidden;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Role;

/**
 * Where a dossier stands in its lifecycle, with the whole transition table of the domain and, per move, the roles
 * that may make it:
 * <pre>
 * DRAFT --submit--&gt; SUBMITTED --screen--&gt; ELIGIBILITY_REVIEW --+--&gt; INELIGIBLE (end)
 *                                                             +--&gt; DUE_DILIGENCE --recommend--&gt; COMMITTEE
 * COMMITTEE --decide--&gt; APPROVED | REJECTED (end) | DUE_DILIGENCE (deferral)
 * APPROVED --sign agreement--&gt; AGREEMENT_SIGNED --first disbursement (Levier)--&gt; IN_EXECUTION
 * IN_EXECUTION --&gt; COMPLETED | TERMINATED (end)
 * DRAFT..COMMITTEE --withdraw (applicant)--&gt; WITHDRAWN (end)
 * SUBMITTED | ELIGIBILITY_REVIEW --return for completion (staff)--&gt; RETURNED_FOR_COMPLETION
 * RETURNED_FOR_COMPLETION --resubmit (applicant)--&gt; SUBMITTED; --withdraw (applicant)--&gt; WITHDRAWN (end)
 * </pre>
 * {@code RETURNED_FOR_COMPLETION} is the correction loop ("en construction" again): the staff send a submitted
 * dossier back with the list of what to fix and a due date; the applicant edits it like a draft, under the same
 * reference, and resubmits it (the submission rules again, the call's closing aside).
 * A move with no role is made by Levier itself (the first disbursement starts the execution).
 */
public enum DossierStatus {
    DRAFT, SUBMITTED, ELIGIBILITY_REVIEW, RETURNED_FOR_COMPLETION, INELIGIBLE, DUE_DILIGENCE, COMMITTEE, APPROVED, REJECTED,
    AGREEMENT_SIGNED, IN_EXECUTION, COMPLETED, TERMINATED, WITHDRAWN;

    /**
     * One legal move: its name in the domain's words, who may make it (empty: only Levier itself) and whether it
     * needs a reason (every refusal, deferral and termination is explained to the applicant).
     */
    public record Move(DossierStatus from, DossierStatus to, String name, Set<Role> roles, boolean reasonRequired) {

        public Move {
            roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        }

        public boolean allows(Role role) {
            return role != null && roles.contains(role);
        }

        public boolean isBySystem() {
            return roles.isEmpty();
        }
    }

    private static final Set<Role> APPLICANT_ONLY = EnumSet.of(Role.APPLICANT);
    private static final Set<Role> STAFF = EnumSet.of(Role.ANALYST, Role.FUND_DIRECTOR);
    private static final Set<Role> DIRECTOR = EnumSet.of(Role.FUND_DIRECTOR);
    private static final Set<Role> SYSTEM = EnumSet.noneOf(Role.class);

    private static final Map<DossierStatus, Map<DossierStatus, Move>> MOVES = new EnumMap<>(DossierStatus.class);

    static {
        move(DRAFT, SUBMITTED, "submit", APPLICANT_ONLY, false);
        move(SUBMITTED, ELIGIBILITY_REVIEW, "screen", STAFF, false);
        move(ELIGIBILITY_REVIEW, INELIGIBLE, "declare ineligible", STAFF, true);
        move(ELIGIBILITY_REVIEW, DUE_DILIGENCE, "declare eligible", STAFF, false);
        move(DUE_DILIGENCE, COMMITTEE, "recommend to the committee", STAFF, false);
        move(COMMITTEE, APPROVED, "approve", DIRECTOR, false);
        move(COMMITTEE, REJECTED, "reject", DIRECTOR, true);
        move(COMMITTEE, DUE_DILIGENCE, "defer", DIRECTOR, true);
        move(APPROVED, AGREEMENT_SIGNED, "sign the agreement", DIRECTOR, false);
        move(AGREEMENT_SIGNED, IN_EXECUTION, "first disbursement", SYSTEM, false);
        move(IN_EXECUTION, COMPLETED, "complete", DIRECTOR, false);
        move(IN_EXECUTION, TERMINATED, "terminate", DIRECTOR, true);
        move(SUBMITTED, RETURNED_FOR_COMPLETION, "return for completion", STAFF, true);
        move(ELIGIBILITY_REVIEW, RETURNED_FOR_COMPLETION, "return for completion", STAFF, true);
        move(RETURNED_FOR_COMPLETION, SUBMITTED, "resubmit", APPLICANT_ONLY, false);
        for (DossierStatus from : List.of(DRAFT, SUBMITTED, ELIGIBILITY_REVIEW, RETURNED_FOR_COMPLETION,
                DUE_DILIGENCE, COMMITTEE)) {
            move(from, WITHDRAWN, "withdraw", APPLICANT_ONLY, false);
        }
    }

    private static void move(DossierStatus from, DossierStatus to, String name, Set<Role> roles,
                             boolean reasonRequired) {
        MOVES.computeIfAbsent(from, f -> new EnumMap<>(DossierStatus.class))
                .put(to, new Move(from, to, name, roles, reasonRequired));
    }

    /** The legal moves from this status, in the order of the lifecycle. */
    public List<Move> moves() {
        return List.copyOf(MOVES.getOrDefault(this, Map.of()).values());
    }

    public Optional<Move> findMoveTo(DossierStatus target) {
        return Optional.ofNullable(MOVES.getOrDefault(this, Map.of()).get(target));
    }

    public boolean canMoveTo(DossierStatus target) {
        return findMoveTo(target).isPresent();
    }

    /** No move leaves a terminal status. */
    public boolean isTerminal() {
        return moves().isEmpty();
    }

    /**
     * The applicant edits a draft, and a dossier the staff returned to it for completion; otherwise the dossier is
     * the fund's to instruct.
     */
    public boolean isEditableByApplicant() {
        return this == DRAFT || this == RETURNED_FOR_COMPLETION;
    }

    /** Whether {@code role} may move a dossier from this status at all (for menus: what the caller may do). */
    public List<Move> movesFor(Role role) {
        return moves().stream().filter(m -> m.allows(role)).toList();
    }

    /**
     * The move to {@code target} made by {@code role} ({@code null}: Levier itself).
     *
     * @throws RuleViolation {@code dossier.transition.illegal} when the lifecycle has no such move
     * @throws Forbidden {@code dossier.transition.forbidden} when the move exists but not for this role
     */
    public Move requireMoveTo(DossierStatus target, Role role) {
        Move move = findMoveTo(target).orElseThrow(() -> new RuleViolation("dossier.transition.illegal",
                this + " → " + target + " is not a move of the dossier lifecycle",
                List.of(new RuleViolation.Violation("to", this + " → " + target + " is not allowed"))));
        boolean allowed = move.isBySystem() ? role == null : move.allows(role);
        if (!allowed) {
            throw new Forbidden("dossier.transition.forbidden", move.isBySystem()
                    ? this + " → " + target + " (" + move.name() + ") is made by Levier itself, never by hand"
                    : (role == null ? "Levier" : "the role " + role) + " may not " + move.name() + " a dossier ("
                            + this + " → " + target + "); allowed: " + move.roles());
        }
        return move;
    }
}

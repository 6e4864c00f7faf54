package org.levier.agreement.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import org.levier.budget.control.BudgetExceeded;
import org.levier.budget.control.BudgetLedger;
import org.levier.budget.entity.Room;
import org.levier.programme.entity.Programme;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Money;

/**
 * Invariant 2: a programme's commitments and reservations (the committee's approvals awaiting their agreement) stay
 * within its allotment, and an action's within its envelope when it has one ({@link BudgetLedger} defines the sums).
 * Signatures and increases of one programme queue on its row ({@link #lock}, PESSIMISTIC_WRITE), with the
 * committee's approvals, then read the sums in the database, so two concurrent moves cannot both fit in the last
 * euro. A signature turns the dossier's own reservation into its commitment: that reservation counts as available
 * to it; an approval recorded subject to funds reserved nothing, so its agreement is signed only if funds are left.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Envelopes {

    static final String KEY_PREFIX = "agreement.envelope";

    @Inject
    BudgetLedger budget;

    /** Takes the programme's row lock: the first lock of every use case that commits money. */
    public Programme lock(long programmeId) {
        return budget.lock(programmeId);
    }

    /**
     * Refuses {@code added} more commitments in the action of a programme whose lock the caller holds (an amendment's
     * increase).
     *
     * @throws RuleViolation {@code agreement.envelope.programme-exceeded} or {@code agreement.envelope.action-exceeded}
     *                       naming the figures
     */
    public void requireRoomFor(Programme lockedProgramme, long actionId, Money added) {
        budget.requireRoom(lockedProgramme, actionId, added, Money.ZERO, KEY_PREFIX);
    }

    /** The same for the signature of {@code dossierId}'s agreement: its own reservation is released by it. */
    public void requireRoomForSignature(Programme lockedProgramme, long actionId, Money commitment, long dossierId) {
        budget.requireRoom(lockedProgramme, actionId, commitment, budget.reservationOf(dossierId), KEY_PREFIX);
    }

    /** The arithmetic of invariant 2 on commitments only (no reservation), on sums already read. */
    public static void check(String programmeCode, Money allotment, Money programmeCommitted, int actionNumber,
                             Optional<Money> envelope, Money actionCommitted, Money added) {
        BudgetExceeded.require(KEY_PREFIX, programmeCode,
                new Room(allotment, programmeCommitted, Money.ZERO, Money.ZERO), actionNumber,
                envelope.map(e -> new Room(e, actionCommitted, Money.ZERO, Money.ZERO)).orElse(null), added,
                Money.ZERO);
    }
}

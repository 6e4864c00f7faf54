package org.levier.agreement.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.levier.programme.entity.Programme;
import org.levier.programme.entity.ProgrammeAction;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Money;

/**
 * Invariant 2: a programme's commitments (every agreement) stay within its allotment, and an action's within its
 * envelope when it has one. Signatures and increases of one programme queue on its row ({@link #lock},
 * PESSIMISTIC_WRITE), then sum the commitments in the database (READ COMMITTED: the sum sees every commitment
 * signed before the lock was granted), so two concurrent signatures cannot both fit in the last euro.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Envelopes {

    @PersistenceContext
    EntityManager em;

    /** Takes the programme's row lock: the first lock of every use case that commits money. */
    public Programme lock(long programmeId) {
        Programme programme = em.find(Programme.class, programmeId, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw new NotFound("programme " + programmeId);
        }
        return programme;
    }

    /**
     * Refuses {@code added} more commitments in the action of a programme whose lock the caller holds.
     *
     * @throws RuleViolation {@code agreement.envelope.programme-exceeded} or {@code agreement.envelope.action-exceeded}
     *                       naming what remains
     */
    public void requireRoomFor(Programme lockedProgramme, long actionId, Money added) {
        ProgrammeAction action = em.find(ProgrammeAction.class, actionId);
        if (action == null) {
            throw new NotFound("action " + actionId);
        }
        check(lockedProgramme.getCode(), lockedProgramme.getAllotment(), committedIn("programme_id",
                lockedProgramme.getId()), action.getNumber(), action.envelope(), committedIn("action_id", actionId),
                added);
    }

    /** The arithmetic of invariant 2, on sums already read. */
    public static void check(String programmeCode, Money allotment, Money programmeCommitted, int actionNumber,
                             Optional<Money> envelope, Money actionCommitted, Money added) {
        List<Violation> violations = new ArrayList<>();
        String key = null;
        Money programmeRoom = allotment.minus(programmeCommitted);
        if (added.isGreaterThan(programmeRoom)) {
            key = "agreement.envelope.programme-exceeded";
            violations.add(new Violation("commitment", "the programme " + programmeCode + " has "
                    + programmeRoom.toPlainString() + " left of its allotment of " + allotment.toPlainString()
                    + " (" + programmeCommitted.toPlainString() + " committed); " + added.toPlainString()
                    + " more does not fit"));
        }
        if (envelope.isPresent()) {
            Money actionRoom = envelope.get().minus(actionCommitted);
            if (added.isGreaterThan(actionRoom)) {
                key = key == null ? "agreement.envelope.action-exceeded" : key;
                violations.add(new Violation("commitment", "action " + actionNumber + " has "
                        + actionRoom.toPlainString() + " left of its envelope of " + envelope.get().toPlainString()
                        + " (" + actionCommitted.toPlainString() + " committed); " + added.toPlainString()
                        + " more does not fit"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation(key, "Commitments would exceed the envelopes: " + violations.get(0).message(),
                    violations);
        }
    }

    private Money committedIn(String column, long id) {
        // column is one of two constants of this class, never input.
        Object sum = em.createNativeQuery("SELECT COALESCE(SUM(committed_grant + committed_advance"
                        + " + committed_equity), 0) FROM agreement WHERE " + column + " = ?1")
                .setParameter(1, id)
                .getSingleResult();
        BigDecimal value = sum instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(sum));
        return Money.eur(value.setScale(2));
    }
}

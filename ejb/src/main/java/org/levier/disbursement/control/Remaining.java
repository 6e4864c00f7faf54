package org.levier.disbursement.control;

import java.util.List;
import org.levier.agreement.entity.Engaged;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * Invariant 1 as arithmetic: what may still be requested on a tranche is the smaller of what remains on the tranche
 * (its amount − engaged on it) and on its instrument (the commitment − engaged on the instrument). Engaged =
 * paid + approved + pending, read under the agreement's lock.
 */
public final class Remaining {

    private Remaining() {
    }

    /** What may still be requested on the tranche, never below zero. */
    public static Money onTranche(Money committed, Engaged instrumentEngaged, Money trancheAmount,
                                  Engaged trancheEngaged) {
        Money byInstrument = instrumentEngaged.remainingOf(committed);
        Money byTranche = trancheEngaged.remainingOf(trancheAmount);
        Money smaller = byInstrument.compareTo(byTranche) <= 0 ? byInstrument : byTranche;
        return smaller.isNegative() ? Money.ZERO : smaller;
    }

    /**
     * Refuses a request above what remains.
     *
     * @throws RuleViolation {@code disbursement.exceeds-remaining} with the remaining amount in the message
     */
    public static void requireWithin(Instrument instrument, long trancheId, Money requested, Money committed,
                                     Engaged instrumentEngaged, Money trancheAmount, Engaged trancheEngaged) {
        Money remaining = onTranche(committed, instrumentEngaged, trancheAmount, trancheEngaged);
        if (requested.isGreaterThan(remaining)) {
            throw new RuleViolation("disbursement.exceeds-remaining", "The request of " + requested.toPlainString()
                    + " exceeds what remains on tranche " + trancheId + " (" + instrument + "): "
                    + remaining.toPlainString() + " (tranche " + trancheAmount.toPlainString() + ", commitment "
                    + committed.toPlainString() + ", already paid, approved or pending on the tranche "
                    + trancheEngaged.total().toPlainString() + ", on the instrument "
                    + instrumentEngaged.total().toPlainString() + ")",
                    List.of(new Violation("amount", "at most " + remaining.toPlainString())));
        }
    }
}

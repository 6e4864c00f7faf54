package org.levier.programme.control;

import java.util.Map;
import org.levier.shared.entity.Money;

/**
 * What already holds a programme's money, per action number: the commitments of its signed agreements and the
 * reservations of its committee approvals awaiting an agreement. The budget component owns those rules and answers
 * this question; the programme component only asks it (so it depends on no other component), when a revision
 * would lower the allotment or an envelope. Called under the programme's row lock.
 */
public interface HeldFunds {

    /** Committed + reserved per action number (actions holding nothing are absent). */
    Map<Integer, Money> byAction(long programmeId);
}

package org.levier.programme.control;

import java.util.Map;
import org.levier.shared.entity.Money;

/**
 * What the signed agreements of a programme commit (their current commitments, all instruments): the agreement
 * component owns them and answers this question; the programme component only asks it (it depends on no other
 * component). In the caller's transaction.
 */
public interface CommittedFunds {

    /** The commitments of every signed agreement of the programme. */
    Money committed(long programmeId);

    /** The commitments of the programme's signed agreements per action id (actions with none are absent). */
    Map<Long, Money> committedByAction(long programmeId);
}

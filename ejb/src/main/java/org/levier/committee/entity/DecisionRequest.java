package org.levier.committee.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * A decision as the fund director proposes to record it: APPROVED with amounts per instrument (absent: zero) and
 * conditions precedent, or REJECTED / DEFERRED with reasons (required; optional for an approval). Copies keep nulls
 * so that the rules can report them. {@code subjectToFunds}: the director's explicit choice to approve beyond what
 * is left of the allotment or envelope, the approval then reserving nothing until funds are confirmed.
 */
public record DecisionRequest(DecisionOutcome outcome, Map<Instrument, Money> approved, List<String> conditions,
                              String reasons, boolean subjectToFunds) {

    public DecisionRequest(DecisionOutcome outcome, Map<Instrument, Money> approved, List<String> conditions,
                           String reasons) {
        this(outcome, approved, conditions, reasons, false);
    }

    public DecisionRequest {
        approved = approved == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(approved));
        conditions = conditions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(conditions));
    }
}

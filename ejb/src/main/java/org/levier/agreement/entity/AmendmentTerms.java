package org.levier.agreement.entity;

import java.util.List;
import java.util.Map;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * An amendment: the new commitment per instrument (an instrument left out keeps its commitment), the whole new
 * schedule (existing tranches by id, new ones without; an existing live tranche left out is withdrawn) and why.
 */
public record AmendmentTerms(Map<Instrument, Money> commitment, List<TrancheTerms> tranches, String reason) {

    public AmendmentTerms {
        commitment = commitment == null ? Map.of() : Map.copyOf(commitment);
        tranches = tranches == null ? List.of() : List.copyOf(tranches);
    }
}

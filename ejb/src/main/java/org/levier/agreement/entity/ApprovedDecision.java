package org.levier.agreement.entity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * The committee's decision an agreement is signed from: the approved amount per instrument (absent: zero) and the
 * conditions precedent. Supplied by the calling layer, which reads it from the committee component (its
 * {@code approvedAmounts(dossierId)}); the agreement keeps the approved amounts as the ceiling of every commitment.
 */
public record ApprovedDecision(long dossierId, Map<Instrument, Money> approved, List<String> conditionsPrecedent) {

    public ApprovedDecision {
        Objects.requireNonNull(approved, "approved");
        approved = Map.copyOf(approved);
        conditionsPrecedent = conditionsPrecedent == null ? List.of() : List.copyOf(conditionsPrecedent);
    }

    public Money approved(Instrument instrument) {
        return approved.getOrDefault(instrument, Money.ZERO);
    }

    /** Every instrument, zero where nothing was approved. */
    public Map<Instrument, Money> approvedByInstrument() {
        Map<Instrument, Money> all = new EnumMap<>(Instrument.class);
        for (Instrument instrument : Instrument.values()) {
            all.put(instrument, approved(instrument));
        }
        return all;
    }
}

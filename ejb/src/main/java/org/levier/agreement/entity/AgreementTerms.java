package org.levier.agreement.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * What the director signs: the date, the commitment per instrument ({@code null}: the committee's approved
 * amounts), the tranche schedule and conditions precedent added to the committee's.
 */
public record AgreementTerms(LocalDate signedOn, Map<Instrument, Money> commitment, List<TrancheTerms> tranches,
                             List<String> additionalConditions) {

    public AgreementTerms {
        tranches = tranches == null ? List.of() : List.copyOf(tranches);
        additionalConditions = additionalConditions == null ? List.of() : List.copyOf(additionalConditions);
        commitment = commitment == null ? null : Map.copyOf(commitment);
    }
}

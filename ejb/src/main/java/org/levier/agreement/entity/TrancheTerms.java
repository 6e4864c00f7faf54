package org.levier.agreement.entity;

import java.time.LocalDate;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * One line of a tranche schedule as the director writes it. {@code id} names an existing tranche in an amendment
 * (null: a new tranche); at signature it is always null.
 */
public record TrancheTerms(Long id, Instrument instrument, Money amount, LocalDate plannedOn, String milestone,
                           String conditions) {

    public static TrancheTerms of(Instrument instrument, Money amount, LocalDate plannedOn, String milestone) {
        return new TrancheTerms(null, instrument, amount, plannedOn, milestone, null);
    }
}

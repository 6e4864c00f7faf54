package org.levier.dossier.boundary;

import java.time.Instant;
import org.levier.dossier.entity.DossierStatus;
import org.levier.shared.entity.Money;

/**
 * A row of the dossier list, projected by the list query itself (one query per page, whatever its size). The
 * component types are those of the entity's attributes, which the JPQL constructor expression matches.
 */
public record DossierSummary(Long id, String reference, String title, DossierStatus status, long programmeId,
                             long callId, long actionId, long organisationId, Money requestedGrant,
                             Money requestedAdvance, Money requestedEquity, Instant submittedAt, Instant updatedAt,
                             long version) {

    public Money requestedTotal() {
        return requestedGrant.plus(requestedAdvance).plus(requestedEquity);
    }
}

package org.levier.payment.boundary;

import java.time.Instant;
import org.levier.shared.entity.Money;

/**
 * An approved disbursement not yet in a live batch, with its dossier and organisation, and whether that organisation
 * has a verified account in force (otherwise it cannot be put in a batch).
 */
public record BatchCandidate(long disbursementId, Money amount, String instrument, Instant approvedAt, long dossierId,
                             String dossierReference, long organisationId, String organisationName,
                             boolean accountInForce) {
}

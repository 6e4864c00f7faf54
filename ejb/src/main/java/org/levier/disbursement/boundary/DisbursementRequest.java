package org.levier.disbursement.boundary;

import java.util.Set;
import org.levier.shared.entity.Money;

/**
 * A request for money against a tranche: the amount, the evidence documents of the dossier (ids of its uploaded
 * documents; at least one when the applicant asks) and the client's {@code Idempotency-Key} (optional).
 */
public record DisbursementRequest(long trancheId, Money amount, Set<Long> evidenceDocumentIds,
                                  String idempotencyKey) {

    public DisbursementRequest {
        evidenceDocumentIds = evidenceDocumentIds == null ? Set.of() : Set.copyOf(evidenceDocumentIds);
    }
}

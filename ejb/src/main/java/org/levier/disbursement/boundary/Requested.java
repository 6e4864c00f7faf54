package org.levier.disbursement.boundary;

import org.levier.disbursement.entity.Disbursement;

/**
 * The outcome of a request: the disbursement and whether it is the replay of an earlier request with the same
 * Idempotency-Key (then nothing was created and the first result is returned, in its current state).
 */
public record Requested(Disbursement disbursement, boolean replay) {
}

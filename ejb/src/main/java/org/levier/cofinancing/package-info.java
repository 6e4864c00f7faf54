/**
 * The co-financing ledger: from submission on, the fund's staff follow each line of a dossier's financing plan
 * (the dossier component's {@code CofinancingLine}, referred to by id) through PLANNED, APPLIED, COMMITTED and
 * RECEIVED, with the documents that evidence it. Invariants: a line is counted once whatever its evidence (evidence
 * is a list of documents of the same dossier, never a new line); COMMITTED and RECEIVED are reached only with
 * evidence; a step back needs a justification; every move appends a history row and an audit event.
 */
package org.levier.cofinancing;

package org.levier.committee.entity;

/** What the committee decides for a dossier: APPROVED and REJECTED end the instruction, DEFERRED sends it back. */
public enum DecisionOutcome {
    APPROVED, REJECTED, DEFERRED
}

package org.levier.diligence.entity;

/** What the analyst recommends to the committee. */
public enum RecommendationOutcome {
    APPROVE, REJECT, DEFER
}

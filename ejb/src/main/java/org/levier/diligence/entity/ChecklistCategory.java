package org.levier.diligence.entity;

/** The categories of the checklist; {@code ELIGIBILITY} is the screening's, the others are due diligence's. */
public enum ChecklistCategory {
    ELIGIBILITY, LEGAL, FINANCIAL, TECHNICAL, STATE_AID, ENVIRONMENT_IMPACT, KYC
}

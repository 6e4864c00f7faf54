package org.levier.diligence.entity;

/** What the analyst rates, each from 1 (low risk) to 5 (high risk). */
public enum RiskDimension {
    FINANCIAL, TECHNICAL, MARKET, GOVERNANCE
}

package org.levier.shared.entity;

/** How the fund invests: a grant, a repayable advance, or an equity stake. */
public enum Instrument {
    GRANT, REPAYABLE_ADVANCE, EQUITY
}

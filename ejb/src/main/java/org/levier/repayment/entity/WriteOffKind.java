package org.levier.repayment.entity;

/** A failure written off in part (the balance stays due) or in whole (nothing is due any more). */
public enum WriteOffKind {
    PARTIAL, TOTAL
}

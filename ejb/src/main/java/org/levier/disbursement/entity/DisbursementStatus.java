package org.levier.disbursement.entity;

/**
 * PENDING --approve (director, not the requester)--&gt; APPROVED --pay--&gt; PAID (end);
 * PENDING or APPROVED --cancel--&gt; CANCELLED (end). Pending, approved and paid amounts are engaged; cancelled
 * ones are not.
 */
public enum DisbursementStatus {
    PENDING, APPROVED, PAID, CANCELLED;

    public boolean isEngaged() {
        return this != CANCELLED;
    }
}

package org.levier.payment.entity;

/** DRAFT -> EXPORTED (file out, immutable) -> COMPLETED (every line paid); DRAFT -> CANCELLED. */
public enum PaymentBatchStatus {
    DRAFT, EXPORTED, COMPLETED, CANCELLED;

    /** A live batch holds its disbursements. */
    public boolean isLive() {
        return this != CANCELLED;
    }
}

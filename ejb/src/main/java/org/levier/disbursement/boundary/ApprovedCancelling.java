package org.levier.disbursement.boundary;

/**
 * An approved disbursement is about to be cancelled: fired synchronously by {@link Disbursements#cancel}, inside its
 * transaction, after the agreement's and the disbursement's locks were taken. Observers refuse by throwing, which
 * refuses the cancellation: the payment component, while the disbursement sits in a live payment batch (the bank
 * may pay it).
 */
public record ApprovedCancelling(long disbursementId) {
}

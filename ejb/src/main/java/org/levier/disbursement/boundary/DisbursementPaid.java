package org.levier.disbursement.boundary;

import java.time.LocalDate;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * A disbursement was paid: fired synchronously by the one pay path ({@link Disbursements#pay}), inside its
 * transaction, after the agreement's lock was taken. Observers (a repayment schedule rebuilt on the advance paid, an
 * equity stake's investment) refuse by throwing, which refuses the payment.
 */
public record DisbursementPaid(long disbursementId, long agreementId, long dossierId, Instrument instrument,
                               Money amount, LocalDate valueDate) {
}

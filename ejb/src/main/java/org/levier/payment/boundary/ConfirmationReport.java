package org.levier.payment.boundary;

import java.time.LocalDate;
import java.util.List;
import org.levier.payment.entity.PaymentBatchStatus;

/** What a confirmation did, line by line: only {@code PAID} lines changed anything. */
public record ConfirmationReport(long batchId, PaymentBatchStatus batchStatus, int paid, List<Outcome> lines) {

    /** How a line was matched. */
    public enum Result {
        PAID, ALREADY_PAID, UNMATCHED, DUPLICATE, AMOUNT_MISMATCH, INVALID, REFUSED
    }

    /** One confirmed line and its result; {@code reference} is what the bank (or the director) said. */
    public record Outcome(String endToEndId, Long disbursementId, Result result, LocalDate valueDate,
                          String bankReference, String message) {
    }
}

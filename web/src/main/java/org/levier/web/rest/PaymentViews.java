package org.levier.web.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.levier.banking.entity.BankAccount;
import org.levier.payment.boundary.BatchCandidate;
import org.levier.payment.entity.PaymentBatch;
import org.levier.payment.entity.PaymentBatchLine;
import org.levier.recovery.entity.RecoveryOrder;
import org.levier.recovery.entity.RecoveryReceipt;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Money;

/** JSON shapes of bank accounts, payment batches and recoveries (money as strings with two decimals). */
final class PaymentViews {

    /** A version of a bank account; {@code iban} is masked except for the fund's staff. */
    public record BankAccountJson(long id, long organisationId, String status, boolean inForce, String iban,
                                  String bic, String holder, long evidenceDocumentId, String declaredBy,
                                  String declaredAt, String verifiedBy, String verifiedAt) {
    }

    /** The bank account body: {@code {"iban","bic","holder","evidenceDocumentId"}}. */
    public record BankAccountBody(String iban, String bic, String holder, Long evidenceDocumentId) {
    }

    /** A batch line. */
    public record LineJson(int position, long disbursementId, long dossierId, String dossierReference,
                           long organisationId, String creditorName, String creditorIban, String creditorBic,
                           String amount) {
    }

    /** A batch. */
    public record BatchJson(long id, String status, String messageId, String executionDate, int numberOfTransactions,
                            String controlSum, String createdBy, String createdAt, String exportedAt,
                            String fileSha256, String cancelReason, List<LineJson> lines) {
    }

    /** A page of batches. */
    public record BatchList(List<BatchJson> items, int page, int size, long total) {
    }

    /** The batch body: {@code {"disbursementIds":[…],"executionDate"}}. */
    public record BatchBody(List<Long> disbursementIds, String executionDate) {
    }

    /** A disbursement a batch may gather. */
    public record CandidateJson(long disbursementId, String amount, String instrument, String approvedAt,
                                long dossierId, String dossierReference, long organisationId,
                                String organisationName, boolean accountInForce) {
    }

    /** A recovery order with what is outstanding. */
    public record RecoveryJson(long id, long dossierId, String amount, String received, String outstanding,
                               String reason, String dueOn, boolean overdue, String orderedBy, String orderedAt) {
    }

    /** A receipt. */
    public record ReceiptJson(long id, long orderId, String amount, String receivedOn, String bankReference,
                              String recordedBy, String recordedAt) {
    }

    private PaymentViews() {
    }

    static BankAccountJson of(BankAccount a, boolean fullIban) {
        return new BankAccountJson(a.getId(), a.getOrganisationId(), a.getStatus().name(), a.isInForce(),
                fullIban ? a.getIban() : a.maskedIban(), a.getBic(), a.getHolder(), a.getEvidenceId(),
                a.getDeclaredBy(), ApiFormat.instant(a.getDeclaredAt()), a.verifiedBy().orElse(null),
                a.verifiedAt().map(ApiFormat::instant).orElse(null));
    }

    static BatchJson of(PaymentBatch b) {
        return new BatchJson(b.getId(), b.getStatus().name(), b.getMessageId(), b.getExecutionDate().toString(),
                b.getLineCount(), b.getTotal().toPlainString(), b.getCreatedBy(), ApiFormat.instant(b.getCreatedAt()),
                b.exportedAt().map(ApiFormat::instant).orElse(null), b.fileSha256().orElse(null),
                b.cancelReason().orElse(null), b.getLines().stream().map(PaymentViews::of).toList());
    }

    static LineJson of(PaymentBatchLine l) {
        return new LineJson(l.getPosition(), l.getDisbursementId(), l.getDossierId(), l.getDossierReference(),
                l.getOrganisationId(), l.getCreditorName(), l.getCreditorIban(), l.getCreditorBic(),
                l.getAmount().toPlainString());
    }

    static CandidateJson of(BatchCandidate c) {
        return new CandidateJson(c.disbursementId(), c.amount().toPlainString(), c.instrument(),
                c.approvedAt() == null ? null : ApiFormat.instant(c.approvedAt()), c.dossierId(),
                c.dossierReference(), c.organisationId(), c.organisationName(), c.accountInForce());
    }

    static RecoveryJson of(RecoveryOrder o, LocalDate today) {
        return new RecoveryJson(o.getId(), o.getDossierId(), o.getAmount().toPlainString(),
                o.getReceived().toPlainString(), o.outstanding().toPlainString(), o.getReason(),
                o.getDueOn().toString(), o.isOverdue(today), o.getOrderedBy(), ApiFormat.instant(o.getOrderedAt()));
    }

    static ReceiptJson of(RecoveryReceipt r) {
        return new ReceiptJson(r.getId(), r.getOrderId(), r.getAmount().toPlainString(), r.getReceivedOn().toString(),
                r.getBankReference(), r.getRecordedBy(), ApiFormat.instant(r.getRecordedAt()));
    }

    /** An ISO date of a body, or a 422 naming the field. */
    static LocalDate date(String value, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "required: an ISO date, e.g. 2026-12-31"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "an ISO date, e.g. 2026-12-31"));
            return null;
        }
    }

    /** An amount of a body (a string with at most two decimals), or a 422 naming the field. */
    static Money money(String value, String field, List<Violation> violations) {
        try {
            return Money.eur(value == null ? "" : value.strip());
        } catch (IllegalArgumentException | ArithmeticException e) {
            violations.add(new Violation(field, "an amount as a string with at most two decimals, e.g. \"1500.00\""));
            return null;
        }
    }

    static void refuseIfAny(String key, String title, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolation(key, title, violations);
        }
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new RuleViolation("request.required", "A JSON body is required",
                    List.of(new Violation("request", "required")));
        }
        return body;
    }
}

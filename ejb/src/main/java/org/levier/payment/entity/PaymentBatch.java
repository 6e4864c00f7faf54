package org.levier.payment.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Money;

/**
 * A payment batch. Lifecycle: made DRAFT by a fund director from approved disbursements; EXPORTED once, when its
 * SEPA file is produced (the bytes and their SHA-256 are kept: the batch and its file never change afterwards);
 * COMPLETED when the bank confirmed every line; or CANCELLED while still a draft, which frees its disbursements.
 */
@Entity
@Table(name = "payment_batch")
public class PaymentBatch {

    public static final int MAX_LINES = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentBatchStatus status;

    @Column(name = "execution_date", nullable = false)
    private LocalDate executionDate;

    @Column(name = "message_id", nullable = false, length = 35)
    private String messageId;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(nullable = false, precision = 15, scale = 2)
    private Money total;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "exported_by", length = 254)
    private String exportedBy;

    @Column(name = "exported_at")
    private Instant exportedAt;

    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "file_content")
    private byte[] fileContent;

    @Column(name = "cancelled_by", length = 254)
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 2000)
    private String cancelReason;

    @OneToMany(mappedBy = "batch", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<PaymentBatchLine> lines = new ArrayList<>();

    protected PaymentBatch() {
    }

    /**
     * A draft batch of the given lines (at least one, at most {@link #MAX_LINES}); the message id is set once the
     * batch has its id ({@link #identify}).
     */
    public static PaymentBatch draft(LocalDate executionDate, List<PaymentBatchLine.Line> lines, String creator,
                                     Instant now) {
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new RuleViolation("payment-batch.invalid", "A batch holds 1 to " + MAX_LINES + " disbursements",
                    List.of(new Violation("disbursementIds", "1 to " + MAX_LINES + " approved disbursements")));
        }
        PaymentBatch batch = new PaymentBatch();
        batch.status = PaymentBatchStatus.DRAFT;
        batch.executionDate = Objects.requireNonNull(executionDate, "executionDate");
        // Unique placeholder until the id is known (the column is unique and not null).
        batch.messageId = "NEW-" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 30);
        batch.createdBy = Objects.requireNonNull(creator, "creator");
        batch.createdAt = Objects.requireNonNull(now, "now");
        Money total = Money.ZERO;
        int position = 0;
        for (PaymentBatchLine.Line line : lines) {
            batch.lines.add(new PaymentBatchLine(batch, ++position, line));
            total = total.plus(line.amount());
        }
        batch.lineCount = lines.size();
        batch.total = total;
        return batch;
    }

    /** The group header's message id, from the batch's id (SEPA characters only, at most 35). */
    public void identify() {
        messageId = "LEVIER-BATCH-" + id;
    }

    /** Keeps the exported file; a batch is exported once. */
    public void exported(byte[] file, String sha256, String by, Instant now) {
        requireStatus(PaymentBatchStatus.DRAFT, "exported");
        status = PaymentBatchStatus.EXPORTED;
        fileContent = file.clone();
        fileSha256 = Objects.requireNonNull(sha256, "sha256");
        exportedBy = by;
        exportedAt = now;
    }

    /** Frees the disbursements of a batch that never left. */
    public void cancel(String by, String reason, Instant now) {
        requireStatus(PaymentBatchStatus.DRAFT, "cancelled");
        status = PaymentBatchStatus.CANCELLED;
        lines.forEach(PaymentBatchLine::release);
        cancelledBy = by;
        cancelledAt = now;
        cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Every line is paid. */
    public void completed() {
        if (status == PaymentBatchStatus.EXPORTED) {
            status = PaymentBatchStatus.COMPLETED;
        }
    }

    /** A confirmation concerns money that left: the file was exported. */
    public void requireConfirmable() {
        if (status != PaymentBatchStatus.EXPORTED && status != PaymentBatchStatus.COMPLETED) {
            throw new RuleViolation("payment-batch.not-exported", "Only an exported batch is confirmed; this one is "
                    + status, List.of(new Violation("status", String.valueOf(status))));
        }
    }

    public Optional<PaymentBatchLine> lineOf(long disbursementId) {
        return lines.stream().filter(l -> l.getDisbursementId() == disbursementId).findFirst();
    }

    private void requireStatus(PaymentBatchStatus expected, String move) {
        if (status != expected) {
            throw new RuleViolation("payment-batch.transition.illegal", "A " + status + " batch cannot be " + move
                    + ": the batch is immutable once exported", List.of(new Violation("status",
                    String.valueOf(status))));
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public PaymentBatchStatus getStatus() {
        return status;
    }

    public LocalDate getExecutionDate() {
        return executionDate;
    }

    public String getMessageId() {
        return messageId;
    }

    public int getLineCount() {
        return lineCount;
    }

    public Money getTotal() {
        return total;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<String> exportedBy() {
        return Optional.ofNullable(exportedBy);
    }

    public Optional<Instant> exportedAt() {
        return Optional.ofNullable(exportedAt);
    }

    public Optional<String> fileSha256() {
        return Optional.ofNullable(fileSha256);
    }

    public Optional<byte[]> file() {
        return Optional.ofNullable(fileContent).map(byte[]::clone);
    }

    public Optional<String> cancelledBy() {
        return Optional.ofNullable(cancelledBy);
    }

    public Optional<String> cancelReason() {
        return Optional.ofNullable(cancelReason);
    }

    public List<PaymentBatchLine> getLines() {
        return List.copyOf(lines);
    }
}

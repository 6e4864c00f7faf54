package org.levier.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A confirmation that paid at least one line of a batch (append-only): where it came from and its SHA-256. */
@Entity
@Table(name = "payment_confirmation")
public class PaymentConfirmation {

    /** A bank file or a director's lines. */
    public enum Source {
        CAMT054, MANUAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id", nullable = false)
    private long batchId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Source source;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "paid_count", nullable = false)
    private int paidCount;

    @Column(name = "report_count", nullable = false)
    private int reportCount;

    @Column(name = "imported_by", nullable = false, length = 254)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected PaymentConfirmation() {
    }

    public PaymentConfirmation(long batchId, Source source, String sha256, int paidCount, int reportCount,
                               String importedBy, Instant importedAt) {
        this.batchId = batchId;
        this.source = source;
        this.sha256 = sha256;
        this.paidCount = paidCount;
        this.reportCount = reportCount;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public Long getId() {
        return id;
    }
}

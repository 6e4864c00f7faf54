package org.levier.recovery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.levier.shared.entity.Money;

/** Money received on a recovery order (append-only). */
@Entity
@Table(name = "recovery_receipt")
public class RecoveryReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @Column(name = "agreement_id", nullable = false)
    private long agreementId;

    @Column(nullable = false, precision = 15, scale = 2)
    private Money amount;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "bank_reference", nullable = false, length = 60)
    private String bankReference;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RecoveryReceipt() {
    }

    /** {@code orderId}: the order's id (null only for an order not stored yet, as in unit tests). */
    RecoveryReceipt(Long orderId, long agreementId, Money amount, LocalDate receivedOn, String bankReference,
                    String recordedBy, Instant recordedAt) {
        this.orderId = orderId;
        this.agreementId = agreementId;
        this.amount = amount;
        this.receivedOn = receivedOn;
        this.bankReference = bankReference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Money getAmount() {
        return amount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getBankReference() {
        return bankReference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}

package org.levier.cofinancing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.levier.dossier.entity.CofinancingStatus;
import org.levier.shared.entity.Money;

/**
 * One move of a co-financing line in the ledger, as it was made: from and to which status, the amount before and
 * after, the evidence document given with it, the justification, who and when. Append-only: every column is
 * written once, there is no method that changes a row.
 */
@Entity
@Table(name = "cofinancing_status_change")
public class CofinancingStatusChange {

    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "line_id", nullable = false, updatable = false)
    private long lineId;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private long dossierId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false, length = 20)
    private CofinancingStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 20)
    private CofinancingStatus toStatus;

    @Column(name = "previous_amount", nullable = false, updatable = false)
    private Money previousAmount;

    @Column(nullable = false, updatable = false)
    private Money amount;

    @Column(name = "evidence_document_id", updatable = false)
    private Long evidenceDocumentId;

    @Column(name = "comment_text", updatable = false, length = COMMENT_MAX)
    private String comment;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 254)
    private String changedBy;

    @Column(name = "changed_role", nullable = false, updatable = false, length = 30)
    private String changedRole;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected CofinancingStatusChange() {
    }

    public CofinancingStatusChange(long lineId, long dossierId, CofinancingStatus fromStatus,
                                   CofinancingStatus toStatus, Money previousAmount, Money amount,
                                   Long evidenceDocumentId, String comment, String changedBy, String changedRole,
                                   Instant changedAt) {
        this.lineId = lineId;
        this.dossierId = dossierId;
        this.fromStatus = Objects.requireNonNull(fromStatus, "fromStatus");
        this.toStatus = Objects.requireNonNull(toStatus, "toStatus");
        this.previousAmount = Objects.requireNonNull(previousAmount, "previousAmount");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.evidenceDocumentId = evidenceDocumentId;
        this.comment = comment;
        this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
        this.changedRole = Objects.requireNonNull(changedRole, "changedRole");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    }

    public Long getId() {
        return id;
    }

    public long getLineId() {
        return lineId;
    }

    public long getDossierId() {
        return dossierId;
    }

    public CofinancingStatus getFromStatus() {
        return fromStatus;
    }

    public CofinancingStatus getToStatus() {
        return toStatus;
    }

    public Money getPreviousAmount() {
        return previousAmount;
    }

    public Money getAmount() {
        return amount;
    }

    public Optional<Long> evidenceDocumentId() {
        return Optional.ofNullable(evidenceDocumentId);
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getChangedRole() {
        return changedRole;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}

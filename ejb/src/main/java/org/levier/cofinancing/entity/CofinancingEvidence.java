package org.levier.cofinancing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A document (of the document component, by id) that evidences a co-financing line (of the dossier component, by
 * id): a letter of intent, a signed commitment, a bank statement. Immutable; a line holds each document at most once.
 */
@Entity
@Table(name = "cofinancing_evidence")
public class CofinancingEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "line_id", nullable = false, updatable = false)
    private long lineId;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private long dossierId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "attached_by", nullable = false, updatable = false, length = 254)
    private String attachedBy;

    @Column(name = "attached_at", nullable = false, updatable = false)
    private Instant attachedAt;

    protected CofinancingEvidence() {
    }

    public CofinancingEvidence(long lineId, long dossierId, long documentId, String attachedBy, Instant attachedAt) {
        this.lineId = lineId;
        this.dossierId = dossierId;
        this.documentId = documentId;
        this.attachedBy = Objects.requireNonNull(attachedBy, "attachedBy");
        this.attachedAt = Objects.requireNonNull(attachedAt, "attachedAt");
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

    public long getDocumentId() {
        return documentId;
    }

    public String getAttachedBy() {
        return attachedBy;
    }

    public Instant getAttachedAt() {
        return attachedAt;
    }
}

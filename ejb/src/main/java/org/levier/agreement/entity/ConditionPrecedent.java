package org.levier.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A condition to be met before any money is released (e.g. "proof of the bank loan"), met on a date with its evidence
 * document; withdrawn with a reason only while no money depends on it.
 */
@Entity
@Table(name = "agreement_condition")
public class ConditionPrecedent {

    public static final int DESCRIPTION_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false)
    private boolean met;

    @Column(name = "met_on")
    private LocalDate metOn;

    @Column(name = "met_by", length = 254)
    private String metBy;

    @Column(name = "met_at")
    private Instant metAt;

    @Column(name = "evidence_document_id")
    private Long evidenceDocumentId;

    @Column(name = "withdrawn_reason", length = Agreement.REASON_MAX)
    private String withdrawnReason;

    @Column(name = "withdrawn_by", length = 254)
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected ConditionPrecedent() {
    }

    ConditionPrecedent(Agreement agreement, int position, String description) {
        this.agreement = agreement;
        this.position = position;
        this.description = description;
    }

    void markMet(LocalDate on, Long evidence, String by, Instant at) {
        this.met = true;
        this.metOn = on;
        this.evidenceDocumentId = evidence;
        this.metBy = by;
        this.metAt = at;
    }

    /** Back to unmet; the last withdrawal's reason is kept (the audit trail keeps every one). */
    void withdrawMet(String reason, String by, Instant at) {
        this.met = false;
        this.metOn = null;
        this.evidenceDocumentId = null;
        this.metBy = null;
        this.metAt = null;
        this.withdrawnReason = reason;
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    public Optional<Long> evidenceDocumentId() {
        return Optional.ofNullable(evidenceDocumentId);
    }

    public Optional<String> withdrawnReason() {
        return Optional.ofNullable(withdrawnReason);
    }

    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }

    public boolean isMet() {
        return met;
    }

    public Optional<LocalDate> metOn() {
        return Optional.ofNullable(metOn);
    }

    public Optional<String> metBy() {
        return Optional.ofNullable(metBy);
    }

    public Optional<Instant> metAt() {
        return Optional.ofNullable(metAt);
    }
}

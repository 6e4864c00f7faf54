package org.levier.repayment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.levier.shared.entity.Money;

/** The failure of the project ("constat d'échec") recorded as a write-off, by a decision with its reference. */
@Entity
@Table(name = "repayment_write_off")
public class WriteOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id")
    private RepaymentSchedule schedule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private WriteOffKind kind;

    @Column(nullable = false)
    private Money amount;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "decision_reference", nullable = false, length = 100)
    private String decisionReference;

    @Column(length = 2000)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected WriteOff() {
    }

    WriteOff(RepaymentSchedule schedule, WriteOffKind kind, Money amount, LocalDate decidedOn,
             String decisionReference, String reason, String recordedBy, Instant recordedAt) {
        this.schedule = schedule;
        this.kind = kind;
        this.amount = amount;
        this.decidedOn = decidedOn;
        this.decisionReference = decisionReference;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public WriteOffKind getKind() {
        return kind;
    }

    public Money getAmount() {
        return amount;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}

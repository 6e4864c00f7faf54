package org.levier.equity.entity;

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
import org.levier.shared.entity.Money;

/** The value of the shares the fund held on a date, and how it was established. */
@Entity
@Table(name = "equity_valuation")
public class Valuation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stake_id")
    private EquityStake stake;

    @Column(name = "valued_on", nullable = false)
    private LocalDate valuedOn;

    @Column(nullable = false)
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ValuationMethod method;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Valuation() {
    }

    Valuation(EquityStake stake, LocalDate valuedOn, Money amount, ValuationMethod method, String recordedBy,
              Instant recordedAt) {
        this.stake = stake;
        this.valuedOn = valuedOn;
        this.amount = amount;
        this.method = method;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getValuedOn() {
        return valuedOn;
    }

    public Money getAmount() {
        return amount;
    }

    public ValuationMethod getMethod() {
        return method;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}

package org.levier.dossier.entity;

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
import org.levier.shared.entity.Money;

/** A resource of the financing plan other than the fund: who brings how much, and how sure it is. */
@Entity
@Table(name = "dossier_cofinancing")
public class CofinancingLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 30)
    private SourceType sourceType;

    @Column(nullable = false, length = 200)
    private String funder;

    @Column(nullable = false)
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CofinancingStatus status;

    protected CofinancingLine() {
    }

    CofinancingLine(Dossier dossier, int position, SourceType sourceType, String funder, Money amount,
                    CofinancingStatus status) {
        this.dossier = dossier;
        this.position = position;
        this.sourceType = sourceType;
        this.funder = funder;
        this.amount = amount;
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public SourceType getSourceType() {
        return sourceType;
    }

    public String getFunder() {
        return funder;
    }

    public Money getAmount() {
        return amount;
    }

    public CofinancingStatus getStatus() {
        return status;
    }
}

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

/** A condition to be met before any money is released (e.g. "proof of the bank loan"); once met, it stays met. */
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

    protected ConditionPrecedent() {
    }

    ConditionPrecedent(Agreement agreement, int position, String description) {
        this.agreement = agreement;
        this.position = position;
        this.description = description;
    }

    void markMet(LocalDate on, String by, Instant at) {
        this.met = true;
        this.metOn = on;
        this.metBy = by;
        this.metAt = at;
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

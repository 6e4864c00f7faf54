package org.levier.agreement.entity;

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
import java.time.LocalDate;
import java.util.Optional;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * A tranche of the schedule: an amount of one instrument planned for a date and a milestone. Changed only by its
 * agreement (amendments); withdrawn rather than deleted, since disbursements refer to it.
 */
@Entity
@Table(name = "agreement_tranche")
public class Tranche {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Instrument instrument;

    @Column(nullable = false)
    private Money amount;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(nullable = false, length = 300)
    private String milestone;

    @Column(length = 2000)
    private String conditions;

    @Column(nullable = false)
    private boolean withdrawn;

    protected Tranche() {
    }

    Tranche(Agreement agreement, int position, TrancheTerms terms) {
        this.agreement = agreement;
        this.position = position;
        this.instrument = terms.instrument();
        apply(position, terms);
    }

    void apply(int newPosition, TrancheTerms terms) {
        this.position = newPosition;
        this.amount = terms.amount();
        this.plannedOn = terms.plannedOn();
        this.milestone = terms.milestone().strip();
        this.conditions = terms.conditions() == null || terms.conditions().isBlank() ? null
                : terms.conditions().strip();
        this.withdrawn = false;
    }

    void withdraw() {
        this.withdrawn = true;
    }

    public Long getId() {
        return id;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public int getPosition() {
        return position;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public Money getAmount() {
        return amount;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public String getMilestone() {
        return milestone;
    }

    public Optional<String> conditions() {
        return Optional.ofNullable(conditions);
    }

    /** A withdrawn tranche (by an amendment) counts for nothing and takes no new request. */
    public boolean isWithdrawn() {
        return withdrawn;
    }
}

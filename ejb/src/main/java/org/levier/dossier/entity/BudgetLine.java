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
import java.util.Optional;
import org.levier.shared.entity.Money;

/** A cost of the project; whether it is eligible is decided during due diligence (unknown until then). */
@Entity
@Table(name = "dossier_budget_line")
public class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private BudgetCategory category;

    @Column(nullable = false, length = 300)
    private String label;

    @Column(nullable = false)
    private Money amount;

    private Boolean eligible;

    protected BudgetLine() {
    }

    BudgetLine(Dossier dossier, int position, BudgetCategory category, String label, Money amount) {
        this.dossier = dossier;
        this.position = position;
        this.category = category;
        this.label = label;
        this.amount = amount;
    }

    void decideEligibility(boolean isEligible) {
        eligible = isEligible;
    }

    /** Counted in the eligible cost unless due diligence declared it ineligible. */
    public boolean countsAsEligible() {
        return !Boolean.FALSE.equals(eligible);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public BudgetCategory getCategory() {
        return category;
    }

    public String getLabel() {
        return label;
    }

    public Money getAmount() {
        return amount;
    }

    /** Empty until due diligence decides. */
    public Optional<Boolean> eligible() {
        return Optional.ofNullable(eligible);
    }
}

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

/**
 * A resource of the financing plan other than the fund: who brings how much, and how sure it is.
 *
 * <p>The applicant writes it in the draft ({@code amount}, {@code status} as submitted); from submission on, its id
 * is stable (the draft is frozen) and the fund's staff follow it in the co-financing ledger (the {@code cofinancing}
 * component): {@link #follow} moves its status and may confirm another amount ({@code confirmedAmount}), while
 * {@code amount} stays what was submitted (the requested leverage). {@code funderKey} is {@link FunderName}'s key,
 * so that a funder is one line per source type, and so that the ledger groups by funder in SQL.
 */
@Entity
@Table(name = "dossier_cofinancing")
public class CofinancingLine {

    public static final int FUNDER_KEY_MAX = 400;

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

    @Column(name = "funder_key", length = FUNDER_KEY_MAX)
    private String funderKey;

    /** Null until the fund's staff confirm an amount other than the one submitted. */
    @Column(name = "confirmed_amount")
    private Money confirmedAmount;

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
        this.funderKey = key(funder);
    }

    private static String key(String funder) {
        String key = FunderName.normalise(funder);
        return key.length() > FUNDER_KEY_MAX ? key.substring(0, FUNDER_KEY_MAX) : key;
    }

    /** The applicant corrects a line the ledger follows (returned for completion): its status stays the ledger's. */
    void revise(SourceType newSourceType, String newFunder, Money newAmount) {
        sourceType = newSourceType;
        funder = newFunder;
        amount = newAmount;
        funderKey = key(newFunder);
    }

    /**
     * The ledger's move (the rules of the move — order, justification, evidence — are the ledger's): the new status
     * and, when given, the amount now confirmed.
     *
     * @throws IllegalArgumentException for a negative amount or one with more than two decimals (checked before)
     */
    void follow(CofinancingStatus to, Money confirmed) {
        if (to == null) {
            throw new IllegalArgumentException("a status is required");
        }
        if (confirmed != null) {
            if (confirmed.isNegative() || confirmed.amount().scale() > 2) {
                throw new IllegalArgumentException("a confirmed amount is not negative, with two decimals");
            }
            confirmedAmount = confirmed;
        }
        status = to;
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

    /** The amount that counts now: the one confirmed by the fund's staff, otherwise the one submitted. */
    public Money currentAmount() {
        return confirmedAmount == null ? amount : confirmedAmount;
    }

    public java.util.Optional<Money> confirmedAmount() {
        return java.util.Optional.ofNullable(confirmedAmount);
    }

    public Long getDossierId() {
        return dossier.getId();
    }
}

package org.levier.equity.entity;

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
import org.levier.shared.entity.Money;

/** A sale of (part of) the stake: shares sold and proceeds received on a date. */
@Entity
@Table(name = "equity_exit")
public class EquityExit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stake_id")
    private EquityStake stake;

    @Column(name = "exited_on", nullable = false)
    private LocalDate exitedOn;

    @Column(name = "shares_sold", nullable = false)
    private long sharesSold;

    @Column(nullable = false)
    private Money proceeds;

    @Column(length = 300)
    private String buyer;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected EquityExit() {
    }

    EquityExit(EquityStake stake, LocalDate exitedOn, long sharesSold, Money proceeds, String buyer,
               String recordedBy, Instant recordedAt) {
        this.stake = stake;
        this.exitedOn = exitedOn;
        this.sharesSold = sharesSold;
        this.proceeds = proceeds;
        this.buyer = buyer;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getExitedOn() {
        return exitedOn;
    }

    public long getSharesSold() {
        return sharesSold;
    }

    public Money getProceeds() {
        return proceeds;
    }

    public Optional<String> buyer() {
        return Optional.ofNullable(buyer);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}

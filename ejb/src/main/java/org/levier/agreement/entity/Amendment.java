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
import java.util.EnumMap;
import java.util.Map;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/** One amendment of an agreement, numbered from 1, append-only: commitments before and after, schedule, reason. */
@Entity
@Table(name = "agreement_amendment")
public class Amendment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = Agreement.REASON_MAX)
    private String reason;

    @Column(name = "amended_by", nullable = false, length = 254)
    private String amendedBy;

    @Column(name = "amended_at", nullable = false)
    private Instant amendedAt;

    @Column(name = "previous_grant", nullable = false)
    private Money previousGrant;

    @Column(name = "previous_advance", nullable = false)
    private Money previousAdvance;

    @Column(name = "previous_equity", nullable = false)
    private Money previousEquity;

    @Column(name = "committed_grant", nullable = false)
    private Money committedGrant;

    @Column(name = "committed_advance", nullable = false)
    private Money committedAdvance;

    @Column(name = "committed_equity", nullable = false)
    private Money committedEquity;

    @Column(nullable = false)
    private String schedule;

    protected Amendment() {
    }

    Amendment(Agreement agreement, int number, String reason, String amendedBy, Instant amendedAt,
              Map<Instrument, Money> previous, Map<Instrument, Money> committed, String schedule) {
        this.agreement = agreement;
        this.number = number;
        this.reason = reason;
        this.amendedBy = amendedBy;
        this.amendedAt = amendedAt;
        this.previousGrant = previous.get(Instrument.GRANT);
        this.previousAdvance = previous.get(Instrument.REPAYABLE_ADVANCE);
        this.previousEquity = previous.get(Instrument.EQUITY);
        this.committedGrant = committed.get(Instrument.GRANT);
        this.committedAdvance = committed.get(Instrument.REPAYABLE_ADVANCE);
        this.committedEquity = committed.get(Instrument.EQUITY);
        this.schedule = schedule;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getReason() {
        return reason;
    }

    public String getAmendedBy() {
        return amendedBy;
    }

    public Instant getAmendedAt() {
        return amendedAt;
    }

    public Map<Instrument, Money> previous() {
        return byInstrument(previousGrant, previousAdvance, previousEquity);
    }

    public Map<Instrument, Money> committed() {
        return byInstrument(committedGrant, committedAdvance, committedEquity);
    }

    /** The schedule this amendment set, one tranche a line: {@code id|instrument|amount|plannedOn|milestone}. */
    public String getSchedule() {
        return schedule;
    }

    static Map<Instrument, Money> byInstrument(Money grant, Money advance, Money equity) {
        Map<Instrument, Money> map = new EnumMap<>(Instrument.class);
        map.put(Instrument.GRANT, grant);
        map.put(Instrument.REPAYABLE_ADVANCE, advance);
        map.put(Instrument.EQUITY, equity);
        return map;
    }
}

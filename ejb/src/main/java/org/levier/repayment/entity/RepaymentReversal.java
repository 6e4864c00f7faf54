package org.levier.repayment.entity;

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

/**
 * The reversal of a repayment recorded by mistake (a returned transfer, a payment of another debtor): the repayment
 * stays, this row takes it out of what was repaid. At most one per repayment; never deleted.
 */
@Entity
@Table(name = "repayment_reversal")
public class RepaymentReversal {

    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id")
    private RepaymentSchedule schedule;

    @Column(name = "repayment_id", nullable = false, updatable = false)
    private long repaymentId;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "reversed_by", nullable = false, length = 254)
    private String reversedBy;

    @Column(name = "reversed_at", nullable = false)
    private Instant reversedAt;

    protected RepaymentReversal() {
    }

    RepaymentReversal(RepaymentSchedule schedule, long repaymentId, String reason, String reversedBy,
                      Instant reversedAt) {
        this.schedule = schedule;
        this.repaymentId = repaymentId;
        this.reason = reason;
        this.reversedBy = reversedBy;
        this.reversedAt = reversedAt;
    }

    public Long getId() {
        return id;
    }

    public long getRepaymentId() {
        return repaymentId;
    }

    public String getReason() {
        return reason;
    }

    public String getReversedBy() {
        return reversedBy;
    }

    public Instant getReversedAt() {
        return reversedAt;
    }
}

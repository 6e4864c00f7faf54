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
import java.time.LocalDate;
import java.util.Optional;
import org.levier.shared.entity.Money;

/** One instalment of a schedule; its late flag is kept by the scheduled check and by each repayment. */
@Entity
@Table(name = "repayment_instalment")
public class Instalment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id")
    private RepaymentSchedule schedule;

    @Column(nullable = false)
    private int number;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private Money amount;

    @Column(nullable = false)
    private boolean late;

    @Column(name = "flagged_late_at")
    private Instant flaggedLateAt;

    protected Instalment() {
    }

    Instalment(RepaymentSchedule schedule, int number, LocalDate dueOn, Money amount) {
        this.schedule = schedule;
        this.number = number;
        this.dueOn = dueOn;
        this.amount = amount;
    }

    /** A rebuilt schedule re-spreads what remains over the instalments not yet repaid. */
    void reamount(Money newAmount) {
        this.amount = newAmount;
    }

    /** Sets the flag; true when it changed. */
    boolean flag(boolean isLate, Instant now) {
        if (late == isLate) {
            return false;
        }
        late = isLate;
        flaggedLateAt = isLate ? now : null;
        return true;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Money getAmount() {
        return amount;
    }

    public boolean isLate() {
        return late;
    }

    public Optional<Instant> flaggedLateAt() {
        return Optional.ofNullable(flaggedLateAt);
    }
}

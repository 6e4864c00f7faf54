package org.levier.repayment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.levier.repayment.control.RepaymentPlan;
import org.levier.shared.control.BusinessDates;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Money;

/**
 * The repayment schedule of an agreement's repayable advance (the agreement referred to by id). Aggregate root of its
 * instalments, repayments and write-offs.
 *
 * <p>Lifecycle: {@link #generate generated} once, after the project end, on the advance paid; repayments are
 * {@link #recordRepayment recorded} until nothing is outstanding, and {@link #reverse reversed} (never deleted) when
 * recorded by mistake; the schedule is {@link #rebuild rebuilt} when further advance is paid; a failure is
 * {@link #writeOff written off} in part or in whole. Lateness ({@link #states}) allocates repayments to the oldest instalments first and write-offs to the
 * latest ones first; an instalment is late when something is still owed on it after its due date.
 */
@Entity
@Table(name = "repayment_schedule")
public class RepaymentSchedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private long agreementId;

    @Column(nullable = false)
    private Money basis;

    @Column(nullable = false)
    private int rebuilt;

    @Column(name = "first_due_on", nullable = false)
    private LocalDate firstDueOn;

    @Column(name = "instalments", nullable = false)
    private int instalmentCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Frequency frequency;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "late_checked_on")
    private LocalDate lateCheckedOn;

    @OneToMany(mappedBy = "schedule", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<Instalment> instalments = new ArrayList<>();

    @OneToMany(mappedBy = "schedule", cascade = CascadeType.PERSIST)
    @OrderBy("receivedOn ASC, id ASC")
    private List<Repayment> repayments = new ArrayList<>();

    @OneToMany(mappedBy = "schedule", cascade = CascadeType.PERSIST)
    @OrderBy("decidedOn ASC, id ASC")
    private List<WriteOff> writeOffs = new ArrayList<>();

    @OneToMany(mappedBy = "schedule", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<RepaymentReversal> reversals = new ArrayList<>();

    /**
     * Where one instalment stands as of a day; a late one is {@code daysLate} days past its due date, in an ageing
     * bucket ({@link Ageing#bucketOf}).
     */
    public record InstalmentState(int number, LocalDate dueOn, Money amount, Money repaid, Money writtenOff,
                                  Money owed, boolean late, long daysLate, String ageing) {
    }

    protected RepaymentSchedule() {
    }

    /**
     * @param basis      the advance paid, which is what is repaid
     * @param projectEnd the project's end date, if known: the first instalment falls due after it
     * @throws RuleViolation {@code repayment.terms.invalid}, {@code repayment.before-project-end}
     */
    public static RepaymentSchedule generate(long agreementId, Money basis, RepaymentTerms terms,
                                             LocalDate projectEnd, String by, Instant now) {
        List<RepaymentPlan.Planned> plan = RepaymentPlan.split(basis, terms.instalments(), terms.firstDueOn(),
                terms.frequency());
        if (projectEnd != null && !terms.firstDueOn().isAfter(projectEnd)) {
            throw new RuleViolation("repayment.before-project-end", "An advance is repaid after the project: the"
                    + " first instalment falls due after " + projectEnd, List.of(new Violation("firstDueOn",
                    "after " + projectEnd)));
        }
        RepaymentSchedule schedule = new RepaymentSchedule();
        schedule.agreementId = agreementId;
        schedule.basis = basis;
        schedule.firstDueOn = terms.firstDueOn();
        schedule.instalmentCount = terms.instalments();
        schedule.frequency = terms.frequency();
        schedule.createdBy = by;
        schedule.createdAt = now;
        plan.forEach(p -> schedule.instalments.add(new Instalment(schedule, p.number(), p.dueOn(), p.amount())));
        return schedule;
    }

    /**
     * Records money received back on {@code receivedOn}, a fact: not after {@code today}.
     *
     * @throws RuleViolation {@code repayment.exceeds-outstanding} (naming the balance), {@code repayment.invalid}
     */
    public Repayment recordRepayment(LocalDate receivedOn, Money amount, String reference, String by,
                                     LocalDate today, Instant now) {
        List<Violation> violations = new ArrayList<>(BusinessDates.asOf(today).fact("receivedOn", receivedOn)
                .violations());
        if (amount == null || !amount.isPositive()) {
            violations.add(new Violation("amount", "a repayment is a positive amount"));
        }
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        if (ref != null && ref.length() > 60) {
            violations.add(new Violation("reference", "at most 60 characters"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation("repayment.invalid", "The repayment is invalid", violations);
        }
        requireWithinOutstanding(amount, "repayment.exceeds-outstanding", "repaid");
        Repayment repayment = new Repayment(this, receivedOn, amount, ref, by, now);
        repayments.add(repayment);
        return repayment;
    }

    /**
     * Writes off a failure, decided on a day not after {@code today}: TOTAL takes the whole outstanding balance
     * ({@code amount} ignored), PARTIAL a part of it.
     *
     * @throws RuleViolation {@code repayment.write-off.invalid}, {@code repayment.exceeds-outstanding}
     */
    public WriteOff writeOff(WriteOffKind kind, Money amount, LocalDate decidedOn, String decisionReference,
                             String reason, String by, LocalDate today, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(new Violation("kind", "PARTIAL or TOTAL"));
        }
        violations.addAll(BusinessDates.asOf(today).fact("decidedOn", decidedOn).violations());
        String decision = decisionReference == null ? "" : decisionReference.strip();
        if (decision.isEmpty() || decision.length() > 100) {
            violations.add(new Violation("decisionReference", "1 to 100 characters"));
        }
        Money outstanding = outstanding();
        if (!outstanding.isPositive()) {
            violations.add(new Violation("kind", "nothing is outstanding"));
        }
        if (kind == WriteOffKind.PARTIAL && (amount == null || !amount.isPositive())) {
            violations.add(new Violation("amount", "a partial write-off is a positive amount"));
        }
        if (kind == WriteOffKind.PARTIAL && amount != null && amount.compareTo(outstanding) >= 0
                && outstanding.isPositive()) {
            violations.add(new Violation("amount", "a partial write-off is below the outstanding "
                    + outstanding.toPlainString() + " (write off the total instead)"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation("repayment.write-off.invalid", "The write-off is invalid: "
                    + violations.get(0).field() + " " + violations.get(0).message(), violations);
        }
        Money written = kind == WriteOffKind.TOTAL ? outstanding : amount;
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        WriteOff writeOff = new WriteOff(this, kind, written, decidedOn, decision, why, by, now);
        writeOffs.add(writeOff);
        return writeOff;
    }

    /** Sets each instalment's late flag as of {@code today}; returns the instalments whose flag changed. */
    public List<Instalment> refreshLateFlags(LocalDate today, Instant now) {
        List<InstalmentState> states = states(today);
        List<Instalment> changed = new ArrayList<>();
        for (int i = 0; i < instalments.size(); i++) {
            if (instalments.get(i).flag(states.get(i).late(), now)) {
                changed.add(instalments.get(i));
            }
        }
        return changed;
    }

    /** Every instalment as of {@code today}: repayments to the oldest first, write-offs to the latest first. */
    public List<InstalmentState> states(LocalDate today) {
        int n = instalments.size();
        Money[] writtenOff = new Money[n];
        Money toWriteOff = writtenOff();
        for (int i = n - 1; i >= 0; i--) {
            Money amount = instalments.get(i).getAmount();
            writtenOff[i] = min(amount, toWriteOff);
            toWriteOff = toWriteOff.minus(writtenOff[i]);
        }
        Money toAllocate = repaid();
        List<InstalmentState> states = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instalment instalment = instalments.get(i);
            Money due = instalment.getAmount().minus(writtenOff[i]);
            Money repaid = min(due, toAllocate);
            toAllocate = toAllocate.minus(repaid);
            Money owed = due.minus(repaid);
            boolean late = owed.isPositive() && instalment.getDueOn().isBefore(today);
            long days = late ? java.time.temporal.ChronoUnit.DAYS.between(instalment.getDueOn(), today) : 0;
            states.add(new InstalmentState(instalment.getNumber(), instalment.getDueOn(), instalment.getAmount(),
                    repaid, writtenOff[i], owed, late, days, late ? Ageing.bucketOf(days) : null));
        }
        return states;
    }

    /**
     * Reverses a repayment recorded by mistake, with a reason: it stays in the list, reversed, and no longer counts
     * as repaid (late flags follow at the next refresh).
     *
     * @throws RuleViolation {@code repayment.reversal.invalid} (no reason, already reversed), {@code NotFound} for a
     *                       repayment of another schedule
     */
    public RepaymentReversal reverse(long repaymentId, String reason, String by, Instant now) {
        Repayment repayment = repayments.stream().filter(r -> r.getId() != null && r.getId() == repaymentId)
                .findFirst().orElseThrow(() -> new NotFound("repayment " + repaymentId + " of schedule " + id));
        String why = reason == null ? "" : reason.strip();
        List<Violation> violations = new ArrayList<>();
        if (why.isEmpty() || why.length() > RepaymentReversal.REASON_MAX) {
            violations.add(new Violation("reason", "1 to " + RepaymentReversal.REASON_MAX + " characters"));
        }
        if (isReversed(repaymentId)) {
            violations.add(new Violation("repaymentId", "already reversed"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation("repayment.reversal.invalid", "The reversal is refused: "
                    + violations.get(0).field() + " " + violations.get(0).message(), violations);
        }
        RepaymentReversal reversal = new RepaymentReversal(this, repayment.getId(), why, by, now);
        reversals.add(reversal);
        return reversal;
    }

    public boolean isReversed(long repaymentId) {
        return reversals.stream().anyMatch(r -> r.getRepaymentId() == repaymentId);
    }

    public Optional<RepaymentReversal> reversalOf(long repaymentId) {
        return reversals.stream().filter(r -> r.getRepaymentId() == repaymentId).findFirst();
    }

    /**
     * Follows the advance actually paid: the basis becomes {@code paidAdvance}; the instalments already repaid in
     * full are kept as they are, and the rest of the basis is re-spread over the remaining instalments (their due
     * dates unchanged; the last takes the remainder cents). When every instalment was repaid, one more falls due a
     * period after the last.
     *
     * @return whether the schedule changed (false when the basis is already {@code paidAdvance})
     */
    public boolean rebuild(Money paidAdvance, LocalDate today) {
        if (paidAdvance.compareTo(basis) == 0) {
            return false;
        }
        List<InstalmentState> states = states(today);
        int kept = 0;
        Money keptAmount = Money.ZERO;
        while (kept < states.size() && states.get(kept).repaid().compareTo(states.get(kept).amount()) == 0) {
            keptAmount = keptAmount.plus(states.get(kept).amount());
            kept++;
        }
        if (kept == instalments.size()) {
            int number = instalments.size() + 1;
            instalments.add(new Instalment(this, number, firstDueOn.plusMonths((long) (number - 1)
                    * frequency.months()), Money.eur("0.01")));
            instalmentCount = number;
        }
        List<Instalment> rest = instalments.subList(kept, instalments.size());
        List<Money> amounts = RepaymentPlan.spread(paidAdvance.minus(keptAmount), rest.size());
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).reamount(amounts.get(i));
        }
        basis = paidAdvance;
        rebuilt++;
        return true;
    }

    /** Repayments received, less those reversed. */
    public Money repaid() {
        return repayments.stream().filter(r -> r.getId() == null || !isReversed(r.getId()))
                .map(Repayment::getAmount).reduce(Money.ZERO, Money::plus);
    }

    public Money writtenOff() {
        return writeOffs.stream().map(WriteOff::getAmount).reduce(Money.ZERO, Money::plus);
    }

    /** basis − repaid − written off. */
    public Money outstanding() {
        return basis.minus(repaid()).minus(writtenOff());
    }

    public boolean isTotallyWrittenOff() {
        return writeOffs.stream().anyMatch(w -> w.getKind() == WriteOffKind.TOTAL);
    }

    private void requireWithinOutstanding(Money amount, String key, String what) {
        Money outstanding = outstanding();
        if (amount.isGreaterThan(outstanding)) {
            throw new RuleViolation(key, "Only " + outstanding.toPlainString() + " is outstanding: "
                    + amount.toPlainString() + " cannot be " + what, List.of(new Violation("amount", "at most "
                    + outstanding.toPlainString())));
        }
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public Money getBasis() {
        return basis;
    }

    public LocalDate getFirstDueOn() {
        return firstDueOn;
    }

    public int getInstalmentCount() {
        return instalmentCount;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<LocalDate> lateCheckedOn() {
        return Optional.ofNullable(lateCheckedOn);
    }

    public List<Instalment> getInstalments() {
        return Collections.unmodifiableList(instalments);
    }

    public List<Repayment> getRepayments() {
        return Collections.unmodifiableList(repayments);
    }

    public int getRebuilt() {
        return rebuilt;
    }

    public List<RepaymentReversal> getReversals() {
        return Collections.unmodifiableList(reversals);
    }

    public List<WriteOff> getWriteOffs() {
        return Collections.unmodifiableList(writeOffs);
    }
}

package org.levier.impact.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.levier.shared.control.Clocks;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Money;

/**
 * A progress report a beneficiary owes on its signed agreement (dossier and agreement by id): its number in the
 * dossier's schedule, the period it covers and its due date (business dates of the fund, Europe/Paris).
 *
 * <p>Lifecycle: {@code DUE} → {@link #submit} → {@code SUBMITTED} → {@link #accept} → {@code ACCEPTED} (final), or
 * → {@link #returnForRework} (with a reason) → {@code RETURNED} → {@link #submit} again. A submission states the
 * technical narrative, the value reached by every indicator of the dossier's targets and the expenses incurred;
 * a returned report's values are replaced by the next submission. It is overdue while the beneficiary owes it
 * (DUE or RETURNED) after its due date in Paris.
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

    public static final int NARRATIVE_MAX = 20_000;
    public static final int REASON_MAX = 2000;
    /** {@code DECIMAL(19,4)}: at most 15 digits before the decimal point. */
    public static final BigDecimal ACTUAL_MAX = new BigDecimal("999999999999999.9999");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private long dossierId;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private long agreementId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private ReportKind kind;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status;

    private String narrative;

    @Column(precision = 15, scale = 2)
    private Money expenses;

    @Column(nullable = false)
    private int submissions;

    @Column(name = "submitted_by", length = 254)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by", length = 254)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "return_reason", length = REASON_MAX)
    private String returnReason;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Column(name = "overdue_reminded_at")
    private Instant overdueRemindedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "progress_report_value", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("indicator")
    private List<ActualValue> actuals = new ArrayList<>();

    protected ProgressReport() {
    }

    /** A report owed for one period of the schedule (see {@code org.levier.impact.control.ReportSchedule}). */
    public static ProgressReport owed(long dossierId, long agreementId, int number, ReportKind kind,
                                      LocalDate periodFrom, LocalDate periodTo, LocalDate dueOn, Instant now) {
        if (periodFrom.isAfter(periodTo) || periodTo.isAfter(dueOn)) {
            throw new IllegalArgumentException("period " + periodFrom + ".." + periodTo + " due " + dueOn);
        }
        ProgressReport report = new ProgressReport();
        report.dossierId = dossierId;
        report.agreementId = agreementId;
        report.number = number;
        report.kind = kind;
        report.periodFrom = periodFrom;
        report.periodTo = periodTo;
        report.dueOn = dueOn;
        report.status = ReportStatus.DUE;
        report.createdAt = now;
        return report;
    }

    /**
     * The beneficiary submits (or resubmits a returned report): a narrative (1..{@value #NARRATIVE_MAX} characters),
     * a value ≥ 0 with at most 4 decimals for every indicator of the dossier's targets and none other, the expenses
     * incurred (≥ 0, at most 2 decimals).
     *
     * @param targets the indicator codes of the dossier's targets
     * @throws RuleViolation {@code impact.report.not-open} when the report is submitted or accepted;
     *                       {@code impact.report.invalid} with every violation
     */
    public void submit(ProgressSubmission submission, Collection<String> targets, String actor, Instant now) {
        if (!status.isAwaitingBeneficiary()) {
            throw new RuleViolation("impact.report.not-open", "Progress report n° " + number + " is already "
                    + status, List.of(new Violation("status", String.valueOf(status))));
        }
        List<Violation> v = new ArrayList<>();
        String text = submission.narrative() == null ? "" : submission.narrative().strip();
        if (text.isEmpty()) {
            v.add(new Violation("narrative", "required"));
        } else if (text.length() > NARRATIVE_MAX) {
            v.add(new Violation("narrative", "at most " + NARRATIVE_MAX + " characters"));
        } else if (text.indexOf('\u0000') >= 0) {
            v.add(new Violation("narrative", "must not contain NUL characters"));
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (String indicator : new TreeSet<>(targets)) {
            String field = "actuals." + indicator;
            String raw = submission.actuals().get(indicator);
            if (raw == null || raw.isBlank()) {
                v.add(new Violation(field, "required (the dossier has a target for it)"));
                continue;
            }
            BigDecimal value = decimal(raw);
            if (value == null) {
                v.add(new Violation(field, "a decimal number"));
            } else if (value.signum() < 0) {
                v.add(new Violation(field, "at least 0"));
            } else if (value.stripTrailingZeros().scale() > 4) {
                v.add(new Violation(field, "at most 4 decimals"));
            } else if (value.compareTo(ACTUAL_MAX) > 0) {
                v.add(new Violation(field, "at most " + ACTUAL_MAX.toPlainString()));
            } else {
                values.put(indicator, value.setScale(4));
            }
        }
        for (String indicator : new TreeSet<>(submission.actuals().keySet())) {
            if (!targets.contains(indicator)) {
                v.add(new Violation("actuals." + indicator, "the dossier has no target for this indicator"));
            }
        }
        Money spent = null;
        BigDecimal amount = submission.expenses() == null || submission.expenses().isBlank() ? null
                : decimal(submission.expenses());
        if (submission.expenses() == null || submission.expenses().isBlank()) {
            v.add(new Violation("expenses", "required"));
        } else if (amount == null) {
            v.add(new Violation("expenses", "a decimal amount"));
        } else if (amount.signum() < 0) {
            v.add(new Violation("expenses", "at least 0"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            v.add(new Violation("expenses", "at most 2 decimals (cents)"));
        } else if (amount.compareTo(Money.MAX) > 0) {
            v.add(new Violation("expenses", "at most " + Money.MAX.toPlainString()));
        } else {
            spent = Money.eur(amount.setScale(2));
        }
        if (!v.isEmpty()) {
            throw new RuleViolation("impact.report.invalid", "The progress report is invalid: " + v.size()
                    + (v.size() == 1 ? " error" : " errors") + " (" + v.get(0).field() + ": " + v.get(0).message()
                    + ")", v);
        }
        narrative = text;
        expenses = spent;
        actuals.clear();
        values.forEach((indicator, value) -> actuals.add(new ActualValue(dossierId, indicator, value)));
        status = ReportStatus.SUBMITTED;
        submissions++;
        submittedBy = actor;
        submittedAt = now;
        reviewedBy = null;
        reviewedAt = null;
    }

    /** The fund's staff accept a submitted report: its values count from now on. */
    public void accept(String actor, Instant now) {
        requireSubmitted();
        status = ReportStatus.ACCEPTED;
        reviewedBy = actor;
        reviewedAt = now;
        returnReason = null;
    }

    /**
     * The fund's staff send a submitted report back with a reason (1..{@value #REASON_MAX} characters).
     *
     * @throws RuleViolation {@code impact.report.invalid} without a reason, {@code impact.report.not-submitted}
     */
    public void returnForRework(String reason, String actor, Instant now) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw new RuleViolation("impact.report.invalid", "A returned report needs a reason of 1 to "
                    + REASON_MAX + " characters", List.of(new Violation("reason", "between 1 and " + REASON_MAX
                    + " characters")));
        }
        requireSubmitted();
        status = ReportStatus.RETURNED;
        reviewedBy = actor;
        reviewedAt = now;
        returnReason = why;
    }

    private void requireSubmitted() {
        if (status != ReportStatus.SUBMITTED) {
            throw new RuleViolation("impact.report.not-submitted", "Progress report n° " + number + " is " + status
                    + ": only a submitted report is reviewed", List.of(new Violation("status",
                    String.valueOf(status))));
        }
    }

    /** Owed by the beneficiary after its due date, the day being that of Paris. */
    public boolean isOverdueAt(Instant now) {
        return status.isAwaitingBeneficiary() && fundDate(now).isAfter(dueOn);
    }

    /** The fund's business date at an instant: the date in Europe/Paris. */
    public static LocalDate fundDate(Instant now) {
        return LocalDate.ofInstant(now, Clocks.FUND_ZONE);
    }

    private static BigDecimal decimal(String text) {
        String t = text.strip();
        if (t.length() > 60 || !t.matches("[+-]?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(t);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getDossierId() {
        return dossierId;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public int getNumber() {
        return number;
    }

    public ReportKind getKind() {
        return kind;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Optional<String> narrative() {
        return Optional.ofNullable(narrative);
    }

    public Optional<Money> expenses() {
        return Optional.ofNullable(expenses);
    }

    public int getSubmissions() {
        return submissions;
    }

    public Optional<String> submittedBy() {
        return Optional.ofNullable(submittedBy);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<String> reviewedBy() {
        return Optional.ofNullable(reviewedBy);
    }

    public Optional<Instant> reviewedAt() {
        return Optional.ofNullable(reviewedAt);
    }

    public Optional<String> returnReason() {
        return Optional.ofNullable(returnReason);
    }

    public Optional<Instant> reminderSentAt() {
        return Optional.ofNullable(reminderSentAt);
    }

    public Optional<Instant> overdueRemindedAt() {
        return Optional.ofNullable(overdueRemindedAt);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The values of the last submission, by indicator code. */
    public Map<String, BigDecimal> actuals() {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        actuals.forEach(a -> map.put(a.getIndicator(), a.getActual()));
        return map;
    }
}

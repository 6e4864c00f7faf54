package org.levier.recovery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Money;

/**
 * A recovery order on a dossier's agreement. Lifecycle: ordered (amount, reason, due date), then received in one or
 * more receipts until nothing is outstanding; overdue while something is outstanding after the due date.
 */
@Entity
@Table(name = "recovery_order")
public class RecoveryOrder {

    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(name = "agreement_id", nullable = false)
    private long agreementId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(nullable = false, precision = 15, scale = 2)
    private Money amount;

    @Column(nullable = false, precision = 15, scale = 2)
    private Money received;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "ordered_by", nullable = false, length = 254)
    private String orderedBy;

    @Column(name = "ordered_at", nullable = false)
    private Instant orderedAt;

    protected RecoveryOrder() {
    }

    /**
     * @param recoverable what was paid on the agreement minus what is already ordered back
     * @throws RuleViolation {@code recovery.invalid}, {@code recovery.exceeds-paid}
     */
    public static RecoveryOrder order(long dossierId, long agreementId, long programmeId, Money amount, String reason,
                                      LocalDate dueOn, Money recoverable, LocalDate today, String by, Instant now) {
        List<Violation> violations = new java.util.ArrayList<>();
        String why = reason == null ? "" : reason.strip();
        if (amount == null || !amount.isPositive()) {
            violations.add(new Violation("amount", "a positive amount"));
        }
        if (why.isEmpty() || why.length() > REASON_MAX) {
            violations.add(new Violation("reason", "why the sum is recovered, 1 to " + REASON_MAX + " characters"));
        }
        if (dueOn == null || dueOn.isBefore(today) || dueOn.getYear() > 9999) {
            violations.add(new Violation("dueOn", "a date not before today (" + today + ")"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation("recovery.invalid", "The recovery order is invalid", violations);
        }
        if (amount.isGreaterThan(recoverable)) {
            throw new RuleViolation("recovery.exceeds-paid", "At most " + recoverable.toPlainString()
                    + " can be recovered: what was paid minus what is already ordered back",
                    List.of(new Violation("amount", "at most " + recoverable.toPlainString())));
        }
        RecoveryOrder order = new RecoveryOrder();
        order.dossierId = dossierId;
        order.agreementId = agreementId;
        order.programmeId = programmeId;
        order.amount = amount;
        order.received = Money.ZERO;
        order.reason = why;
        order.dueOn = dueOn;
        order.orderedBy = Objects.requireNonNull(by);
        order.orderedAt = Objects.requireNonNull(now);
        return order;
    }

    /**
     * Records money received on this order.
     *
     * @throws RuleViolation {@code recovery.receipt-invalid}, {@code recovery.exceeds-outstanding}
     */
    public RecoveryReceipt receive(Money sum, LocalDate receivedOn, String bankReference, LocalDate today, String by,
                                   Instant now) {
        List<Violation> violations = new java.util.ArrayList<>();
        String reference = bankReference == null ? "" : bankReference.strip();
        if (sum == null || !sum.isPositive()) {
            violations.add(new Violation("amount", "a positive amount"));
        }
        if (receivedOn == null || receivedOn.isAfter(today)) {
            violations.add(new Violation("receivedOn", "a date not after today (" + today + ")"));
        }
        if (reference.isEmpty() || reference.length() > 60) {
            violations.add(new Violation("bankReference", "the bank's reference, 1 to 60 characters"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation("recovery.receipt-invalid", "The receipt is invalid", violations);
        }
        if (sum.isGreaterThan(outstanding())) {
            throw new RuleViolation("recovery.exceeds-outstanding", "At most " + outstanding().toPlainString()
                    + " is outstanding on this order", List.of(new Violation("amount", "at most "
                    + outstanding().toPlainString())));
        }
        received = received.plus(sum);
        return new RecoveryReceipt(id, agreementId, sum, receivedOn, reference, by, now);
    }

    public Money outstanding() {
        return amount.minus(received);
    }

    public boolean isOverdue(LocalDate today) {
        return outstanding().isPositive() && dueOn.isBefore(today);
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

    public Money getAmount() {
        return amount;
    }

    public Money getReceived() {
        return received;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getOrderedBy() {
        return orderedBy;
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }
}

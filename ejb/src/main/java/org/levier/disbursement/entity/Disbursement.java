package org.levier.disbursement.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.levier.shared.control.BusinessDates;
import org.levier.shared.control.Clocks;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * A disbursement of an agreement's tranche (both referred to by id: they belong to the agreement component).
 *
 * <p>Lifecycle ({@link DisbursementStatus}): {@link #request requested} PENDING; {@link #approve approved} by a fund
 * director other than the requester (four eyes); {@link #pay paid} on a value date with the bank's reference; or
 * {@link #cancel cancelled} before payment. The amount rules that span rows are checked by the use case under the
 * agreement's lock; this entity guards the moves and the four-eyes rule.
 */
@Entity
@Table(name = "disbursement")
public class Disbursement {

    public static final int IDEMPOTENCY_KEY_MAX = 100;
    public static final int BANK_REFERENCE_MAX = 60;
    public static final int REASON_MAX = 2000;
    public static final int MAX_EVIDENCE = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private long agreementId;

    @Column(name = "tranche_id", nullable = false, updatable = false)
    private long trancheId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Instrument instrument;

    @Column(nullable = false, updatable = false)
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DisbursementStatus status;

    @Column(name = "requested_by", nullable = false, length = 254, updatable = false)
    private String requestedBy;

    @Column(name = "requested_role", nullable = false, length = 30, updatable = false)
    private String requestedRole;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "idempotency_key", length = IDEMPOTENCY_KEY_MAX, updatable = false)
    private String idempotencyKey;

    @Column(name = "approved_by", length = 254)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "bank_reference", length = BANK_REFERENCE_MAX)
    private String bankReference;

    @Column(name = "paid_by", length = 254)
    private String paidBy;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "cancelled_by", length = 254)
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = REASON_MAX)
    private String cancelReason;

    @ElementCollection
    @CollectionTable(name = "disbursement_evidence", joinColumns = @JoinColumn(name = "disbursement_id"))
    @Column(name = "document_id")
    private Set<Long> evidence = new TreeSet<>();

    protected Disbursement() {
    }

    /**
     * A new PENDING request; the amount rules (within what remains) are the use case's, under the agreement lock.
     *
     * @throws RuleViolation {@code disbursement.invalid} for a non-positive amount, an over-long key or too many
     *                       documents
     */
    public static Disbursement request(long agreementId, long trancheId, Instrument instrument, Money amount,
                                       String requestedBy, Role requestedRole, String idempotencyKey,
                                       Set<Long> evidenceDocumentIds, Instant now) {
        List<Violation> violations = new java.util.ArrayList<>();
        if (amount == null || !amount.isPositive()) {
            violations.add(new Violation("amount", "a disbursement is a positive amount"));
        }
        String key = normaliseKey(idempotencyKey);
        if (key != null && key.length() > IDEMPOTENCY_KEY_MAX) {
            violations.add(new Violation("Idempotency-Key", "at most " + IDEMPOTENCY_KEY_MAX + " characters"));
        }
        Set<Long> documents = evidenceDocumentIds == null ? Set.of() : evidenceDocumentIds;
        if (documents.size() > MAX_EVIDENCE) {
            violations.add(new Violation("evidence", "at most " + MAX_EVIDENCE + " documents"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation("disbursement.invalid", "The request is invalid: " + violations.get(0).message(),
                    violations);
        }
        if (requestedBy == null || requestedBy.isBlank() || requestedRole == null) {
            throw new IllegalArgumentException("a request has a requester and the role it acts in");
        }
        Disbursement d = new Disbursement();
        d.agreementId = agreementId;
        d.trancheId = trancheId;
        d.instrument = instrument;
        d.amount = amount;
        d.status = DisbursementStatus.PENDING;
        d.requestedBy = requestedBy.strip();
        d.requestedRole = requestedRole.name();
        d.requestedAt = now;
        d.idempotencyKey = key;
        d.evidence.addAll(documents);
        return d;
    }

    /** A blank key is no key; otherwise the key as sent, without surrounding blanks. */
    public static String normaliseKey(String idempotencyKey) {
        return idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
    }

    /**
     * Approves a pending request (invariant 3: the approver is not the requester, compared case-insensitively as
     * e-mails are).
     *
     * @throws RuleViolation {@code disbursement.self-approval}; {@code disbursement.transition.illegal} unless PENDING
     */
    public void approve(String approver, Instant now) {
        requireStatus(DisbursementStatus.PENDING, "approve");
        if (isRequestedBy(approver)) {
            throw new RuleViolation("disbursement.self-approval", "A requester never approves its own disbursement:"
                    + " another fund director must approve it", List.of(new Violation("approver", "is the requester")));
        }
        this.status = DisbursementStatus.APPROVED;
        this.approvedBy = approver.strip();
        this.approvedAt = now;
    }

    /**
     * Pays an approved disbursement on a value date, with the bank's reference. The value date is a fact: not after
     * today, not before the agreement's signature nor the day (in the fund's zone) the disbursement was approved.
     * The uniqueness of the reference across the fund spans rows: the use case checks it (and the database's unique
     * index backs it under concurrency).
     *
     * @param agreementSignedOn the signature date of the agreement
     * @param today             the fund's today
     * @throws RuleViolation {@code disbursement.transition.illegal} unless APPROVED; {@code disbursement.invalid}
     *                       without a value date or reference; {@code disbursement.value-date.invalid} naming the
     *                       bound the value date breaks
     */
    public void pay(LocalDate valueDate, String reference, LocalDate agreementSignedOn, LocalDate today,
                    String payer, Instant now) {
        requireStatus(DisbursementStatus.APPROVED, "pay");
        List<Violation> violations = new java.util.ArrayList<>();
        if (valueDate == null) {
            violations.add(new Violation("valueDate", "required"));
        }
        String ref = normaliseReference(reference);
        if (ref == null || ref.length() > BANK_REFERENCE_MAX) {
            violations.add(new Violation("bankReference", "1 to " + BANK_REFERENCE_MAX + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation("disbursement.invalid", "A payment needs its value date and bank reference",
                    violations);
        }
        BusinessDates.asOf(today).fact("valueDate", valueDate)
                .notBefore("valueDate", valueDate, agreementSignedOn, "the agreement's signature")
                .notBefore("valueDate", valueDate, approvedOn().orElse(null), "the approval of the disbursement")
                .check("disbursement.value-date.invalid", "The value date is refused");
        this.status = DisbursementStatus.PAID;
        this.paidOn = valueDate;
        this.bankReference = ref;
        this.paidBy = payer;
        this.paidAt = now;
    }

    /** A bank reference as stored: without surrounding blanks; blank is none. */
    public static String normaliseReference(String reference) {
        return reference == null || reference.isBlank() ? null : reference.strip();
    }

    /** The fund's day of the approval. */
    public Optional<LocalDate> approvedOn() {
        return approvedAt().map(at -> LocalDate.ofInstant(at, Clocks.FUND_ZONE));
    }

    /**
     * Cancels a request before payment, for a reason (required).
     *
     * @throws RuleViolation {@code disbursement.transition.illegal} once paid or cancelled;
     *                       {@code disbursement.cancel.reason-required} without a reason
     */
    public void cancel(String by, String reason, Instant now) {
        if (status != DisbursementStatus.PENDING && status != DisbursementStatus.APPROVED) {
            throw illegal("cancel");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            throw new RuleViolation("disbursement.cancel.reason-required", "A cancellation gives its reason",
                    List.of(new Violation("reason", "required")));
        }
        if (why.length() > REASON_MAX) {
            throw new RuleViolation("disbursement.invalid", "The reason is at most " + REASON_MAX + " characters",
                    List.of(new Violation("reason", "too long")));
        }
        this.status = DisbursementStatus.CANCELLED;
        this.cancelledBy = by;
        this.cancelledAt = now;
        this.cancelReason = why;
    }

    public boolean isRequestedBy(String user) {
        return user != null && requestedBy.equalsIgnoreCase(user.strip());
    }

    /** Whether a repeated request (same requester and key) asks for the same thing as this one. */
    public boolean isSameRequest(long agreement, long tranche, Money requested) {
        return agreementId == agreement && trancheId == tranche && amount.equals(requested);
    }

    private void requireStatus(DisbursementStatus expected, String move) {
        if (status != expected) {
            throw illegal(move);
        }
    }

    private RuleViolation illegal(String move) {
        return new RuleViolation("disbursement.transition.illegal", "Cannot " + move + " disbursement " + id
                + ": it is " + status, List.of(new Violation("status", String.valueOf(status))));
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

    public long getTrancheId() {
        return trancheId;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public Money getAmount() {
        return amount;
    }

    public DisbursementStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Role getRequestedRole() {
        return Role.valueOf(requestedRole);
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    public Optional<String> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }

    public Optional<LocalDate> paidOn() {
        return Optional.ofNullable(paidOn);
    }

    public Optional<String> bankReference() {
        return Optional.ofNullable(bankReference);
    }

    public Optional<String> paidBy() {
        return Optional.ofNullable(paidBy);
    }

    public Optional<Instant> paidAt() {
        return Optional.ofNullable(paidAt);
    }

    public Optional<String> cancelledBy() {
        return Optional.ofNullable(cancelledBy);
    }

    public Optional<Instant> cancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    public Optional<String> cancelReason() {
        return Optional.ofNullable(cancelReason);
    }

    public Set<Long> getEvidence() {
        return Collections.unmodifiableSet(evidence);
    }
}

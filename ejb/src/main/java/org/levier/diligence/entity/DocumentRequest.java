package org.levier.diligence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.levier.shared.control.Clocks;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;

/**
 * A document the fund's staff asks of the applicant of a dossier (by id), by a due date (a business date of the
 * fund, in Europe/Paris).
 *
 * <p>Lifecycle: {@code OPEN} until the applicant {@link #answer answers} it with a document of the dossier
 * ({@code ANSWERED}) or the staff {@link #cancel cancels} it ({@code CANCELLED}). It is overdue while open after its
 * due date in Paris. One reminder is sent when the due date comes near; {@code reminder_sent_at} is claimed in the
 * database by a conditional update, not here, so that two nodes never both send it.
 */
@Entity
@Table(name = "document_request")
public class DocumentRequest {

    public static final int WHAT_MAX = 2000;
    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private long dossierId;

    @Column(nullable = false, length = WHAT_MAX)
    private String what;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentRequestStatus status;

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "answered_by", length = 254)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "cancelled_by", length = 254)
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = REASON_MAX)
    private String cancelReason;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    protected DocumentRequest() {
    }

    /**
     * @throws RuleViolation {@code diligence.request.invalid}: what is asked for (1..2000 characters) and a due date
     *                       not in the past (in Paris), all at once
     */
    public static DocumentRequest ask(long dossierId, String what, LocalDate dueDate, String requestedBy,
                                      Instant now) {
        String text = what == null ? "" : what.strip();
        List<Violation> v = new ArrayList<>();
        if (text.isEmpty() || text.length() > WHAT_MAX) {
            v.add(new Violation("what", "between 1 and " + WHAT_MAX + " characters"));
        }
        if (dueDate == null) {
            v.add(new Violation("dueDate", "required"));
        } else if (dueDate.isBefore(fundDate(now))) {
            v.add(new Violation("dueDate", "not in the past (today is " + fundDate(now) + " in Paris)"));
        }
        if (!v.isEmpty()) {
            throw new RuleViolation("diligence.request.invalid", "The document request is invalid: see violations",
                    v);
        }
        DocumentRequest request = new DocumentRequest();
        request.dossierId = dossierId;
        request.what = text;
        request.dueDate = dueDate;
        request.status = DocumentRequestStatus.OPEN;
        request.requestedBy = requestedBy;
        request.requestedAt = now;
        return request;
    }

    /** The fund's business date at an instant: the date in Europe/Paris. */
    public static LocalDate fundDate(Instant now) {
        return LocalDate.ofInstant(now, Clocks.FUND_ZONE);
    }

    /**
     * The applicant answers with a document of the dossier (checked by the caller), even after the due date.
     *
     * @throws RuleViolation {@code diligence.request.not-open} once answered or cancelled
     */
    public void answer(long document, String applicant, Instant now) {
        requireOpen();
        status = DocumentRequestStatus.ANSWERED;
        documentId = document;
        answeredBy = applicant;
        answeredAt = now;
    }

    /** @throws RuleViolation {@code diligence.request.not-open} once answered or cancelled */
    public void cancel(String reason, String actor, Instant now) {
        requireOpen();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > REASON_MAX) {
            throw new RuleViolation("diligence.request.invalid", "A reason has at most " + REASON_MAX
                    + " characters", List.of(new Violation("reason", "at most " + REASON_MAX + " characters")));
        }
        status = DocumentRequestStatus.CANCELLED;
        cancelledBy = actor;
        cancelledAt = now;
        cancelReason = why;
    }

    private void requireOpen() {
        if (status != DocumentRequestStatus.OPEN) {
            throw new RuleViolation("diligence.request.not-open", "The document request is already " + status);
        }
    }

    /** Open after its due date, the day being that of Paris: overdue from midnight in Paris, not in UTC. */
    public boolean isOverdueAt(Instant now) {
        return status == DocumentRequestStatus.OPEN && fundDate(now).isAfter(dueDate);
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

    public String getWhat() {
        return what;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public DocumentRequestStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Optional<Long> documentId() {
        return Optional.ofNullable(documentId);
    }

    public Optional<String> answeredBy() {
        return Optional.ofNullable(answeredBy);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
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

    public Optional<Instant> reminderSentAt() {
        return Optional.ofNullable(reminderSentAt);
    }
}

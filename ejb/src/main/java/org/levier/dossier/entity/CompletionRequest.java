package org.levier.dossier.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.levier.shared.control.Clocks;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Role;

/**
 * The fund's staff return a submitted dossier (by id) to its applicant for completion: what to fix, item by item,
 * and by when (a business date of the fund, in Europe/Paris).
 *
 * <p>Lifecycle: {@code OPEN} while the dossier is {@code RETURNED_FOR_COMPLETION}; {@code RESUBMITTED} when the
 * applicant resubmits the corrected dossier; {@code CLOSED} when the applicant withdraws it instead. It is overdue
 * while open after its due date in Paris. One reminder is sent when the due date comes near; like the document
 * requests', {@code reminder_sent_at} is claimed in the database by a conditional update, not here.
 */
@Entity
@Table(name = "completion_request")
public class CompletionRequest {

    public static final int ITEM_MAX = 1000;
    public static final int MAX_ITEMS = 30;

    public enum Status { OPEN, RESUBMITTED, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private long dossierId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 30)
    private DossierStatus fromStatus;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "completion_request_item", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @Column(name = "item_text", nullable = false, length = ITEM_MAX)
    private List<String> items = new ArrayList<>();

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    @Column(name = "requested_role", nullable = false, length = 30)
    private String requestedRole;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "resubmitted_by", length = 254)
    private String resubmittedBy;

    @Column(name = "resubmitted_at")
    private Instant resubmittedAt;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    protected CompletionRequest() {
    }

    /**
     * @throws RuleViolation {@code dossier.completion.invalid}: 1 to {@value #MAX_ITEMS} items of what to fix (each
     *                       1..{@value #ITEM_MAX} characters, blank ones ignored) and a due date after today in Paris,
     *                       all at once
     */
    public static CompletionRequest ask(long dossierId, DossierStatus from, List<String> items, LocalDate dueDate,
                                        String requestedBy, Role role, Instant now) {
        List<String> fixes = items == null ? List.of() : items.stream()
                .filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
        List<Violation> v = new ArrayList<>(check(fixes, dueDate, now));
        if (!v.isEmpty()) {
            throw new RuleViolation("dossier.completion.invalid",
                    "The request for completion is invalid: see violations", v);
        }
        CompletionRequest request = new CompletionRequest();
        request.dossierId = dossierId;
        request.fromStatus = from;
        request.items.addAll(fixes);
        request.dueDate = dueDate;
        request.status = Status.OPEN;
        request.requestedBy = requestedBy;
        request.requestedRole = role.name();
        request.requestedAt = now;
        return request;
    }

    private static List<Violation> check(List<String> fixes, LocalDate dueDate, Instant now) {
        List<Violation> v = new ArrayList<>();
        if (fixes.isEmpty()) {
            v.add(new Violation("fixes", "list at least one thing to fix"));
        } else if (fixes.size() > MAX_ITEMS) {
            v.add(new Violation("fixes", "at most " + MAX_ITEMS + " items"));
        }
        for (int i = 0; i < fixes.size(); i++) {
            if (fixes.get(i).length() > ITEM_MAX) {
                v.add(new Violation("fixes[" + i + "]", "at most " + ITEM_MAX + " characters"));
            }
        }
        if (v.isEmpty() && asText(fixes).length() > Dossier.REASON_MAX) {
            v.add(new Violation("fixes", "at most " + Dossier.REASON_MAX + " characters in all"));
        }
        if (dueDate == null) {
            v.add(new Violation("dueDate", "required"));
        } else if (!dueDate.isAfter(fundDate(now))) {
            v.add(new Violation("dueDate", "after today"));
        }
        return v;
    }

    /** The fund's business date at an instant: the date in Europe/Paris. */
    public static LocalDate fundDate(Instant now) {
        return LocalDate.ofInstant(now, Clocks.FUND_ZONE);
    }

    /** The applicant resubmitted the corrected dossier. */
    public void resubmitted(String applicant, Instant now) {
        requireOpen();
        status = Status.RESUBMITTED;
        resubmittedBy = applicant;
        resubmittedAt = now;
    }

    /** The dossier left the correction loop otherwise (withdrawn). */
    public void close() {
        requireOpen();
        status = Status.CLOSED;
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new RuleViolation("dossier.completion.not-open", "The request for completion is already " + status);
        }
    }

    /** Open after its due date, the day being that of Paris. */
    public boolean isOverdue(Instant now) {
        return status == Status.OPEN && fundDate(now).isAfter(dueDate);
    }

    /** The items as one text, one per line ("- item"): the reason of the dossier's move, in its history. */
    public String asText() {
        return asText(items);
    }

    private static String asText(List<String> fixes) {
        return String.join("\n", fixes.stream().map(i -> "- " + i).toList());
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

    /** The status the dossier was returned from (SUBMITTED or ELIGIBILITY_REVIEW). */
    public DossierStatus getFromStatus() {
        return fromStatus;
    }

    public List<String> getItems() {
        return Collections.unmodifiableList(items);
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getRequestedRole() {
        return requestedRole;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Optional<String> resubmittedBy() {
        return Optional.ofNullable(resubmittedBy);
    }

    public Optional<Instant> resubmittedAt() {
        return Optional.ofNullable(resubmittedAt);
    }

    public Optional<Instant> reminderSentAt() {
        return Optional.ofNullable(reminderSentAt);
    }
}

package org.levier.diligence.entity;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;

/**
 * A point of the checklist: a default one (with a stable {@code code}) or one the analyst added. Changed only
 * through its file, {@link DueDiligence}.
 */
@Entity
@Table(name = "diligence_item")
public class ChecklistItem {

    public static final int LABEL_MAX = 300;
    public static final int JUSTIFICATION_MAX = 2000;
    public static final int COMMENT_MAX = 4000;
    public static final int MAX_DOCUMENTS = 50;

    /** A default item: its stable code, category and (English) label; the UI translates by code. */
    public record Template(String code, ChecklistCategory category, String label) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "due_diligence_id")
    private DueDiligence file;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ChecklistCategory category;

    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemStatus status;

    @Column(length = JUSTIFICATION_MAX)
    private String justification;

    @Column(name = "item_comment", length = COMMENT_MAX)
    private String comment;

    @Column(name = "updated_by", length = 254)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "diligence_item_document", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "document_id", nullable = false)
    private Set<Long> documentIds = new TreeSet<>();

    protected ChecklistItem() {
    }

    ChecklistItem(DueDiligence file, int position, ChecklistCategory category, String code, String label) {
        this.file = file;
        this.position = position;
        this.category = category;
        this.code = code;
        this.label = label;
        this.status = ItemStatus.PENDING;
    }

    /**
     * Sets the status with its justification and comment (both replaced; null or blank: none).
     *
     * @throws RuleViolation {@code diligence.item.justification-required} for a waiver without justification;
     *                       {@code diligence.item.invalid} for texts too long
     */
    void assess(ItemStatus newStatus, String newJustification, String newComment, String actor, Instant now) {
        if (newStatus == null) {
            throw new RuleViolation("diligence.item.invalid", "A status is required",
                    List.of(new Violation("status", "required")));
        }
        String why = clean(newJustification);
        String note = clean(newComment);
        List<Violation> v = new ArrayList<>();
        if (why != null && why.length() > JUSTIFICATION_MAX) {
            v.add(new Violation("justification", "at most " + JUSTIFICATION_MAX + " characters"));
        }
        if (note != null && note.length() > COMMENT_MAX) {
            v.add(new Violation("comment", "at most " + COMMENT_MAX + " characters"));
        }
        if (!v.isEmpty()) {
            throw new RuleViolation("diligence.item.invalid", "The checklist item is invalid: see violations", v);
        }
        if (newStatus == ItemStatus.WAIVED && why == null) {
            throw new RuleViolation("diligence.item.justification-required",
                    "Waiving \"" + label + "\" needs a justification",
                    List.of(new Violation("justification", "required to waive an item")));
        }
        status = newStatus;
        justification = why;
        comment = note;
        updatedBy = actor;
        updatedAt = now;
    }

    void linkDocument(long documentId, String actor, Instant now) {
        if (documentIds.size() >= MAX_DOCUMENTS && !documentIds.contains(documentId)) {
            throw new RuleViolation("diligence.item.invalid", "At most " + MAX_DOCUMENTS + " documents per item",
                    List.of(new Violation("documentId", "at most " + MAX_DOCUMENTS + " documents per item")));
        }
        documentIds.add(documentId);
        updatedBy = actor;
        updatedAt = now;
    }

    /** What keeps this item from being settled for the committee; empty when settled. */
    Optional<String> shortcoming() {
        return switch (status) {
            case PENDING -> Optional.of("still pending");
            case WAIVED -> justification == null ? Optional.of("waived without a justification") : Optional.empty();
            case ISSUE -> comment == null ? Optional.of("an issue without a comment") : Optional.empty();
            case SATISFIED, NOT_APPLICABLE -> Optional.empty();
        };
    }

    /** How a violation names this item: {@code items[<id>]}, with the category and label in the message. */
    String field() {
        return "items[" + (id == null ? "#" + position : id) + "]";
    }

    String describe() {
        return category + " · " + label;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public ChecklistCategory getCategory() {
        return category;
    }

    /** Empty for an item the analyst added. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    public String getLabel() {
        return label;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public Optional<String> justification() {
        return Optional.ofNullable(justification);
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    public Optional<String> updatedBy() {
        return Optional.ofNullable(updatedBy);
    }

    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    /** The documents (of the document component, by id) that support this item. */
    public Set<Long> getDocumentIds() {
        return Collections.unmodifiableSet(documentIds);
    }
}

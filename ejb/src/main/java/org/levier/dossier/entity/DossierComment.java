package org.levier.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Role;

/**
 * An internal note of the fund's staff on a dossier: never shown to the applicant, never changed once written
 * (a correction is a new comment).
 */
@Entity
@Table(name = "dossier_comment")
public class DossierComment {

    public static final int BODY_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(nullable = false, length = 254)
    private String author;

    @Column(name = "author_role", nullable = false, length = 30)
    private String authorRole;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DossierComment() {
    }

    /**
     * @throws RuleViolation {@code dossier.comment.invalid} when the text is empty or too long
     * @throws IllegalArgumentException when the author is not on the fund's staff
     */
    public static DossierComment write(long dossierId, String author, Role role, String body, Instant now) {
        if (role == null || !role.isStaff()) {
            throw new IllegalArgumentException("internal comments are written by the fund's staff");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > BODY_MAX) {
            throw new RuleViolation("dossier.comment.invalid", "A comment has between 1 and " + BODY_MAX
                    + " characters", List.of(new RuleViolation.Violation("body", "between 1 and " + BODY_MAX
                    + " characters")));
        }
        DossierComment comment = new DossierComment();
        comment.dossierId = dossierId;
        comment.author = author;
        comment.authorRole = role.name();
        comment.body = text;
        comment.createdAt = now;
        return comment;
    }

    public Long getId() {
        return id;
    }

    public long getDossierId() {
        return dossierId;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorRole() {
        return authorRole;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

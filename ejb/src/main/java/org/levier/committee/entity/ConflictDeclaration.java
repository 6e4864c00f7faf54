package org.levier.committee.entity;

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
import java.util.Optional;

/** A member's declaration of a conflict of interest on an agenda item: final, never withdrawn. */
@Entity
@Table(name = "committee_conflict")
public class ConflictDeclaration {

    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem item;

    @Column(name = "member_email", nullable = false, length = 254)
    private String memberEmail;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected ConflictDeclaration() {
    }

    ConflictDeclaration(AgendaItem item, String memberEmail, String note, Instant declaredAt) {
        this.item = item;
        this.memberEmail = memberEmail;
        this.note = note;
        this.declaredAt = declaredAt;
    }

    public String getMemberEmail() {
        return memberEmail;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}

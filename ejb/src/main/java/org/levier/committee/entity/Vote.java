package org.levier.committee.entity;

import jakarta.persistence.Column;
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

/** A member's vote on an agenda item; one per member and item, changed in place until the item is decided. */
@Entity
@Table(name = "committee_vote")
public class Vote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem item;

    @Column(name = "member_email", nullable = false, length = 254)
    private String memberEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VoteChoice choice;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected Vote() {
    }

    Vote(AgendaItem item, String memberEmail, VoteChoice choice, Instant castAt) {
        this.item = item;
        this.memberEmail = memberEmail;
        this.choice = choice;
        this.castAt = castAt;
    }

    void change(VoteChoice newChoice, Instant now) {
        choice = newChoice;
        castAt = now;
    }

    public String getMemberEmail() {
        return memberEmail;
    }

    public VoteChoice getChoice() {
        return choice;
    }

    public Instant getCastAt() {
        return castAt;
    }
}

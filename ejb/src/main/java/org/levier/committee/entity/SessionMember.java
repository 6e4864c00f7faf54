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

/** A voting member of a session (a user with the role COMMITTEE_MEMBER, by e-mail) and its attendance. */
@Entity
@Table(name = "committee_member")
public class SessionMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private CommitteeSession session;

    @Column(name = "member_email", nullable = false, length = 254)
    private String email;

    @Column(name = "present_since")
    private Instant presentSince;

    protected SessionMember() {
    }

    SessionMember(CommitteeSession session, String email) {
        this.session = session;
        this.email = email;
    }

    /** Records attendance (the first time counts). */
    void attend(Instant now) {
        if (presentSince == null) {
            presentSince = now;
        }
    }

    public boolean isPresent() {
        return presentSince != null;
    }

    public String getEmail() {
        return email;
    }

    public Optional<Instant> presentSince() {
        return Optional.ofNullable(presentSince);
    }
}

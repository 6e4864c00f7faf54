package org.levier.dossier.entity;

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
import java.util.Optional;

/** One step of a dossier's history: who moved it from where to where, when and why. Never changed. */
@Entity
@Table(name = "dossier_transition")
public class DossierTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30)
    private DossierStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30)
    private DossierStatus toStatus;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(name = "actor_role", length = 30)
    private String actorRole;

    @Column(length = 2000)
    private String reason;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected DossierTransition() {
    }

    DossierTransition(Dossier dossier, DossierStatus fromStatus, DossierStatus toStatus, String actor,
                      String actorRole, String reason, Instant occurredAt) {
        this.dossier = dossier;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.actorRole = actorRole;
        this.reason = reason;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    /** Empty for the creation of the draft. */
    public Optional<DossierStatus> from() {
        return Optional.ofNullable(fromStatus);
    }

    public DossierStatus getToStatus() {
        return toStatus;
    }

    public String getActor() {
        return actor;
    }

    /** The role the actor acted in; empty when Levier itself moved the dossier. */
    public Optional<String> actorRole() {
        return Optional.ofNullable(actorRole);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}

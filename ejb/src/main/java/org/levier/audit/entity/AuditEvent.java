package org.levier.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One link of the audit chain. Immutable once written: no setters, no update ever issued. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_role", updatable = false)
    private String actorRole;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "entity_type", updatable = false)
    private String entityType;

    @Column(name = "entity_id", updatable = false)
    private String entityId;

    @Column(nullable = false, updatable = false, length = 1000)
    private String summary;

    @Column(updatable = false)
    private String changes;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    /** A new link after {@code prevHash}; its hash is computed here over the canonical form. */
    public AuditEvent(long seq, Instant occurredAt, String actor, String actorRole, String action, String entityType,
                      String entityId, String summary, String changes, String prevHash) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = summary;
        this.changes = changes;
        this.prevHash = prevHash;
        this.hash = ChainHash.of(this);
    }

    /** Whether the stored hash still matches the stored content. */
    public boolean isIntact() {
        return hash.equals(ChainHash.of(this));
    }

    public long getSeq() {
        return seq;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRole() {
        return actorRole;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }

    public String getChanges() {
        return changes;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}

package org.levier.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that serialises appends (taken {@code PESSIMISTIC_WRITE}) and remembers the last link, so that
 * deleting the newest events is detected as surely as altering old ones.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    public void advance(AuditEvent event) {
        if (event.getSeq() != lastSeq + 1 || !event.getPrevHash().equals(lastHash)) {
            throw new IllegalStateException("event " + event.getSeq() + " does not follow " + lastSeq);
        }
        lastSeq = event.getSeq();
        lastHash = event.getHash();
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }
}

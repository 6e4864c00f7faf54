package org.levier.notification.entity;

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

/** One e-mail of the outbox: PENDING until sent (SENT) or given up (FAILED); HELD when no SMTP is configured. */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    /** Where a message stands. */
    public enum Status { PENDING, SENT, FAILED, HELD }

    public static final int MAX_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutgoingMail() {
    }

    public OutgoingMail(String recipient, String subject, String body, boolean deliverable, Instant now) {
        if (recipient == null || !recipient.contains("@") || recipient.length() > 254) {
            throw new IllegalArgumentException("not an e-mail address: " + recipient);
        }
        this.recipient = recipient;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body;
        this.status = deliverable ? Status.PENDING : Status.HELD;
        this.createdAt = now;
    }

    public void markSent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        lastError = null;
    }

    /** A failed attempt: retried later, given up after {@value #MAX_ATTEMPTS}. */
    public void markFailed(String error) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        claimedBy = null;
        claimedAt = null;
        status = attempts >= MAX_ATTEMPTS ? Status.FAILED : Status.PENDING;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}

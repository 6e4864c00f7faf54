package org.levier.identity.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A pending proof that a user owns its e-mail address; a newer one (a resend) supersedes it. */
@Entity
@Table(name = "email_confirmation")
public class EmailConfirmation extends OneTimeLink {

    protected EmailConfirmation() {
    }

    public EmailConfirmation(Long userId, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(userId, tokenHash, createdAt, expiresAt);
    }

    @Override
    protected String kind() {
        return "a confirmation";
    }
}

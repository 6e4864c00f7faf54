package org.levier.identity.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The link an invited staff member follows to choose a password; a newer one (the invitation sent again)
 * supersedes it.
 */
@Entity
@Table(name = "password_setup")
public class PasswordSetup extends OneTimeLink {

    protected PasswordSetup() {
    }

    public PasswordSetup(Long userId, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(userId, tokenHash, createdAt, expiresAt);
    }

    @Override
    protected String kind() {
        return "a password link";
    }
}

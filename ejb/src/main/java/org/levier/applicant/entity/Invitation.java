package org.levier.applicant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A member's invitation of a colleague into its organisation: the only way into an existing organisation (anyone
 * knows a SIRET, so registering with it never joins). Lifecycle: open until accepted once or expired. Only the
 * SHA-256 of the token sent by e-mail is kept.
 */
@Entity
@Table(name = "organisation_invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(nullable = false, length = 5)
    private String locale;

    @Column(name = "invited_by", nullable = false)
    private Long invitedBy;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Version
    private long version;

    protected Invitation() {
    }

    public Invitation(Long organisationId, String email, String displayName, String locale, Long invitedBy,
                      String tokenHash, Instant createdAt, Instant expiresAt) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.email = Objects.requireNonNull(email, "email");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.locale = "en".equals(locale) ? "en" : "fr";
        this.invitedBy = Objects.requireNonNull(invitedBy, "invitedBy");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isOpenAt(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    public void accept(Instant now) {
        if (!isOpenAt(now)) {
            throw new IllegalStateException("invitation " + id + " is no longer open");
        }
        acceptedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getLocale() {
        return locale;
    }

    public Long getInvitedBy() {
        return invitedBy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}

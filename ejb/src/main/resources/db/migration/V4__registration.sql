-- Applicant registration: e-mail confirmation tokens and invitations of colleagues into an organisation.
-- Only the SHA-256 (hex) of a token is stored; the token itself travels once, in the e-mail.
CREATE TABLE email_confirmation (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    user_id     BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_email_confirmation_token UNIQUE (token_hash),
    CONSTRAINT fk_email_confirmation_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_email_confirmation_user ON email_confirmation (user_id);

CREATE TABLE organisation_invitation (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    locale          VARCHAR(5)   NOT NULL,
    invited_by      BIGINT       NOT NULL,
    token_hash      CHAR(64)     NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    accepted_at     DATETIME(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_invitation_inviter FOREIGN KEY (invited_by) REFERENCES app_user (id)
);
CREATE INDEX ix_invitation_organisation ON organisation_invitation (organisation_id);

-- One organisation per SIRET: a second registrant asks a member for an invitation instead (checked by the
-- registration too, with a clear message; this index settles two simultaneous registrations).
CREATE UNIQUE INDEX uq_organisation_siret ON organisation (siret);

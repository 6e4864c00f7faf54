-- Levier foundation schema: programme structure, organisations, users, API tokens, audit trail.
-- One script for MySQL 8 / MariaDB 10.11+ and the embedded H2 (MODE=LEGACY): keep to their common dialect.
-- Money is DECIMAL(15,2); moments are UTC DATETIME(6); business dates DATE.

CREATE TABLE programme (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    code                  VARCHAR(20)   NOT NULL,
    name                  VARCHAR(200)  NOT NULL,
    label                 VARCHAR(300),
    operator_name         VARCHAR(200),
    steering_name         VARCHAR(200),
    lead_name             VARCHAR(200),
    allotment             DECIMAL(15,2) NOT NULL,
    currency              CHAR(3)       NOT NULL,
    target_total_projects DECIMAL(15,2) NOT NULL,
    start_date            DATE,
    duration_years        INT           NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    created_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_programme_code UNIQUE (code)
);

CREATE TABLE programme_partner (
    programme_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    partner_name VARCHAR(200) NOT NULL,
    PRIMARY KEY (programme_id, position),
    CONSTRAINT fk_programme_partner_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

CREATE TABLE axis (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    programme_id BIGINT       NOT NULL,
    number       INT          NOT NULL,
    title        VARCHAR(300) NOT NULL,
    title_en     VARCHAR(300),
    PRIMARY KEY (id),
    CONSTRAINT uq_axis_number UNIQUE (programme_id, number),
    CONSTRAINT fk_axis_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

CREATE TABLE programme_action (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    programme_id BIGINT        NOT NULL,
    axis_id      BIGINT        NOT NULL,
    number       INT           NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    summary      VARCHAR(2000),
    envelope     DECIMAL(15,2),
    PRIMARY KEY (id),
    CONSTRAINT uq_action_number UNIQUE (programme_id, number),
    CONSTRAINT fk_action_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_action_axis FOREIGN KEY (axis_id) REFERENCES axis (id)
);

CREATE TABLE action_leader (
    action_id   BIGINT       NOT NULL,
    leader_name VARCHAR(200) NOT NULL,
    PRIMARY KEY (action_id, leader_name),
    CONSTRAINT fk_action_leader_action FOREIGN KEY (action_id) REFERENCES programme_action (id)
);

CREATE TABLE call_for_projects (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    programme_id BIGINT        NOT NULL,
    code         VARCHAR(40)   NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    opens_at     DATETIME(6)   NOT NULL,
    closes_at    DATETIME(6)   NOT NULL,
    min_amount   DECIMAL(15,2) NOT NULL,
    max_amount   DECIMAL(15,2) NOT NULL,
    aid_regime   VARCHAR(20)   NOT NULL,
    demo         BOOLEAN       NOT NULL DEFAULT FALSE,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_call_code UNIQUE (programme_id, code),
    CONSTRAINT fk_call_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);
CREATE INDEX ix_call_window ON call_for_projects (opens_at, closes_at);

CREATE TABLE call_action (
    call_id   BIGINT NOT NULL,
    action_id BIGINT NOT NULL,
    PRIMARY KEY (call_id, action_id),
    CONSTRAINT fk_call_action_call FOREIGN KEY (call_id) REFERENCES call_for_projects (id),
    CONSTRAINT fk_call_action_action FOREIGN KEY (action_id) REFERENCES programme_action (id)
);

CREATE TABLE call_instrument (
    call_id    BIGINT      NOT NULL,
    instrument VARCHAR(30) NOT NULL,
    PRIMARY KEY (call_id, instrument),
    CONSTRAINT fk_call_instrument_call FOREIGN KEY (call_id) REFERENCES call_for_projects (id)
);

CREATE TABLE call_max_intensity (
    call_id       BIGINT       NOT NULL,
    size_class    VARCHAR(30)  NOT NULL,
    max_intensity DECIMAL(5,4) NOT NULL,
    PRIMARY KEY (call_id, size_class),
    CONSTRAINT fk_call_intensity_call FOREIGN KEY (call_id) REFERENCES call_for_projects (id)
);

CREATE TABLE organisation (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    legal_name           VARCHAR(300) NOT NULL,
    legal_form           VARCHAR(100),
    siren                CHAR(9),
    siret                CHAR(14),
    foreign_registration VARCHAR(60),
    size_class           VARCHAR(30)  NOT NULL,
    address_line         VARCHAR(300),
    postal_code          VARCHAR(20),
    city                 VARCHAR(120),
    country              CHAR(2),
    demo                 BOOLEAN      NOT NULL DEFAULT FALSE,
    version              BIGINT       NOT NULL DEFAULT 0,
    created_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_organisation_siren ON organisation (siren);

CREATE TABLE app_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(400) NOT NULL,
    organisation_id BIGINT,
    locale          VARCHAR(5)   NOT NULL DEFAULT 'fr',
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    email_confirmed BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6),
    last_login_at   DATETIME(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_user_email UNIQUE (email),
    CONSTRAINT fk_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE api_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash CHAR(64)    NOT NULL,
    user_id    BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    revoked    BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- The audit trail: append-only, hash-chained. The application only ever inserts into audit_event;
-- audit_chain_head (one row) serialises appends and remembers the last link, so a deleted tail is detected.
CREATE TABLE audit_event (
    seq         BIGINT        NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(254)  NOT NULL,
    actor_role  VARCHAR(100),
    action      VARCHAR(80)   NOT NULL,
    entity_type VARCHAR(60),
    entity_id   VARCHAR(64),
    summary     VARCHAR(1000) NOT NULL,
    changes     TEXT,
    prev_hash   CHAR(64)      NOT NULL,
    hash        CHAR(64)      NOT NULL,
    PRIMARY KEY (seq)
);
CREATE INDEX ix_audit_entity ON audit_event (entity_type, entity_id, seq);
CREATE INDEX ix_audit_time ON audit_event (occurred_at);

CREATE TABLE audit_chain_head (
    id        INT      NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

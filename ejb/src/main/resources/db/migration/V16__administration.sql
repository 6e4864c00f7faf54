-- Fund administration without a developer: programmes with an end date, standing committee members per programme,
-- a due-diligence checklist template per call for projects, and the one-time links that let invited staff choose
-- their password. Common dialect of MySQL 8 / MariaDB 10.11+ and H2 (MODE=LEGACY).

-- The programme's last day (inclusive); NULL for programmes loaded before: start date + duration then.
ALTER TABLE programme ADD COLUMN end_date DATE;

-- Whom a director seats by default when planning a committee session for the programme (users holding
-- COMMITTEE_MEMBER, by e-mail as committee sessions name them).
CREATE TABLE programme_committee_member (
    programme_id BIGINT       NOT NULL,
    email        VARCHAR(254) NOT NULL,
    PRIMARY KEY (programme_id, email),
    CONSTRAINT fk_committee_member_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

-- A call's due-diligence checklist (in order); none: the fund's default checklist.
CREATE TABLE call_checklist_item (
    call_id  BIGINT       NOT NULL,
    position INT          NOT NULL,
    code     VARCHAR(40)  NOT NULL,
    category VARCHAR(30)  NOT NULL,
    label    VARCHAR(300) NOT NULL,
    PRIMARY KEY (call_id, position),
    CONSTRAINT fk_checklist_item_call FOREIGN KEY (call_id) REFERENCES call_for_projects (id)
);

-- Invited staff choose their password through a mailed link: only the SHA-256 of its token is kept.
CREATE TABLE password_setup (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    user_id    BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_password_setup_token UNIQUE (token_hash),
    CONSTRAINT fk_password_setup_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_password_setup_user ON password_setup (user_id);

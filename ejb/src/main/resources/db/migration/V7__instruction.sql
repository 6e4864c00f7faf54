-- Instruction of dossiers: the due-diligence file (screening and due-diligence checklist, risk ratings,
-- recommendation, second review), document requests with their once-only reminders, internal comments, and the
-- investment committee (sessions, members, agenda, conflicts of interest, votes, decisions).
-- Common dialect of MySQL 8 / MariaDB 10.11+ and H2 (MODE=LEGACY). Unique keys carry the rules that must hold
-- under concurrency (one file per dossier, one vote per member and item, one decision per item, one approving
-- decision per dossier); the services check them first to give a clear message.

-- One due-diligence file per dossier, opened when the dossier enters ELIGIBILITY_REVIEW. Risk ratings 1..5 (NULL:
-- not rated); risk_overall is derived by the application (rounded-up mean) and stored for lists and reports.
-- The rationale holds up to 10,000 characters: 40,000 bytes of 4-byte UTF-8 fit in TEXT.
CREATE TABLE due_diligence (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    version             BIGINT        NOT NULL DEFAULT 0,
    dossier_id          BIGINT        NOT NULL,
    risk_financial      INT,
    risk_technical      INT,
    risk_market         INT,
    risk_governance     INT,
    risk_overall        INT,
    recommendation      VARCHAR(20),
    recommended_grant   DECIMAL(15,2),
    recommended_advance DECIMAL(15,2),
    recommended_equity  DECIMAL(15,2),
    rationale           TEXT,
    recommended_by      VARCHAR(254),
    recommended_at      DATETIME(6),
    review_outcome      VARCHAR(20),
    review_comment      VARCHAR(2000),
    reviewed_by         VARCHAR(254),
    reviewed_at         DATETIME(6),
    opened_by           VARCHAR(254)  NOT NULL,
    opened_at           DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_due_diligence_dossier UNIQUE (dossier_id),
    CONSTRAINT fk_due_diligence_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT ck_due_diligence_financial CHECK (risk_financial BETWEEN 1 AND 5),
    CONSTRAINT ck_due_diligence_technical CHECK (risk_technical BETWEEN 1 AND 5),
    CONSTRAINT ck_due_diligence_market CHECK (risk_market BETWEEN 1 AND 5),
    CONSTRAINT ck_due_diligence_governance CHECK (risk_governance BETWEEN 1 AND 5),
    CONSTRAINT ck_due_diligence_overall CHECK (risk_overall BETWEEN 1 AND 5)
);
CREATE INDEX ix_due_diligence_review ON due_diligence (review_outcome, updated_at);

-- The conditions of an approving recommendation, in order. A surrogate key: the list is rewritten as a whole.
CREATE TABLE due_diligence_condition (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    due_diligence_id BIGINT        NOT NULL,
    position         INT           NOT NULL,
    condition_text   VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_dd_condition_file FOREIGN KEY (due_diligence_id) REFERENCES due_diligence (id)
);
CREATE INDEX ix_dd_condition_file ON due_diligence_condition (due_diligence_id, position);

-- Checklist items; code is NULL for items the analyst added, unique within a file otherwise, so a default item is
-- never added twice (e.g. after a deferral back to DUE_DILIGENCE).
CREATE TABLE diligence_item (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    due_diligence_id BIGINT        NOT NULL,
    position         INT           NOT NULL,
    category         VARCHAR(30)   NOT NULL,
    code             VARCHAR(40),
    label            VARCHAR(300)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    justification    VARCHAR(2000),
    item_comment     VARCHAR(4000),
    updated_by       VARCHAR(254),
    updated_at       DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_diligence_item_code UNIQUE (due_diligence_id, code),
    CONSTRAINT fk_diligence_item_file FOREIGN KEY (due_diligence_id) REFERENCES due_diligence (id)
);
CREATE INDEX ix_diligence_item_file ON diligence_item (due_diligence_id, position);

CREATE TABLE diligence_item_document (
    item_id     BIGINT NOT NULL,
    document_id BIGINT NOT NULL,
    PRIMARY KEY (item_id, document_id),
    CONSTRAINT fk_item_document_item FOREIGN KEY (item_id) REFERENCES diligence_item (id),
    CONSTRAINT fk_item_document_document FOREIGN KEY (document_id) REFERENCES document (id)
);
CREATE INDEX ix_item_document_document ON diligence_item_document (document_id);

-- Documents asked of the applicant. reminder_sent_at is claimed by one conditional UPDATE
-- (... WHERE reminder_sent_at IS NULL): whichever node's update changes the row sends the reminder, once.
CREATE TABLE document_request (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    version          BIGINT        NOT NULL DEFAULT 0,
    dossier_id       BIGINT        NOT NULL,
    what             VARCHAR(2000) NOT NULL,
    due_date         DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    requested_by     VARCHAR(254)  NOT NULL,
    requested_at     DATETIME(6)   NOT NULL,
    document_id      BIGINT,
    answered_by      VARCHAR(254),
    answered_at      DATETIME(6),
    cancelled_by     VARCHAR(254),
    cancelled_at     DATETIME(6),
    cancel_reason    VARCHAR(2000),
    reminder_sent_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_document_request_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_document_request_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT ck_document_request_answer CHECK (status <> 'ANSWERED' OR document_id IS NOT NULL)
);
CREATE INDEX ix_document_request_dossier ON document_request (dossier_id, status);
CREATE INDEX ix_document_request_reminder ON document_request (status, reminder_sent_at, due_date);

-- Internal comments of the fund's staff on a dossier: never shown to the applicant. Append-only.
CREATE TABLE dossier_comment (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    dossier_id  BIGINT        NOT NULL,
    author      VARCHAR(254)  NOT NULL,
    author_role VARCHAR(30)   NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_dossier_comment_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_dossier_comment_dossier ON dossier_comment (dossier_id, created_at);

-- Committee sessions: PLANNED, then OPEN (votes and decisions), then CLOSED.
CREATE TABLE committee_session (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version    BIGINT       NOT NULL DEFAULT 0,
    title      VARCHAR(300) NOT NULL,
    held_on    DATE         NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    created_by VARCHAR(254) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    opened_at  DATETIME(6),
    closed_at  DATETIME(6),
    PRIMARY KEY (id)
);
CREATE INDEX ix_committee_session_held_on ON committee_session (held_on, id);
CREATE INDEX ix_committee_session_status ON committee_session (status, held_on);

-- Voting members of a session; present_since is set when the member declares attendance (or first votes).
CREATE TABLE committee_member (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    session_id    BIGINT       NOT NULL,
    member_email  VARCHAR(254) NOT NULL,
    present_since DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_committee_member UNIQUE (session_id, member_email),
    CONSTRAINT fk_committee_member_session FOREIGN KEY (session_id) REFERENCES committee_session (id)
);
CREATE INDEX ix_committee_member_email ON committee_member (member_email, session_id);

-- A dossier on a session's agenda; the row is locked while a vote, a declaration or the decision is recorded.
CREATE TABLE committee_agenda_item (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version    BIGINT       NOT NULL DEFAULT 0,
    session_id BIGINT       NOT NULL,
    dossier_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    added_by   VARCHAR(254) NOT NULL,
    added_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_agenda_item UNIQUE (session_id, dossier_id),
    CONSTRAINT fk_agenda_item_session FOREIGN KEY (session_id) REFERENCES committee_session (id),
    CONSTRAINT fk_agenda_item_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_agenda_item_dossier ON committee_agenda_item (dossier_id);

-- Conflicts of interest: declared once, never withdrawn.
CREATE TABLE committee_conflict (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    agenda_item_id BIGINT        NOT NULL,
    member_email   VARCHAR(254)  NOT NULL,
    note           VARCHAR(2000),
    declared_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_committee_conflict UNIQUE (agenda_item_id, member_email),
    CONSTRAINT fk_committee_conflict_item FOREIGN KEY (agenda_item_id) REFERENCES committee_agenda_item (id)
);

-- One vote per member and item (a member may change it until the item is decided: the row is updated).
CREATE TABLE committee_vote (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    agenda_item_id BIGINT       NOT NULL,
    member_email   VARCHAR(254) NOT NULL,
    choice         VARCHAR(10)  NOT NULL,
    cast_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_committee_vote UNIQUE (agenda_item_id, member_email),
    CONSTRAINT fk_committee_vote_item FOREIGN KEY (agenda_item_id) REFERENCES committee_agenda_item (id)
);

-- Decisions are immutable. approved_dossier_id is the dossier's id for an approval and NULL otherwise, so its
-- unique key allows one approving decision per dossier, across sessions, whatever the concurrency.
-- The tally is a snapshot taken when deciding (the minutes read it).
CREATE TABLE committee_decision (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    agenda_item_id      BIGINT        NOT NULL,
    session_id          BIGINT        NOT NULL,
    dossier_id          BIGINT        NOT NULL,
    outcome             VARCHAR(20)   NOT NULL,
    approved_dossier_id BIGINT,
    approved_grant      DECIMAL(15,2),
    approved_advance    DECIMAL(15,2),
    approved_equity     DECIMAL(15,2),
    reasons             TEXT,
    members_eligible    INT           NOT NULL,
    members_present     INT           NOT NULL,
    votes_for           INT           NOT NULL,
    votes_against       INT           NOT NULL,
    votes_abstain       INT           NOT NULL,
    decided_by          VARCHAR(254)  NOT NULL,
    decided_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_decision_item UNIQUE (agenda_item_id),
    CONSTRAINT uq_decision_session_dossier UNIQUE (session_id, dossier_id),
    CONSTRAINT uq_decision_approved UNIQUE (approved_dossier_id),
    CONSTRAINT ck_decision_approved CHECK ((outcome = 'APPROVED' AND approved_dossier_id = dossier_id)
        OR (outcome <> 'APPROVED' AND approved_dossier_id IS NULL)),
    CONSTRAINT fk_decision_item FOREIGN KEY (agenda_item_id) REFERENCES committee_agenda_item (id),
    CONSTRAINT fk_decision_session FOREIGN KEY (session_id) REFERENCES committee_session (id),
    CONSTRAINT fk_decision_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_decision_dossier ON committee_decision (dossier_id, decided_at);

CREATE TABLE committee_decision_condition (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    decision_id    BIGINT        NOT NULL,
    position       INT           NOT NULL,
    condition_text VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_decision_condition_decision FOREIGN KEY (decision_id) REFERENCES committee_decision (id)
);
CREATE INDEX ix_decision_condition_decision ON committee_decision_condition (decision_id, position);

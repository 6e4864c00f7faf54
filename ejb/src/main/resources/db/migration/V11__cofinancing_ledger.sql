-- The co-financing ledger: from submission on, the fund's staff follow each line of the financing plan
-- (dossier_cofinancing, whose ids are stable once the draft is frozen) through PLANNED, APPLIED, COMMITTED and
-- RECEIVED, with its evidence documents and an append-only history of its moves. Common dialect of MariaDB 10.11+
-- and H2 (MODE=LEGACY).

-- amount stays what was submitted (the requested leverage); confirmed_amount is what the staff confirmed (the
-- committed and realised leverage count it when present). funder_key: the funder's name without case, accents,
-- spaces or punctuation (FunderName), for one line per funder and source type and the ledger's sums per funder.
-- Existing rows get an approximate key (lower case, trimmed); new lines get the exact one from the application.
ALTER TABLE dossier_cofinancing ADD COLUMN confirmed_amount DECIMAL(15,2);
ALTER TABLE dossier_cofinancing ADD COLUMN funder_key VARCHAR(400);
UPDATE dossier_cofinancing SET funder_key = LOWER(TRIM(funder));
ALTER TABLE dossier_cofinancing ADD CONSTRAINT ck_cofinancing_confirmed CHECK (confirmed_amount IS NULL
    OR confirmed_amount >= 0);
CREATE INDEX ix_cofinancing_funder ON dossier_cofinancing (funder_key, status);

-- The documents (of the line's dossier) that evidence a line: a letter of intent, a signed commitment, a bank
-- statement. Several per line, each at most once; the line is counted once whatever its evidence.
CREATE TABLE cofinancing_evidence (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    line_id     BIGINT       NOT NULL,
    dossier_id  BIGINT       NOT NULL,
    document_id BIGINT       NOT NULL,
    attached_by VARCHAR(254) NOT NULL,
    attached_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_cofinancing_evidence UNIQUE (line_id, document_id),
    CONSTRAINT fk_cofinancing_evidence_line FOREIGN KEY (line_id) REFERENCES dossier_cofinancing (id),
    CONSTRAINT fk_cofinancing_evidence_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_cofinancing_evidence_document FOREIGN KEY (document_id) REFERENCES document (id)
);
CREATE INDEX ix_cofinancing_evidence_dossier ON cofinancing_evidence (dossier_id, line_id);

-- Append-only: one row per move of a line (the application never updates nor deletes one).
CREATE TABLE cofinancing_status_change (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    line_id              BIGINT        NOT NULL,
    dossier_id           BIGINT        NOT NULL,
    from_status          VARCHAR(20)   NOT NULL,
    to_status            VARCHAR(20)   NOT NULL,
    previous_amount      DECIMAL(15,2) NOT NULL,
    amount               DECIMAL(15,2) NOT NULL,
    evidence_document_id BIGINT,
    comment_text         VARCHAR(2000),
    changed_by           VARCHAR(254)  NOT NULL,
    changed_role         VARCHAR(30)   NOT NULL,
    changed_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_cofinancing_change_status CHECK (from_status IN ('PLANNED', 'APPLIED', 'COMMITTED', 'RECEIVED')
        AND to_status IN ('PLANNED', 'APPLIED', 'COMMITTED', 'RECEIVED')),
    CONSTRAINT ck_cofinancing_change_amount CHECK (amount >= 0 AND previous_amount >= 0),
    CONSTRAINT fk_cofinancing_change_line FOREIGN KEY (line_id) REFERENCES dossier_cofinancing (id),
    CONSTRAINT fk_cofinancing_change_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_cofinancing_change_document FOREIGN KEY (evidence_document_id) REFERENCES document (id)
);
CREATE INDEX ix_cofinancing_change_line ON cofinancing_status_change (dossier_id, line_id, id);

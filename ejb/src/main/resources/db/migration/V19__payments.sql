-- Bank accounts (declared, verified by a second person), SEPA payment batches (pain.001 out, confirmations in) and
-- recovery orders with their receipts. Common dialect of MySQL 8 / MariaDB 10.11+ and H2 (MODE=LEGACY).

-- The evidence of a bank account (a bank's RIB, an account statement): bytes kept with the organisation, as a
-- dossier's document is (type detected from the bytes, SHA-256).
CREATE TABLE bank_evidence (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    content_type    VARCHAR(100) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    content         LONGBLOB     NOT NULL,
    uploaded_by     VARCHAR(254) NOT NULL,
    uploaded_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_bank_evidence_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_bank_evidence_organisation ON bank_evidence (organisation_id);

-- Every version of an organisation's account is kept. live_organisation_id is the organisation's id on the one
-- version that is not superseded (PENDING or VERIFIED), NULL on the others: at most one live version per
-- organisation, whatever the race. Payments go only to a live VERIFIED version.
CREATE TABLE bank_account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    version              BIGINT       NOT NULL DEFAULT 0,
    organisation_id      BIGINT       NOT NULL,
    live_organisation_id BIGINT,
    iban                 VARCHAR(34)  NOT NULL,
    bic                  VARCHAR(11)  NOT NULL,
    holder               VARCHAR(140) NOT NULL,
    evidence_id          BIGINT       NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    declared_by          VARCHAR(254) NOT NULL,
    declared_at          DATETIME(6)  NOT NULL,
    verified_by          VARCHAR(254),
    verified_at          DATETIME(6),
    superseded_at        DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_bank_account_live UNIQUE (live_organisation_id),
    CONSTRAINT ck_bank_account_status CHECK (status IN ('PENDING', 'VERIFIED', 'SUPERSEDED')),
    CONSTRAINT fk_bank_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_bank_account_evidence FOREIGN KEY (evidence_id) REFERENCES bank_evidence (id)
);
CREATE INDEX ix_bank_account_organisation ON bank_account (organisation_id, id);
CREATE INDEX ix_bank_account_status ON bank_account (status);

-- A payment batch: DRAFT -> EXPORTED -> COMPLETED (every line paid), or CANCELLED before export. The exported file
-- is stored once (its SHA-256 audited) and never rewritten.
CREATE TABLE payment_batch (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL DEFAULT 0,
    status         VARCHAR(20)   NOT NULL,
    execution_date DATE          NOT NULL,
    message_id     VARCHAR(35)   NOT NULL,
    line_count     INT           NOT NULL,
    total          DECIMAL(15,2) NOT NULL,
    created_by     VARCHAR(254)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    exported_by    VARCHAR(254),
    exported_at    DATETIME(6),
    file_sha256    CHAR(64),
    file_content   LONGBLOB,
    cancelled_by   VARCHAR(254),
    cancelled_at   DATETIME(6),
    cancel_reason  VARCHAR(2000),
    PRIMARY KEY (id),
    CONSTRAINT uq_payment_batch_message UNIQUE (message_id),
    CONSTRAINT ck_payment_batch_status CHECK (status IN ('DRAFT', 'EXPORTED', 'COMPLETED', 'CANCELLED')),
    CONSTRAINT ck_payment_batch_total CHECK (total > 0 AND line_count > 0)
);
CREATE INDEX ix_payment_batch_status ON payment_batch (status, created_at);

-- One line per disbursement, with the creditor's account as it was in force when the batch was made.
-- live_disbursement_id is the disbursement's id while the batch is live (not cancelled), NULL after: a disbursement
-- sits in at most one live batch, whatever the race.
CREATE TABLE payment_batch_line (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    batch_id             BIGINT        NOT NULL,
    position             INT           NOT NULL,
    disbursement_id      BIGINT        NOT NULL,
    live_disbursement_id BIGINT,
    dossier_id           BIGINT        NOT NULL,
    dossier_reference    VARCHAR(40)   NOT NULL,
    organisation_id      BIGINT        NOT NULL,
    bank_account_id      BIGINT        NOT NULL,
    creditor_name        VARCHAR(140)  NOT NULL,
    creditor_iban        VARCHAR(34)   NOT NULL,
    creditor_bic         VARCHAR(11)   NOT NULL,
    amount               DECIMAL(15,2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_payment_line_live UNIQUE (live_disbursement_id),
    CONSTRAINT uq_payment_line_position UNIQUE (batch_id, position),
    CONSTRAINT ck_payment_line_amount CHECK (amount > 0),
    CONSTRAINT fk_payment_line_batch FOREIGN KEY (batch_id) REFERENCES payment_batch (id),
    CONSTRAINT fk_payment_line_disbursement FOREIGN KEY (disbursement_id) REFERENCES disbursement (id),
    CONSTRAINT fk_payment_line_account FOREIGN KEY (bank_account_id) REFERENCES bank_account (id)
);
CREATE INDEX ix_payment_line_disbursement ON payment_batch_line (disbursement_id);

-- Append-only: each confirmation that applied something (a camt.054 file or a director's lines).
CREATE TABLE payment_confirmation (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    batch_id     BIGINT       NOT NULL,
    source       VARCHAR(20)  NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    paid_count   INT          NOT NULL,
    report_count INT          NOT NULL,
    imported_by  VARCHAR(254) NOT NULL,
    imported_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_payment_confirmation_source CHECK (source IN ('CAMT054', 'MANUAL')),
    CONSTRAINT fk_payment_confirmation_batch FOREIGN KEY (batch_id) REFERENCES payment_batch (id)
);
CREATE INDEX ix_payment_confirmation_batch ON payment_confirmation (batch_id);

-- Recovery orders (ordres de reversement): what a beneficiary must pay back, and when; received is the sum of the
-- receipts (kept with the order under the agreement's lock). Receipts are append-only.
CREATE TABLE recovery_order (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    version      BIGINT        NOT NULL DEFAULT 0,
    dossier_id   BIGINT        NOT NULL,
    agreement_id BIGINT        NOT NULL,
    programme_id BIGINT        NOT NULL,
    amount       DECIMAL(15,2) NOT NULL,
    received     DECIMAL(15,2) NOT NULL DEFAULT 0,
    reason       VARCHAR(2000) NOT NULL,
    due_on       DATE          NOT NULL,
    ordered_by   VARCHAR(254)  NOT NULL,
    ordered_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_recovery_amount CHECK (amount > 0 AND received >= 0 AND received <= amount),
    CONSTRAINT fk_recovery_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_recovery_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT fk_recovery_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);
CREATE INDEX ix_recovery_agreement ON recovery_order (agreement_id);
CREATE INDEX ix_recovery_programme ON recovery_order (programme_id, due_on);

CREATE TABLE recovery_receipt (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    order_id       BIGINT        NOT NULL,
    agreement_id   BIGINT        NOT NULL,
    amount         DECIMAL(15,2) NOT NULL,
    received_on    DATE          NOT NULL,
    bank_reference VARCHAR(60)   NOT NULL,
    recorded_by    VARCHAR(254)  NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_recovery_receipt_reference UNIQUE (bank_reference),
    CONSTRAINT ck_recovery_receipt_amount CHECK (amount > 0),
    CONSTRAINT fk_recovery_receipt_order FOREIGN KEY (order_id) REFERENCES recovery_order (id),
    CONSTRAINT fk_recovery_receipt_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);
CREATE INDEX ix_recovery_receipt_agreement ON recovery_receipt (agreement_id, received_on);

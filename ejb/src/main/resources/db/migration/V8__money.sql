-- Funding agreements and the money they release: commitments, tranches, conditions precedent, amendments,
-- disbursements (four eyes, idempotency keys), repayable advances (schedules, repayments, write-offs) and equity
-- stakes (valuations, exits). Common dialect of MySQL 8 / MariaDB 10.11+ and H2 (MODE=LEGACY).
-- The rules that span rows (sum engaged <= committed, commitments <= allotment and envelopes) are enforced by the
-- use cases under row locks (agreement row, programme row); the constraints below back what one row or one key
-- can say: one agreement per dossier, one idempotency key per requester, positive amounts, known states.

-- One agreement per dossier. Commitments per instrument (like dossier.requested_*) so that a programme's total is
-- one SUM; approved_* keep the committee's ceiling, which no commitment (even amended) may exceed.
CREATE TABLE agreement (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL DEFAULT 0,
    dossier_id        BIGINT        NOT NULL,
    programme_id      BIGINT        NOT NULL,
    action_id         BIGINT        NOT NULL,
    organisation_id   BIGINT        NOT NULL,
    signed_on         DATE          NOT NULL,
    signed_by         VARCHAR(254)  NOT NULL,
    signed_at         DATETIME(6)   NOT NULL,
    amendment_number  INT           NOT NULL DEFAULT 0,
    committed_grant   DECIMAL(15,2) NOT NULL DEFAULT 0,
    committed_advance DECIMAL(15,2) NOT NULL DEFAULT 0,
    committed_equity  DECIMAL(15,2) NOT NULL DEFAULT 0,
    approved_grant    DECIMAL(15,2) NOT NULL DEFAULT 0,
    approved_advance  DECIMAL(15,2) NOT NULL DEFAULT 0,
    approved_equity   DECIMAL(15,2) NOT NULL DEFAULT 0,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_agreement_dossier UNIQUE (dossier_id),
    CONSTRAINT ck_agreement_committed CHECK (committed_grant >= 0 AND committed_advance >= 0
        AND committed_equity >= 0 AND committed_grant <= approved_grant AND committed_advance <= approved_advance
        AND committed_equity <= approved_equity),
    CONSTRAINT fk_agreement_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_agreement_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_agreement_action FOREIGN KEY (action_id) REFERENCES programme_action (id),
    CONSTRAINT fk_agreement_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_agreement_programme_action ON agreement (programme_id, action_id);
CREATE INDEX ix_agreement_organisation ON agreement (organisation_id);

-- Tranches are never deleted (disbursements point at them): an amendment withdraws a tranche nothing was engaged on.
CREATE TABLE agreement_tranche (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    agreement_id BIGINT        NOT NULL,
    position     INT           NOT NULL,
    instrument   VARCHAR(30)   NOT NULL,
    amount       DECIMAL(15,2) NOT NULL,
    planned_on   DATE          NOT NULL,
    milestone    VARCHAR(300)  NOT NULL,
    conditions   VARCHAR(2000),
    withdrawn    BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT ck_tranche_amount CHECK (amount >= 0),
    CONSTRAINT ck_tranche_instrument CHECK (instrument IN ('GRANT', 'REPAYABLE_ADVANCE', 'EQUITY')),
    CONSTRAINT fk_tranche_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);
CREATE INDEX ix_tranche_agreement ON agreement_tranche (agreement_id, position);

CREATE TABLE agreement_condition (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    agreement_id BIGINT        NOT NULL,
    position     INT           NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    met          BOOLEAN       NOT NULL DEFAULT FALSE,
    met_on       DATE,
    met_by       VARCHAR(254),
    met_at       DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_condition_position UNIQUE (agreement_id, position),
    CONSTRAINT fk_condition_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);

-- Append-only: each amendment keeps the commitments before and after and the schedule it set (canonical text).
CREATE TABLE agreement_amendment (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    agreement_id      BIGINT        NOT NULL,
    number            INT           NOT NULL,
    reason            VARCHAR(2000) NOT NULL,
    amended_by        VARCHAR(254)  NOT NULL,
    amended_at        DATETIME(6)   NOT NULL,
    previous_grant    DECIMAL(15,2) NOT NULL,
    previous_advance  DECIMAL(15,2) NOT NULL,
    previous_equity   DECIMAL(15,2) NOT NULL,
    committed_grant   DECIMAL(15,2) NOT NULL,
    committed_advance DECIMAL(15,2) NOT NULL,
    committed_equity  DECIMAL(15,2) NOT NULL,
    schedule          TEXT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_amendment_number UNIQUE (agreement_id, number),
    CONSTRAINT fk_amendment_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);

-- A disbursement: PENDING -> APPROVED -> PAID, or CANCELLED before payment. The idempotency key is unique per
-- requester (NULLs allowed: a request without a key). Sums per agreement/instrument/status and per tranche/status
-- are served by the two first indexes; the approval queue by the third.
CREATE TABLE disbursement (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    agreement_id    BIGINT        NOT NULL,
    tranche_id      BIGINT        NOT NULL,
    instrument      VARCHAR(30)   NOT NULL,
    amount          DECIMAL(15,2) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    requested_by    VARCHAR(254)  NOT NULL,
    requested_role  VARCHAR(30)   NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    idempotency_key VARCHAR(100),
    approved_by     VARCHAR(254),
    approved_at     DATETIME(6),
    paid_on         DATE,
    bank_reference  VARCHAR(60),
    paid_by         VARCHAR(254),
    paid_at         DATETIME(6),
    cancelled_by    VARCHAR(254),
    cancelled_at    DATETIME(6),
    cancel_reason   VARCHAR(2000),
    PRIMARY KEY (id),
    CONSTRAINT uq_disbursement_idempotency UNIQUE (requested_by, idempotency_key),
    CONSTRAINT ck_disbursement_amount CHECK (amount > 0),
    CONSTRAINT ck_disbursement_status CHECK (status IN ('PENDING', 'APPROVED', 'PAID', 'CANCELLED')),
    CONSTRAINT fk_disbursement_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT fk_disbursement_tranche FOREIGN KEY (tranche_id) REFERENCES agreement_tranche (id)
);
CREATE INDEX ix_disbursement_agreement ON disbursement (agreement_id, instrument, status);
CREATE INDEX ix_disbursement_tranche ON disbursement (tranche_id, status);
CREATE INDEX ix_disbursement_status ON disbursement (status, requested_at);

CREATE TABLE disbursement_evidence (
    disbursement_id BIGINT NOT NULL,
    document_id     BIGINT NOT NULL,
    PRIMARY KEY (disbursement_id, document_id),
    CONSTRAINT fk_evidence_disbursement FOREIGN KEY (disbursement_id) REFERENCES disbursement (id),
    CONSTRAINT fk_evidence_document FOREIGN KEY (document_id) REFERENCES document (id)
);

-- Repayable advances: one schedule per agreement, generated after the project end from the paid advance.
CREATE TABLE repayment_schedule (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    agreement_id    BIGINT        NOT NULL,
    basis           DECIMAL(15,2) NOT NULL,
    first_due_on    DATE          NOT NULL,
    instalments     INT           NOT NULL,
    frequency       VARCHAR(20)   NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    late_checked_on DATE,
    PRIMARY KEY (id),
    CONSTRAINT uq_repayment_schedule_agreement UNIQUE (agreement_id),
    CONSTRAINT ck_repayment_schedule CHECK (basis > 0 AND instalments > 0),
    CONSTRAINT fk_repayment_schedule_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);

CREATE TABLE repayment_instalment (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    schedule_id     BIGINT        NOT NULL,
    number          INT           NOT NULL,
    due_on          DATE          NOT NULL,
    amount          DECIMAL(15,2) NOT NULL,
    late            BOOLEAN       NOT NULL DEFAULT FALSE,
    flagged_late_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_instalment_number UNIQUE (schedule_id, number),
    CONSTRAINT ck_instalment_amount CHECK (amount > 0),
    CONSTRAINT fk_instalment_schedule FOREIGN KEY (schedule_id) REFERENCES repayment_schedule (id)
);
CREATE INDEX ix_instalment_due ON repayment_instalment (due_on, late);

CREATE TABLE repayment (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    schedule_id BIGINT        NOT NULL,
    received_on DATE          NOT NULL,
    amount      DECIMAL(15,2) NOT NULL,
    reference   VARCHAR(60),
    recorded_by VARCHAR(254)  NOT NULL,
    recorded_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_repayment_amount CHECK (amount > 0),
    CONSTRAINT fk_repayment_schedule FOREIGN KEY (schedule_id) REFERENCES repayment_schedule (id)
);
CREATE INDEX ix_repayment_schedule ON repayment (schedule_id, received_on);

-- The failure of a project ("constat d'echec"): a partial or total write-off, by a decision with its reference.
CREATE TABLE repayment_write_off (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    schedule_id        BIGINT        NOT NULL,
    kind               VARCHAR(10)   NOT NULL,
    amount             DECIMAL(15,2) NOT NULL,
    decided_on         DATE          NOT NULL,
    decision_reference VARCHAR(100)  NOT NULL,
    reason             VARCHAR(2000),
    recorded_by        VARCHAR(254)  NOT NULL,
    recorded_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_write_off CHECK (amount > 0 AND kind IN ('PARTIAL', 'TOTAL')),
    CONSTRAINT fk_write_off_schedule FOREIGN KEY (schedule_id) REFERENCES repayment_schedule (id)
);
CREATE INDEX ix_write_off_schedule ON repayment_write_off (schedule_id);

-- Equity stakes: price per share and ownership are ratios, not money (more decimals, never a DECIMAL(15,2)).
CREATE TABLE equity_stake (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    agreement_id    BIGINT        NOT NULL,
    invested_on     DATE          NOT NULL,
    invested        DECIMAL(15,2) NOT NULL,
    shares          BIGINT        NOT NULL,
    price_per_share DECIMAL(19,6) NOT NULL,
    ownership_pct   DECIMAL(9,6)  NOT NULL,
    recorded_by     VARCHAR(254)  NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_equity_stake_agreement UNIQUE (agreement_id),
    CONSTRAINT ck_equity_stake CHECK (invested > 0 AND shares > 0 AND price_per_share > 0
        AND ownership_pct > 0 AND ownership_pct <= 100),
    CONSTRAINT fk_equity_stake_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);

CREATE TABLE equity_valuation (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    stake_id    BIGINT        NOT NULL,
    valued_on   DATE          NOT NULL,
    amount      DECIMAL(15,2) NOT NULL,
    method      VARCHAR(30)   NOT NULL,
    recorded_by VARCHAR(254)  NOT NULL,
    recorded_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_valuation_date UNIQUE (stake_id, valued_on),
    CONSTRAINT ck_valuation_amount CHECK (amount >= 0),
    CONSTRAINT fk_valuation_stake FOREIGN KEY (stake_id) REFERENCES equity_stake (id)
);

CREATE TABLE equity_exit (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    stake_id    BIGINT        NOT NULL,
    exited_on   DATE          NOT NULL,
    shares_sold BIGINT        NOT NULL,
    proceeds    DECIMAL(15,2) NOT NULL,
    buyer       VARCHAR(300),
    recorded_by VARCHAR(254)  NOT NULL,
    recorded_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_exit CHECK (shares_sold > 0 AND proceeds >= 0),
    CONSTRAINT fk_exit_stake FOREIGN KEY (stake_id) REFERENCES equity_stake (id)
);
CREATE INDEX ix_exit_stake ON equity_exit (stake_id, exited_on);

-- Impact follow-up: the progress reports a beneficiary owes on its signed agreement (scheduled at the signature,
-- see org.levier.impact), what each report states (narrative, expenses) and the actual value per indicator of the
-- dossier's targets. Common dialect of MySQL 8 / MariaDB 10.11+ and H2 (MODE=LEGACY).

-- One row per report owed; (dossier_id, number) is unique, so two nodes scheduling the same dossier at once cannot
-- both succeed. reminder_sent_at / overdue_reminded_at are claimed by conditional updates (one e-mail each).
CREATE TABLE progress_report (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    version             BIGINT        NOT NULL DEFAULT 0,
    dossier_id          BIGINT        NOT NULL,
    agreement_id        BIGINT        NOT NULL,
    number              INT           NOT NULL,
    kind                VARCHAR(10)   NOT NULL,
    period_from         DATE          NOT NULL,
    period_to           DATE          NOT NULL,
    due_on              DATE          NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    narrative           MEDIUMTEXT,
    expenses            DECIMAL(15,2),
    submissions         INT           NOT NULL DEFAULT 0,
    submitted_by        VARCHAR(254),
    submitted_at        DATETIME(6),
    reviewed_by         VARCHAR(254),
    reviewed_at         DATETIME(6),
    return_reason       VARCHAR(2000),
    reminder_sent_at    DATETIME(6),
    overdue_reminded_at DATETIME(6),
    created_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_progress_report_number UNIQUE (dossier_id, number),
    CONSTRAINT ck_progress_report_status CHECK (status IN ('DUE', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    CONSTRAINT ck_progress_report_kind CHECK (kind IN ('INTERIM', 'FINAL')),
    CONSTRAINT ck_progress_report_period CHECK (period_from <= period_to AND period_to <= due_on),
    CONSTRAINT ck_progress_report_expenses CHECK (expenses IS NULL OR expenses >= 0),
    CONSTRAINT fk_progress_report_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_progress_report_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);
CREATE INDEX ix_progress_report_due ON progress_report (status, due_on);

-- The actual values a report states, replaced as a whole when a returned report is submitted again; like the
-- dossier's child rows, (report_id, indicator) is deliberately not unique: the JPA provider may insert the new rows
-- before it deletes the old ones. dossier_id is repeated so the aggregates join one table less.
CREATE TABLE progress_report_value (
    report_id  BIGINT        NOT NULL,
    dossier_id BIGINT        NOT NULL,
    indicator  VARCHAR(40)   NOT NULL,
    actual     DECIMAL(19,4) NOT NULL,
    CONSTRAINT ck_progress_value_actual CHECK (actual >= 0),
    CONSTRAINT fk_progress_value_report FOREIGN KEY (report_id) REFERENCES progress_report (id),
    CONSTRAINT fk_progress_value_indicator FOREIGN KEY (indicator) REFERENCES impact_indicator (code)
);
CREATE INDEX ix_progress_value_report ON progress_report_value (report_id, indicator);
CREATE INDEX ix_progress_value_dossier ON progress_report_value (dossier_id, indicator);

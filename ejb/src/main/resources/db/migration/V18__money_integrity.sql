-- Money integrity (issue 12): conditions precedent met with their evidence and withdrawable with a reason, one bank
-- reference per payment across the fund, reversible repayments. Common dialect of MySQL 8 / MariaDB 10.11+ and H2
-- (MODE=LEGACY).

-- A condition precedent is met with the document of the dossier that evidences it; withdrawing the "met" (while no
-- money depends on it) keeps the last withdrawal's reason here, every one in the audit trail.
ALTER TABLE agreement_condition ADD COLUMN evidence_document_id BIGINT;
ALTER TABLE agreement_condition ADD COLUMN withdrawn_reason VARCHAR(2000);
ALTER TABLE agreement_condition ADD COLUMN withdrawn_by VARCHAR(254);
ALTER TABLE agreement_condition ADD COLUMN withdrawn_at DATETIME(6);
ALTER TABLE agreement_condition ADD CONSTRAINT fk_condition_evidence
    FOREIGN KEY (evidence_document_id) REFERENCES document (id);

-- A bank reference is unique across the fund. Payments recorded before this rule with a reference already used keep
-- their first use; each later duplicate gets its disbursement id appended ("<reference>/<id>", at most 60
-- characters), so that the index can exist and nothing is lost. The payment use case refuses a reused reference
-- (422) and the index backs it when two payments race for one reference.
UPDATE disbursement SET bank_reference = CONCAT(LEFT(bank_reference, 40), '/', id)
WHERE bank_reference IS NOT NULL
  AND id NOT IN (SELECT first_id FROM (SELECT MIN(id) AS first_id FROM disbursement
                                      WHERE bank_reference IS NOT NULL GROUP BY bank_reference) AS firsts);
CREATE UNIQUE INDEX uq_disbursement_bank_reference ON disbursement (bank_reference);

-- A repayment is never deleted: a reversal (with its reason) takes it out of what was repaid.
CREATE TABLE repayment_reversal (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    schedule_id  BIGINT        NOT NULL,
    repayment_id BIGINT        NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    reversed_by  VARCHAR(254)  NOT NULL,
    reversed_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_repayment_reversal UNIQUE (repayment_id),
    CONSTRAINT fk_reversal_schedule FOREIGN KEY (schedule_id) REFERENCES repayment_schedule (id),
    CONSTRAINT fk_reversal_repayment FOREIGN KEY (repayment_id) REFERENCES repayment (id)
);
CREATE INDEX ix_reversal_schedule ON repayment_reversal (schedule_id);

-- How many times the schedule was rebuilt on further advance paid (0: as generated).
ALTER TABLE repayment_schedule ADD COLUMN rebuilt INT NOT NULL DEFAULT 0;

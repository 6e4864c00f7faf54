-- Budget control at the committee (issue 11): an approval reserves its amounts against the programme's allotment
-- and the action's envelope. The reservation is not a counter: it is computed under the programme's row lock from
-- the approving decisions of dossiers still APPROVED (no agreement yet), so a rejection, a signature (the agreement
-- then commits), a termination or an amendment releases by itself. An approval the director records explicitly
-- "subject to funds" reserves nothing until a director confirms the funds (funds_confirmed_at set).
-- Common dialect of MySQL 8 / MariaDB 10.11+ and H2 (MODE=LEGACY).
ALTER TABLE committee_decision ADD COLUMN subject_to_funds BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE committee_decision ADD COLUMN funds_confirmed_by VARCHAR(254);
ALTER TABLE committee_decision ADD COLUMN funds_confirmed_at DATETIME(6);
ALTER TABLE committee_decision ADD CONSTRAINT ck_decision_subject_to_funds
    CHECK (subject_to_funds = TRUE OR funds_confirmed_at IS NULL);

-- Corrections of a de minimis declaration by the applicant: the declaration keeps its current values, each
-- correction is appended here with the values before and after and the reason (never updated nor deleted).
CREATE TABLE organisation_de_minimis_correction (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    aid_id                 BIGINT        NOT NULL,
    previous_granted_on    DATE          NOT NULL,
    previous_amount        DECIMAL(15,2) NOT NULL,
    previous_granting_body VARCHAR(300)  NOT NULL,
    granted_on             DATE          NOT NULL,
    amount                 DECIMAL(15,2) NOT NULL,
    granting_body          VARCHAR(300)  NOT NULL,
    reason                 VARCHAR(2000) NOT NULL,
    corrected_by           VARCHAR(254)  NOT NULL,
    corrected_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_de_minimis_correction_aid FOREIGN KEY (aid_id) REFERENCES organisation_de_minimis (id),
    CONSTRAINT ck_de_minimis_correction_amount CHECK (amount > 0)
);
CREATE INDEX ix_de_minimis_correction_aid ON organisation_de_minimis_correction (aid_id, corrected_at);

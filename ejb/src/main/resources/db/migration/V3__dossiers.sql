-- Dossiers (applications), their budget, financing plan, impact targets, milestones, lifecycle history,
-- documents and the gapless reference counters. Common dialect of MySQL 8 / MariaDB 10.11+ and H2 (MODE=LEGACY).
-- Sized for ~100,000 dossiers: every list the application runs is served by an index below.

-- Summary: up to 20,000 characters of 4-byte UTF-8 would overflow TEXT (65,535 bytes), hence MEDIUMTEXT.
-- Reference: VARCHAR(40), not 30: a 20-character programme code plus a fifth sequence digit must still fit.
CREATE TABLE dossier (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL DEFAULT 0,
    programme_id      BIGINT        NOT NULL,
    call_id           BIGINT        NOT NULL,
    action_id         BIGINT        NOT NULL,
    organisation_id   BIGINT        NOT NULL,
    created_by        VARCHAR(254)  NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    summary           MEDIUMTEXT,
    start_date        DATE,
    end_date          DATE,
    status            VARCHAR(30)   NOT NULL,
    reference         VARCHAR(40),
    requested_grant   DECIMAL(15,2) NOT NULL DEFAULT 0,
    requested_advance DECIMAL(15,2) NOT NULL DEFAULT 0,
    requested_equity  DECIMAL(15,2) NOT NULL DEFAULT 0,
    submitted_at      DATETIME(6),
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_dossier_reference UNIQUE (reference),
    CONSTRAINT fk_dossier_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_dossier_call FOREIGN KEY (call_id) REFERENCES call_for_projects (id),
    CONSTRAINT fk_dossier_action FOREIGN KEY (action_id) REFERENCES programme_action (id),
    CONSTRAINT fk_dossier_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_dossier_programme_status ON dossier (programme_id, status, updated_at);
CREATE INDEX ix_dossier_organisation ON dossier (organisation_id, updated_at);
CREATE INDEX ix_dossier_call ON dossier (call_id);
CREATE INDEX ix_dossier_action ON dossier (action_id, status);
CREATE INDEX ix_dossier_status ON dossier (status, updated_at);

-- Child rows are replaced as a whole while the dossier is a draft, so (dossier_id, position) is deliberately not
-- unique: the JPA provider may insert the new rows before it deletes the old ones.
CREATE TABLE dossier_budget_line (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    dossier_id BIGINT        NOT NULL,
    position   INT           NOT NULL,
    category   VARCHAR(30)   NOT NULL,
    label      VARCHAR(300)  NOT NULL,
    amount     DECIMAL(15,2) NOT NULL,
    eligible   BOOLEAN,
    PRIMARY KEY (id),
    CONSTRAINT fk_budget_line_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_budget_line_dossier ON dossier_budget_line (dossier_id, position);

CREATE TABLE dossier_cofinancing (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    dossier_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    source_type VARCHAR(30)   NOT NULL,
    funder      VARCHAR(200)  NOT NULL,
    amount      DECIMAL(15,2) NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_cofinancing_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_cofinancing_dossier ON dossier_cofinancing (dossier_id, position);
CREATE INDEX ix_cofinancing_source ON dossier_cofinancing (source_type, status);

CREATE TABLE impact_indicator (
    code     VARCHAR(40)  NOT NULL,
    unit     VARCHAR(40)  NOT NULL,
    label_fr VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    PRIMARY KEY (code)
);
INSERT INTO impact_indicator (code, unit, label_fr, label_en) VALUES
    ('CO2_AVOIDED', 't/year', 'Émissions de CO2 évitées', 'CO2 emissions avoided'),
    ('JOBS_CREATED', 'jobs', 'Emplois créés', 'Jobs created'),
    ('JOBS_SAFEGUARDED', 'jobs', 'Emplois maintenus', 'Jobs safeguarded'),
    ('RENEWABLE_ENERGY', 'MWh/year', 'Énergie renouvelable produite', 'Renewable energy produced'),
    ('MATERIALS_RECOVERED', 't/year', 'Matières valorisées', 'Materials recovered'),
    ('NOX_REDUCED', 'kg/year', 'Réduction des émissions de NOx', 'NOx emissions reduced'),
    ('PM10_REDUCED', 'kg/year', 'Réduction des émissions de PM10', 'PM10 emissions reduced'),
    ('PEOPLE_TRAINED', 'people', 'Personnes formées', 'People trained');

CREATE TABLE dossier_impact_target (
    dossier_id BIGINT        NOT NULL,
    indicator  VARCHAR(40)   NOT NULL,
    target     DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (dossier_id, indicator),
    CONSTRAINT fk_impact_target_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_impact_target_indicator FOREIGN KEY (indicator) REFERENCES impact_indicator (code)
);
CREATE INDEX ix_impact_target_indicator ON dossier_impact_target (indicator);

CREATE TABLE dossier_milestone (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    dossier_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    title      VARCHAR(300) NOT NULL,
    due_date   DATE         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_milestone_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_milestone_dossier ON dossier_milestone (dossier_id, position);

-- Append-only history of the lifecycle; from_status is NULL for the creation of the draft.
CREATE TABLE dossier_transition (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    dossier_id  BIGINT        NOT NULL,
    from_status VARCHAR(30),
    to_status   VARCHAR(30)   NOT NULL,
    actor       VARCHAR(254)  NOT NULL,
    actor_role  VARCHAR(30),
    reason      VARCHAR(2000),
    occurred_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_transition_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_transition_dossier ON dossier_transition (dossier_id, occurred_at);

-- One row per programme and year, locked (PESSIMISTIC_WRITE) while a submission takes the next number, so
-- references are gapless: a rolled-back submission rolls its number back too. ref_year, not "year": a keyword.
CREATE TABLE dossier_reference_counter (
    programme_code VARCHAR(20) NOT NULL,
    ref_year       INT         NOT NULL,
    last_number    INT         NOT NULL,
    PRIMARY KEY (programme_code, ref_year)
);

-- Documents: metadata here, bytes in document_content (read only when downloaded). A re-upload of the same kind
-- and file name is a new version; the unique key makes two concurrent uploads of one version fail, not merge.
CREATE TABLE document (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    dossier_id   BIGINT       NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    version      INT          NOT NULL,
    uploaded_by  VARCHAR(254) NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_document_version UNIQUE (dossier_id, kind, file_name, version),
    CONSTRAINT fk_document_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_document_dossier_kind ON document (dossier_id, kind);

CREATE TABLE document_content (
    document_id BIGINT   NOT NULL,
    content     LONGBLOB NOT NULL,
    PRIMARY KEY (document_id),
    CONSTRAINT fk_document_content_document FOREIGN KEY (document_id) REFERENCES document (id)
);

-- The document kinds a call requires before a dossier may be submitted.
CREATE TABLE call_mandatory_document (
    call_id BIGINT      NOT NULL,
    kind    VARCHAR(40) NOT NULL,
    PRIMARY KEY (call_id, kind),
    CONSTRAINT fk_mandatory_document_call FOREIGN KEY (call_id) REFERENCES call_for_projects (id)
);

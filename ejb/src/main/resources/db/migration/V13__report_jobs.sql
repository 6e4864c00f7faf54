-- Large reports produced in the background (report jobs): who asked (name, roles captured at request time, the
-- applicant organisation when the requester acted as an applicant), what (type, format, parameters), where the job
-- is (QUEUED, RUNNING, DONE, FAILED; progress 0..100) and, once DONE, the file: its SHA-256 and size here, its bytes
-- in report_job_chunk, 1 MiB a row (below MariaDB's default max_allowed_packet of 16 MiB whatever the file's size;
-- read back a chunk at a time, so a download never holds the whole file in memory).
CREATE TABLE report_job (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    requester       VARCHAR(254)  NOT NULL,
    requester_roles VARCHAR(200)  NOT NULL,
    organisation_id BIGINT,
    report_type     VARCHAR(40)   NOT NULL,
    report_format   VARCHAR(10)   NOT NULL,
    programme       VARCHAR(20),
    dossier_id      BIGINT,
    period_from     DATE,
    period_to       DATE,
    lang            VARCHAR(5)    NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    progress        INT           NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    started_at      DATETIME(6),
    finished_at     DATETIME(6),
    error           VARCHAR(500),
    subject         VARCHAR(120),
    content_bytes   BIGINT,
    sha256          CHAR(64),
    PRIMARY KEY (id),
    CONSTRAINT ck_report_job_status CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT ck_report_job_progress CHECK (progress BETWEEN 0 AND 100)
);
CREATE INDEX ix_report_job_requester ON report_job (requester, created_at);
CREATE INDEX ix_report_job_status ON report_job (status, id);

CREATE TABLE report_job_chunk (
    job_id  BIGINT     NOT NULL,
    chunk   INT        NOT NULL,
    content MEDIUMBLOB NOT NULL,
    PRIMARY KEY (job_id, chunk),
    CONSTRAINT fk_report_job_chunk_job FOREIGN KEY (job_id) REFERENCES report_job (id)
);

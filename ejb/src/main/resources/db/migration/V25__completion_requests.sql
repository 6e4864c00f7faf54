-- The correction loop: the fund's staff send a submitted dossier back to its applicant for completion
-- (dossier.status RETURNED_FOR_COMPLETION) with the list of what to fix and a due date; the applicant corrects the
-- dossier and resubmits it under the same reference. One row per return; at most one OPEN per dossier (checked
-- under the dossier's row lock). reminder_sent_at is claimed by a conditional update, so one reminder goes out
-- whatever the number of nodes. Common dialect of MariaDB 10.11+ and H2 (MODE=LEGACY).
CREATE TABLE completion_request (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    version          BIGINT        NOT NULL,
    dossier_id       BIGINT        NOT NULL,
    from_status      VARCHAR(30)   NOT NULL,
    due_date         DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    requested_by     VARCHAR(254)  NOT NULL,
    requested_role   VARCHAR(30)   NOT NULL,
    requested_at     DATETIME(6)   NOT NULL,
    resubmitted_by   VARCHAR(254),
    resubmitted_at   DATETIME(6),
    reminder_sent_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_completion_request_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT ck_completion_request_status CHECK (status IN ('OPEN', 'RESUBMITTED', 'CLOSED')),
    CONSTRAINT ck_completion_request_resubmitted CHECK (status <> 'RESUBMITTED' OR resubmitted_at IS NOT NULL)
);
CREATE INDEX ix_completion_request_dossier ON completion_request (dossier_id, status);
CREATE INDEX ix_completion_request_reminder ON completion_request (status, reminder_sent_at, due_date);

-- What to fix, one line per item, in the order the staff wrote them.
CREATE TABLE completion_request_item (
    request_id BIGINT        NOT NULL,
    position   INT           NOT NULL,
    item_text  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (request_id, position),
    CONSTRAINT fk_completion_item_request FOREIGN KEY (request_id) REFERENCES completion_request (id)
);

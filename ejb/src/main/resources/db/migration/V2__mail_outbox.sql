-- Transactional outbox of e-mails: a message is stored in the transaction of the change it announces and sent
-- after commit when SMTP is configured; with no SMTP (the run command's default) it stays HELD for admins to read.
CREATE TABLE mail_outbox (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    recipient    VARCHAR(254)  NOT NULL,
    subject      VARCHAR(300)  NOT NULL,
    body         TEXT          NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    attempts     INT           NOT NULL DEFAULT 0,
    last_error   VARCHAR(1000),
    claimed_by   VARCHAR(80),
    claimed_at   DATETIME(6),
    created_at   DATETIME(6)   NOT NULL,
    sent_at      DATETIME(6),
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
);
CREATE INDEX ix_mail_outbox_status ON mail_outbox (status, created_at);
CREATE INDEX ix_mail_outbox_recipient ON mail_outbox (recipient, created_at);

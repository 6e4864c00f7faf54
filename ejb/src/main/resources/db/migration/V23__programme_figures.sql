-- Maintained programme figures (issue 13): the sums that leverage, portfolio, pipeline and dashboard read, kept in
-- the same transaction as each change that moves them (portfolio component, FigureLedger). Common dialect of
-- MySQL 8 / MariaDB 10.11+ and H2 (MODE=LEGACY).
--
-- dossier_figures: each dossier's current contribution (one row per dossier, its figures encoded as
-- "code=amount/items;..."), the snapshot a change is compared with; its row is also the lock a transaction takes,
-- in dossier order, before it recomputes the dossier.
CREATE TABLE dossier_figures (
    dossier_id   BIGINT        NOT NULL,
    programme_id BIGINT        NOT NULL,
    action_id    BIGINT        NOT NULL,
    figures      VARCHAR(8000) NOT NULL,
    PRIMARY KEY (dossier_id)
);

-- programme_figure: the sums per programme x action x figure code (the code names the basis, instrument, source
-- type or status: e.g. committed.fund, committed.source.BANK_LOAN.private, disbursement.PAID.GRANT, status.DRAFT).
-- items counts what the sum is made of (dossiers, lines, disbursements).
CREATE TABLE programme_figure (
    programme_id BIGINT        NOT NULL,
    action_id    BIGINT        NOT NULL,
    figure       VARCHAR(80)   NOT NULL,
    amount       DECIMAL(19,2) NOT NULL DEFAULT 0,
    items        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (programme_id, action_id, figure)
);

-- De minimis aid an organisation declares having received (Regulation (EU) 2023/2831): the submission rule adds
-- the last three rolling years of it to the grant-equivalent requested when a call's regime is DE_MINIMIS.
CREATE TABLE organisation_de_minimis (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT        NOT NULL,
    granted_on      DATE          NOT NULL,
    amount          DECIMAL(15,2) NOT NULL,
    granting_body   VARCHAR(300)  NOT NULL,
    declared_by     VARCHAR(254)  NOT NULL,
    declared_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_de_minimis_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_de_minimis_amount CHECK (amount > 0)
);
CREATE INDEX ix_de_minimis_organisation ON organisation_de_minimis (organisation_id, granted_on);

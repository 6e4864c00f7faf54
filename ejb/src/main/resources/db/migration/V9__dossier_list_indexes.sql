-- The staff list of dossiers, fit for 100,000 rows: its default order (newest change first, id breaking ties) and
-- the order by submission date read an index instead of sorting the whole table (InnoDB appends the primary key
-- to every secondary index, so (updated_at) serves "updated_at desc, id desc"). The filters by status, programme
-- and action already have theirs (V3); the counts per status read ix_dossier_status alone (GROUP BY status).
CREATE INDEX ix_dossier_updated ON dossier (updated_at);
CREATE INDEX ix_dossier_submitted ON dossier (submitted_at);

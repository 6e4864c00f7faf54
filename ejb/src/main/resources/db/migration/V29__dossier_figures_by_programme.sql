-- The leverage per dossier read from the maintained figures (issue 13): a page of a programme's dossiers is a range
-- of this index in dossier order (FigureQueries.dossierPage), instead of the whole programme's rows summed again.
-- Common dialect of MySQL 8 / MariaDB 10.11+ and H2 (MODE=LEGACY).
CREATE INDEX ix_dossier_figures_programme ON dossier_figures (programme_id, dossier_id);

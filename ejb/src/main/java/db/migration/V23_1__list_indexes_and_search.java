package db.migration;

import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The staff list at national scale (issue 13): every filter reads an index in the list's default order (newest change
 * first; InnoDB appends the primary key, so "updated_at desc, id desc" is served), every sort has its index; and the
 * free-text search gets full-text indexes on MySQL/MariaDB (dossier titles, organisation names). H2 (the run
 * command's embedded database) has no such index: its search keeps the plain {@code LIKE} (small data).
 * A Java migration because the full-text part is MySQL/MariaDB only (the SQL migrations keep to the common dialect).
 */
public class V23_1__list_indexes_and_search extends BaseJavaMigration {

    private static final List<String> COMMON = List.of(
            "CREATE INDEX ix_dossier_programme_updated ON dossier (programme_id, updated_at)",
            "CREATE INDEX ix_dossier_action_updated ON dossier (action_id, updated_at)",
            "CREATE INDEX ix_dossier_call_updated ON dossier (call_id, updated_at)",
            "CREATE INDEX ix_dossier_status_submitted ON dossier (status, submitted_at)",
            "CREATE INDEX ix_dossier_created ON dossier (created_at)",
            "CREATE INDEX ix_dossier_title ON dossier (title)");
    private static final List<String> FULL_TEXT = List.of(
            "CREATE FULLTEXT INDEX ft_dossier_title ON dossier (title)",
            "CREATE FULLTEXT INDEX ft_organisation_name ON organisation (legal_name)");

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        boolean mysql = product.contains("mysql") || product.contains("mariadb");
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : COMMON) {
                statement.execute(sql);
            }
            if (mysql) {
                for (String sql : FULL_TEXT) {
                    statement.execute(sql);
                }
            }
        }
    }
}

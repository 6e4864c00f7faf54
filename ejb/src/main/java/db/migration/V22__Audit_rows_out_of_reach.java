package db.migration;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On MySQL/MariaDB, moves the audit rows into the database {@code <database>_audit}, where the application's
 * account may only SELECT and INSERT (and CREATE, for this migration): it can neither update nor delete an audit
 * row. {@code audit_event} stays readable and insertable under its name as a view (whose definer, the application's
 * account, holds no UPDATE or DELETE on the rows either). MySQL/MariaDB privileges only add up, so a table of the
 * application's own database cannot be withheld from an account that owns it: hence a second database, prepared by
 * the administrator with {@code config/mysql/create-database.sql}.
 *
 * <p>When {@code <database>_audit} does not exist (an installation not yet given it), the rows stay where they are
 * and the log says what to do; on H2 (the embedded database of the run command, one account) nothing is done.
 * A Java migration because the audit database's name follows the application's, known only when it runs.
 */
public class V22__Audit_rows_out_of_reach extends BaseJavaMigration {

    private static final Logger LOG = System.getLogger(V22__Audit_rows_out_of_reach.class.getName());

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        if (!product.contains("mysql") && !product.contains("mariadb")) {
            return;
        }
        String database;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT DATABASE()")) {
            rs.next();
            database = rs.getString(1);
        }
        String audit = database + "_audit";
        try (PreparedStatement st = c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")) {
            st.setString(1, audit);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    LOG.log(Level.WARNING, "The database " + audit + " does not exist: audit rows stay in "
                            + database + ", where the application's account could update them: see config/mysql/README.md"
                            + " (Audit rows out of the application's reach) to move them.");
                    return;
                }
            }
        }
        String target = "`" + audit.replace("`", "") + "`.audit_event";
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + target + " LIKE audit_event");
            st.execute("INSERT INTO " + target + " SELECT * FROM audit_event"
                    + " WHERE seq > (SELECT COALESCE(MAX(seq), 0) FROM " + target + ")");
            st.execute("DROP TABLE audit_event");
            st.execute("CREATE VIEW audit_event AS SELECT seq, occurred_at, actor, actor_role, action, entity_type,"
                    + " entity_id, summary, changes, prev_hash, hash FROM " + target);
        }
    }
}

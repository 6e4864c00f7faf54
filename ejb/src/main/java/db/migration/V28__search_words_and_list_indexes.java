package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.levier.shared.control.SearchWords;

/**
 * The staff list's search and sorts at national scale (issue 13), the same on H2 and MySQL/MariaDB.
 *
 * <p><b>Words</b>: {@code dossier_word} (the words of each dossier's title and reference) and
 * {@code organisation_word} (of each organisation's legal name, SIREN, SIRET and foreign registration number), as
 * {@link SearchWords} cuts them, filled here from the existing rows; from now on the entities keep them in the same
 * transaction as the change that moves them (element collections of {@code Dossier} and {@code Organisation}). Each
 * is indexed by (word, id): a searched word is a range of that index, whose size the search bounds (it reads at most
 * 1,001 ids per word, the rarest word first: {@code DossierSearch}). This inverted index of our own replaces the
 * MySQL/MariaDB full-text indexes of migration 23.1, dropped here: those served the page but not its count (a
 * {@code MATCH … OR reference LIKE …} scanned the table: 0.7–1.1 s at 100,000 dossiers), H2 had none (a different
 * search on the run command's database), and a word found in every row costs no more than a rare one with ours.
 *
 * <p><b>Sorts per filter</b>: the list reads the ids of its page from an index holding the filter's column and the
 * sort's ({@code DossierList}), then the page's rows by id; these add the pairs the list offers that 3, 9 and 23.1
 * did not have: by title, creation and reference within a status, an action or a call.
 *
 * <p>A Java migration for the words (cut by the application's own {@link SearchWords}) and for the MySQL/MariaDB
 * parts (the binary collation of the words, the full-text indexes dropped).
 */
public class V28__search_words_and_list_indexes extends BaseJavaMigration {

    private static final int CHUNK = 1000;
    private static final int ROWS_PER_INSERT = 500;
    private static final List<String> INDEXES = List.of(
            // The unique index on the reference cannot serve "reference, id" (it allows several nulls): this one can.
            "CREATE INDEX ix_dossier_reference ON dossier (reference)",
            "CREATE INDEX ix_dossier_action_title ON dossier (action_id, title)",
            "CREATE INDEX ix_dossier_action_submitted ON dossier (action_id, submitted_at)",
            "CREATE INDEX ix_dossier_action_created ON dossier (action_id, created_at)",
            "CREATE INDEX ix_dossier_action_reference ON dossier (action_id, reference)",
            "CREATE INDEX ix_dossier_status_title ON dossier (status, title)",
            "CREATE INDEX ix_dossier_status_created ON dossier (status, created_at)",
            "CREATE INDEX ix_dossier_status_reference ON dossier (status, reference)",
            "CREATE INDEX ix_dossier_call_title ON dossier (call_id, title)",
            "CREATE INDEX ix_dossier_call_created ON dossier (call_id, created_at)",
            "CREATE INDEX ix_dossier_word ON dossier_word (word, dossier_id)",
            "CREATE INDEX ix_organisation_word ON organisation_word (word, organisation_id)");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        boolean mysql = product.contains("mysql") || product.contains("mariadb");
        String word = "word VARCHAR(" + SearchWords.MAX_LENGTH + ")"
                + (mysql ? " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin" : "") + " NOT NULL";
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE dossier_word (dossier_id BIGINT NOT NULL, " + word + ","
                    + " CONSTRAINT pk_dossier_word PRIMARY KEY (dossier_id, word),"
                    + " CONSTRAINT fk_dossier_word_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id))");
            st.execute("CREATE TABLE organisation_word (organisation_id BIGINT NOT NULL, " + word + ","
                    + " CONSTRAINT pk_organisation_word PRIMARY KEY (organisation_id, word),"
                    + " CONSTRAINT fk_organisation_word_organisation FOREIGN KEY (organisation_id)"
                    + " REFERENCES organisation (id))");
        }
        fill(c, "SELECT id, title, reference FROM dossier WHERE id > ? ORDER BY id", "dossier_word (dossier_id, word)");
        fill(c, "SELECT id, legal_name, siren, siret, foreign_registration FROM organisation WHERE id > ? ORDER BY id",
                "organisation_word (organisation_id, word)");
        try (Statement st = c.createStatement()) {
            for (String sql : INDEXES) {
                st.execute(sql);
            }
            if (mysql) {
                st.execute("DROP INDEX ft_dossier_title ON dossier");
                st.execute("DROP INDEX ft_organisation_name ON organisation");
            }
        }
    }

    /** The words of every row {@code select} reads (its id first, then its texts), by chunks of ids. */
    private static void fill(Connection c, String select, String table) throws SQLException {
        long last = 0;
        while (true) {
            List<Object[]> rows = new ArrayList<>();
            long before = last;
            try (PreparedStatement st = c.prepareStatement(select)) {
                st.setMaxRows(CHUNK);
                st.setLong(1, last);
                try (ResultSet rs = st.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        String[] texts = new String[columns - 1];
                        for (int i = 2; i <= columns; i++) {
                            texts[i - 2] = rs.getString(i);
                        }
                        for (String w : SearchWords.of(texts)) {
                            rows.add(new Object[] {id, w});
                        }
                        last = id;
                    }
                }
            }
            if (last == before) {
                return;
            }
            insert(c, table, rows);
        }
    }

    static void insert(Connection c, String table, List<Object[]> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES ");
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
            }
            try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                int p = 1;
                for (Object[] row : part) {
                    st.setLong(p++, (Long) row[0]);
                    st.setString(p++, (String) row[1]);
                }
                st.executeUpdate();
            }
        }
    }
}

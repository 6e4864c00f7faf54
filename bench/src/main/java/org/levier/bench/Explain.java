package org.levier.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.levier.shared.control.Rows;

/**
 * The EXPLAIN of every statement the benchmark's queries sent (captured: the native SQL through {@link Recording},
 * the JPQL's SQL through EclipseLink's log, {@link SqlCapture}), printed at the full size.
 */
final class Explain {

    private Explain() {
    }

    /** The plan of every statement the last run of each query sent, at the full size. */
    static void explain(Connection c, Map<String, List<SqlCapture.Statement>> statements, Consumer<String> line)
            throws SQLException {
        line.accept("");
        line.accept("EXPLAIN at %s dossiers (table: access type / key / rows examined estimate / extra):".formatted(
                "%,d".formatted(Invariants.count(c, "SELECT COUNT(*) FROM dossier", null))));
        for (Map.Entry<String, List<SqlCapture.Statement>> entry : statements.entrySet()) {
            line.accept("  " + entry.getKey());
            Set<String> seen = new HashSet<>();
            for (SqlCapture.Statement s : entry.getValue()) {
                // A statement repeated with other values (the audit verification's batches) is shown once.
                if (!s.sql().regionMatches(true, 0, "SELECT", 0, 6) || !seen.add(s.sql())) {
                    continue;
                }
                try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + s.sql())) {
                    for (int k = 0; k < s.binds().size(); k++) {
                        ps.setObject(k + 1, bindValue(s.binds().get(k)));
                    }
                    try (ResultSet r = ps.executeQuery()) {
                        List<String> steps = new ArrayList<>();
                        while (r.next()) {
                            steps.add("%s: %s / %s / %s%s".formatted(r.getString("table"), r.getString("type"),
                                    r.getString("key"), r.getString("rows"),
                                    r.getString("Extra") == null ? "" : " / " + r.getString("Extra")));
                        }
                        line.accept("    " + abbreviate(s.sql()));
                        steps.forEach(step -> line.accept("      " + step));
                    }
                } catch (SQLException e) {
                    line.accept("    (cannot EXPLAIN: " + e.getMessage() + ") " + abbreviate(s.sql()));
                }
            }
        }
    }

    private static Object bindValue(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
    }

    /** The application's {@link Rows}, remembering the statements of a run for EXPLAIN. */
    static final class Recording implements Rows {
        private final Rows delegate;
        private final List<SqlCapture.Statement> recorded = new ArrayList<>();
        private boolean on;

        Recording(Rows delegate) {
            this.delegate = delegate;
        }

        void start() {
            recorded.clear();
            on = true;
        }

        List<SqlCapture.Statement> stop() {
            on = false;
            return List.copyOf(recorded);
        }

        @Override
        public List<Object[]> select(String sql, List<?> parameters) {
            if (on) {
                recorded.add(new SqlCapture.Statement(sql, parameters.stream().map(String::valueOf).toList()));
            }
            return delegate.select(sql, parameters);
        }

        @Override
        public int update(String sql, List<?> parameters) {
            return delegate.update(sql, parameters);
        }
    }
}

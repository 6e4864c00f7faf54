package org.levier.portfolio.control;

import java.util.ArrayList;
import java.util.List;
import org.levier.shared.control.Rows;

/**
 * A programme's co-financing ledger summed per source type or per funder, and per status, for the co-financing
 * component's {@code LedgerSums} (which defines what counts and reads the rows): the dossiers' financing lines, their
 * dossiers and programme, one {@code GROUP BY}, on the caller's connection and transaction.
 */
public final class CofinancingSums {

    private CofinancingSums() {
    }

    /** The rows of {@link #sql} for its parameters. */
    public static List<Object[]> select(Rows rows, boolean byFunder, List<Object> parameters) {
        return rows.select(sql(byFunder, parameters.size() - 1), parameters);
    }

    /**
     * Positional parameters: {@code ?1} the programme's code, {@code ?2…} the {@code statuses} dossier statuses
     * whose lines count. Columns: key, label, status, lines, submitted, amount that counts now.
     */
    public static String sql(boolean byFunder, int statuses) {
        String key = byFunder ? "COALESCE(c.funder_key, LOWER(TRIM(c.funder)))" : "c.source_type";
        String label = byFunder ? "c.funder" : "c.source_type";
        List<String> placeholders = new ArrayList<>();
        for (int i = 0; i < statuses; i++) {
            placeholders.add("?" + (i + 2));
        }
        return "SELECT " + key + ", MIN(" + label + "), c.status, COUNT(*), SUM(c.amount),"
                + " SUM(COALESCE(c.confirmed_amount, c.amount))"
                + " FROM dossier_cofinancing c JOIN dossier d ON d.id = c.dossier_id"
                + " JOIN programme p ON p.id = d.programme_id"
                + " WHERE p.code = ?1 AND d.status IN (" + String.join(", ", placeholders)
                + ") GROUP BY " + key + ", c.status";
    }
}

package org.levier.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.levier.demo.control.PortfolioRows;

/**
 * The benchmark's own programme ({@value SyntheticPortfolio#PROGRAMME}, "Programme de banc d'essai (données
 * synthétiques)"), sized for the planned number of dossiers (see {@link SyntheticPortfolio} for the money): 4 axes,
 * 15 actions, one call flagged {@code demo} open to all of them and to every instrument. The programme, its axes and
 * actions are the benchmark's alone (the demo portfolio uses the Dunkerque programme the application loads); the
 * call goes through the shared {@link PortfolioRows}.
 */
final class SyntheticProgramme {

    private SyntheticProgramme() {
    }

    /** Writes the programme and its call in one transaction; answers the programme's id. */
    static long write(Connection connection, int capacity, Instant now) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            long programmeId = SyntheticPortfolio.nextId(connection, "programme");
            BigDecimal n = BigDecimal.valueOf(capacity);
            BigDecimal allotment = SyntheticPortfolio.ALLOTMENT_PER_DOSSIER.multiply(n);
            insert(connection, "INSERT INTO programme (id, code, name, label, operator_name, allotment, currency,"
                    + " target_total_projects, start_date, duration_years, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'EUR', ?, ?, 10, ?)", programmeId, SyntheticPortfolio.PROGRAMME,
                    "Programme de banc d'essai (données synthétiques)", "Banc d'essai " + capacity + " dossiers",
                    "Opérateur fictif (synthétique)", allotment, SyntheticPortfolio.TARGET_PER_DOSSIER.multiply(n),
                    LocalDate.of(2020, 1, 1), SyntheticPortfolio.utc(now));
            long axisId = SyntheticPortfolio.nextId(connection, "axis");
            long actionId = SyntheticPortfolio.nextId(connection, "programme_action");
            for (int axis = 1; axis <= 4; axis++) {
                insert(connection, "INSERT INTO axis (id, programme_id, number, title) VALUES (?, ?, ?, ?)",
                        axisId + axis - 1, programmeId, axis, "Axe " + axis + " (synthétique)");
            }
            List<Long> actions = new ArrayList<>();
            for (int action = 1; action <= 15; action++) {
                int axis = action <= 4 ? 1 : action <= 8 ? 2 : action <= 12 ? 3 : 4;
                insert(connection, "INSERT INTO programme_action (id, programme_id, axis_id, number, title, envelope)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", actionId + action - 1, programmeId, axisId + axis - 1, action,
                        "Action " + action + " (synthétique)",
                        allotment.divide(BigDecimal.valueOf(15), 2, RoundingMode.DOWN));
                actions.add(actionId + action - 1);
            }
            try (PortfolioRows rows = new PortfolioRows(connection)) {
                rows.call(programmeId, SyntheticPortfolio.CALL, "Appel de banc d'essai (synthétique)",
                        now.minus(3650, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS), new BigDecimal("1.00"),
                        new BigDecimal("9999999999.00"), "GBER", true, actions,
                        List.of("GRANT", "REPAYABLE_ADVANCE", "EQUITY"));
                rows.flush();
            }
            connection.commit();
            return programmeId;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int k = 0; k < values.length; k++) {
                s.setObject(k + 1, values[k]);
            }
            s.executeUpdate();
        }
    }
}

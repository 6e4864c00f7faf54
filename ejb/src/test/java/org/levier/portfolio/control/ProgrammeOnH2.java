package org.levier.portfolio.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * A fresh in-memory H2 database (MODE=LEGACY, as the run command's) migrated by the application's Flyway scripts and
 * holding programme TI-DK with its 4 axes and 15 actions (1-4 axis 1, 5-8 axis 2, 9-12 axis 3, 13-15 axis 4): the
 * ground the H2 tests of the portfolio and impact queries build on.
 */
public final class ProgrammeOnH2 {

    private ProgrammeOnH2() {
    }

    /** A new connection to a new database named after {@code name}; the caller closes it. */
    public static Connection open(String name) throws SQLException {
        String url = "jdbc:h2:mem:" + name + System.nanoTime() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        Connection connection = DriverManager.getConnection(url, "sa", "");
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO programme (id, code, name, allotment, currency, target_total_projects,"
                    + " duration_years, created_at) VALUES (1, 'TI-DK', 'n', 37500000.00, 'EUR', 288000000.00, 5,"
                    + " '2026-01-01')");
            for (int axis = 1; axis <= 4; axis++) {
                s.execute("INSERT INTO axis (id, programme_id, number, title) VALUES (" + axis + ", 1, " + axis
                        + ", 'Axe " + axis + "')");
            }
            for (int action = 1; action <= 15; action++) {
                int axis = action <= 4 ? 1 : action <= 8 ? 2 : action <= 12 ? 3 : 4;
                s.execute("INSERT INTO programme_action (id, programme_id, axis_id, number, title) VALUES ("
                        + action + ", 1, " + axis + ", " + action + ", 'Action " + action + "')");
            }
        }
        return connection;
    }
}

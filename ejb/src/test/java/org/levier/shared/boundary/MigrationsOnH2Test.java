package org.levier.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The same Flyway scripts run on the embedded database of the run command (H2 2.2.224, MODE=LEGACY) as on
 * MySQL/MariaDB (the integration tests run them there).
 */
class MigrationsOnH2Test {

    @Test
    void everyMigrationAppliesOnTheEmbeddedDatabase() throws Exception {
        String url = "jdbc:h2:mem:migrations;MODE=LEGACY;DB_CLOSE_DELAY=-1";
        MigrateResult result = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();

        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO programme (code, name, allotment, currency, target_total_projects, duration_years,"
                    + " created_at) VALUES ('T', 'n', 37500000.00, 'EUR', 288000000.00, 5, '2026-11-28 10:00:00.123456')");
            try (ResultSet r = s.executeQuery("SELECT created_at, allotment FROM programme WHERE code = 'T'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("2026-11-28 10:00:00.123456");
                assertThat(r.getBigDecimal(2)).isEqualByComparingTo("37500000.00");
            }
            try (ResultSet r = s.executeQuery("SELECT last_seq FROM audit_chain_head WHERE id = 1")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getLong(1)).isZero();
            }
        }
    }
}

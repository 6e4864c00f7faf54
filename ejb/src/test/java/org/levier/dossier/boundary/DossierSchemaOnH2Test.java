package org.levier.dossier.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** What the dossier use cases rely on from the schema, on the embedded database of the run command. */
class DossierSchemaOnH2Test {

    @Test
    void countersAndReferencesAreUniqueAndTheCatalogueIsSeeded() throws Exception {
        String url = "jdbc:h2:mem:dossiers;MODE=LEGACY;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO dossier_reference_counter (programme_code, ref_year, last_number)"
                    + " VALUES ('TI-DK', 2026, 0)");
            // The race of two first submissions of a year is settled by this primary key.
            assertThatThrownBy(() -> s.execute("INSERT INTO dossier_reference_counter"
                    + " (programme_code, ref_year, last_number) VALUES ('TI-DK', 2026, 0)"))
                    .isInstanceOf(SQLException.class);

            s.execute("INSERT INTO programme (id, code, name, allotment, currency, target_total_projects,"
                    + " duration_years, created_at) VALUES (1, 'TI-DK', 'n', 1.00, 'EUR', 2.00, 5, '2026-01-01')");
            s.execute("INSERT INTO axis (id, programme_id, number, title) VALUES (1, 1, 1, 'a')");
            s.execute("INSERT INTO programme_action (id, programme_id, axis_id, number, title)"
                    + " VALUES (1, 1, 1, 1, 't')");
            s.execute("INSERT INTO call_for_projects (id, programme_id, code, title, opens_at, closes_at,"
                    + " min_amount, max_amount, aid_regime) VALUES (1, 1, 'C', 't', '2026-01-01', '2027-01-01',"
                    + " 1.00, 2.00, 'GBER')");
            s.execute("INSERT INTO organisation (id, legal_name, size_class, created_at)"
                    + " VALUES (1, 'o', 'SMALL', '2026-01-01')");
            String dossier = "INSERT INTO dossier (programme_id, call_id, action_id, organisation_id, created_by,"
                    + " title, summary, status, reference, created_at, updated_at) VALUES (1, 1, 1, 1, 'a@b.c',"
                    + " 'title', '" + "é".repeat(20_000) + "', 'SUBMITTED', 'TI-DK-2026-0001', '2026-03-01',"
                    + " '2026-03-01')";
            s.execute(dossier);
            assertThatThrownBy(() -> s.execute(dossier)).isInstanceOf(SQLException.class);
            try (ResultSet r = s.executeQuery("SELECT requested_grant, version FROM dossier")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getBigDecimal(1)).isZero();
                assertThat(r.getLong(2)).isZero();
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM impact_indicator")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).isEqualTo(8);
            }
        }
    }
}

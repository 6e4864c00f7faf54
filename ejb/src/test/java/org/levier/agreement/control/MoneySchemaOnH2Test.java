package org.levier.agreement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** What the money use cases rely on from V8, on the embedded database: the keys that back the rules. */
class MoneySchemaOnH2Test {

    @Test
    void oneAgreementPerDossierOneKeyPerRequesterAndCommitmentsWithinApproved() throws Exception {
        String url = "jdbc:h2:mem:money;MODE=LEGACY;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO programme (id, code, name, allotment, currency, target_total_projects,"
                    + " duration_years, created_at) VALUES (1, 'TI-DK', 'n', 1000.00, 'EUR', 2.00, 5, '2026-01-01')");
            s.execute("INSERT INTO axis (id, programme_id, number, title) VALUES (1, 1, 1, 'a')");
            s.execute("INSERT INTO programme_action (id, programme_id, axis_id, number, title)"
                    + " VALUES (1, 1, 1, 1, 't')");
            s.execute("INSERT INTO call_for_projects (id, programme_id, code, title, opens_at, closes_at,"
                    + " min_amount, max_amount, aid_regime) VALUES (1, 1, 'C', 't', '2026-01-01', '2027-01-01',"
                    + " 1.00, 2.00, 'GBER')");
            s.execute("INSERT INTO organisation (id, legal_name, size_class, created_at)"
                    + " VALUES (1, 'o', 'SMALL', '2026-01-01')");
            s.execute("INSERT INTO dossier (id, programme_id, call_id, action_id, organisation_id, created_by, title,"
                    + " status, created_at, updated_at) VALUES (1, 1, 1, 1, 1, 'a@b.c', 't', 'APPROVED',"
                    + " '2026-01-01', '2026-01-01')");
            String agreement = "INSERT INTO agreement (id, dossier_id, programme_id, action_id, organisation_id,"
                    + " signed_on, signed_by, signed_at, committed_grant, approved_grant, updated_at) VALUES"
                    + " (%d, 1, 1, 1, 1, '2026-02-01', 'd', '2026-02-01', %s, 100.00, '2026-02-01')";
            assertThatThrownBy(() -> s.execute(agreement.formatted(1, "100.01")))
                    .as("a commitment above the approved amount").isInstanceOf(SQLException.class);
            s.execute(agreement.formatted(1, "100.00"));
            assertThatThrownBy(() -> s.execute(agreement.formatted(2, "1.00")))
                    .as("a second agreement for the dossier").isInstanceOf(SQLException.class);
            s.execute("INSERT INTO agreement_tranche (id, agreement_id, position, instrument, amount, planned_on,"
                    + " milestone) VALUES (1, 1, 0, 'GRANT', 100.00, '2026-03-01', 'm')");
            String disbursement = "INSERT INTO disbursement (agreement_id, tranche_id, instrument, amount, status,"
                    + " requested_by, requested_role, requested_at, idempotency_key) VALUES (1, 1, 'GRANT', %s,"
                    + " 'PENDING', '%s', 'ANALYST', '2026-03-01', %s)";
            s.execute(disbursement.formatted("10.00", "a@b.c", "'k1'"));
            assertThatThrownBy(() -> s.execute(disbursement.formatted("10.00", "a@b.c", "'k1'")))
                    .as("the same key of the same requester").isInstanceOf(SQLException.class);
            s.execute(disbursement.formatted("10.00", "x@b.c", "'k1'"));
            s.execute(disbursement.formatted("10.00", "a@b.c", "NULL"));
            s.execute(disbursement.formatted("10.00", "a@b.c", "NULL"));
            assertThatThrownBy(() -> s.execute(disbursement.formatted("0.00", "a@b.c", "NULL")))
                    .as("a zero amount").isInstanceOf(SQLException.class);
            try (ResultSet r = s.executeQuery("SELECT instrument, status, SUM(amount) FROM disbursement"
                    + " WHERE agreement_id = 1 AND status <> 'CANCELLED' GROUP BY instrument, status")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getBigDecimal(3)).isEqualByComparingTo("40.00");
                assertThat(r.next()).isFalse();
            }
            try (ResultSet r = s.executeQuery("SELECT COALESCE(SUM(committed_grant + committed_advance"
                    + " + committed_equity), 0) FROM agreement WHERE programme_id = 1")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getBigDecimal(1)).isEqualByComparingTo("100.00");
            }
        }
    }
}

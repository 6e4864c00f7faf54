package org.levier.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** What the instruction use cases rely on from V7, on the embedded database of the run command. */
class InstructionSchemaOnH2Test {

    @Test
    void uniqueKeysCarryTheRulesThatMustHoldUnderConcurrency() throws Exception {
        String url = "jdbc:h2:mem:instruction;MODE=LEGACY;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement()) {
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
            s.execute("INSERT INTO dossier (id, programme_id, call_id, action_id, organisation_id, created_by, title,"
                    + " status, created_at, updated_at) VALUES (1, 1, 1, 1, 1, 'a@b.c', 't', 'COMMITTEE',"
                    + " '2026-03-01', '2026-03-01')");

            s.execute("INSERT INTO due_diligence (dossier_id, opened_by, opened_at, updated_at, risk_financial)"
                    + " VALUES (1, 'x', '2026-03-01', '2026-03-01', 5)");
            assertThatThrownBy(() -> s.execute("INSERT INTO due_diligence (dossier_id, opened_by, opened_at,"
                    + " updated_at) VALUES (1, 'x', '2026-03-01', '2026-03-01')")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("UPDATE due_diligence SET risk_market = 6"))
                    .isInstanceOf(SQLException.class);

            s.execute("INSERT INTO committee_session (id, title, held_on, status, created_by, created_at)"
                    + " VALUES (1, 'June', '2026-06-15', 'OPEN', 'd', '2026-06-01')");
            s.execute("INSERT INTO committee_session (id, title, held_on, status, created_by, created_at)"
                    + " VALUES (2, 'July', '2026-07-15', 'OPEN', 'd', '2026-06-01')");
            s.execute("INSERT INTO committee_agenda_item (id, session_id, dossier_id, position, added_by, added_at)"
                    + " VALUES (1, 1, 1, 0, 'd', '2026-06-01')");
            s.execute("INSERT INTO committee_agenda_item (id, session_id, dossier_id, position, added_by, added_at)"
                    + " VALUES (2, 2, 1, 0, 'd', '2026-06-01')");
            String vote = "INSERT INTO committee_vote (agenda_item_id, member_email, choice, cast_at)"
                    + " VALUES (1, 'm1', 'FOR', '2026-06-15')";
            s.execute(vote);
            assertThatThrownBy(() -> s.execute(vote)).isInstanceOf(SQLException.class);

            s.execute(decision(1, 1, "APPROVED", "1"));
            assertThatThrownBy(() -> s.execute(decision(1, 1, "DEFERRED", "NULL")))
                    .as("one decision per item").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute(decision(2, 2, "APPROVED", "1")))
                    .as("one approving decision per dossier").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute(decision(2, 2, "REJECTED", "1")))
                    .as("only an approval fills approved_dossier_id").isInstanceOf(SQLException.class);
            s.execute(decision(2, 2, "DEFERRED", "NULL"));

            s.execute("INSERT INTO document_request (id, dossier_id, what, due_date, status, requested_by,"
                    + " requested_at) VALUES (1, 1, 'accounts', '2026-03-31', 'OPEN', 'a', '2026-03-20')");
            String claim = "UPDATE document_request SET reminder_sent_at = ?, version = version + 1"
                    + " WHERE id = 1 AND status = 'OPEN' AND reminder_sent_at IS NULL AND due_date <= ?";
            try (PreparedStatement first = c.prepareStatement(claim)) {
                first.setString(1, "2026-03-30 08:00:00");
                first.setString(2, "2026-04-01");
                assertThat(first.executeUpdate()).as("the first claim wins").isEqualTo(1);
                assertThat(first.executeUpdate()).as("the reminder is claimed once").isZero();
            }
        }
    }

    static String decision(int item, int session, String outcome, String approvedDossier) {
        return "INSERT INTO committee_decision (agenda_item_id, session_id, dossier_id, outcome, approved_dossier_id,"
                + " members_eligible, members_present, votes_for, votes_against, votes_abstain, decided_by,"
                + " decided_at) VALUES (" + item + ", " + session + ", 1, '" + outcome + "', " + approvedDossier
                + ", 3, 3, 2, 1, 0, 'd', '2026-06-15')";
    }
}

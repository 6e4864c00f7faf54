package org.levier.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.levier.portfolio.control.ProgrammeOnH2;
import org.levier.shared.control.JdbcRows;
import org.levier.shared.control.Rows;
import org.levier.shared.control.SearchWords;
import org.levier.shared.entity.InstantConverter;

/**
 * The shared row writer on the embedded database (MODE=LEGACY, as the run command's): explicit ids continue after
 * what the table holds, children batched before their parent is flushed still land (parents are flushed first), the
 * search words are the entities', moments read back as written, and an insert that lets the database number the row
 * afterwards (what JPA does once the application runs) continues after the written ids.
 */
class PortfolioRowsOnH2Test {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00.123456Z");

    private Connection connection;
    private Rows rows;

    @BeforeEach
    void open() throws SQLException {
        connection = ProgrammeOnH2.open("rows");
        rows = new JdbcRows(connection);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void idsContinueParentsFirstAndTheDatabaseNumbersOnAfterwards() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO organisation (id, legal_name, size_class, created_at)"
                    + " VALUES (41, 'Déjà là', 'SMALL', '2026-01-01 00:00:00')");
        }
        long organisationId;
        long dossierId;
        try (PortfolioRows writer = new PortfolioRows(connection)) {
            // The child rows first in call order, the organisation flushed before them all the same.
            organisationId = writer.organisation(new PortfolioRows.Organisation("Atelier Essai (démo)", "SAS", null,
                    null, "SMALL", null, null, "Dunkerque", "FR", true, NOW));
            long callId = writer.call(1, "ESSAI", "Appel d'essai", NOW, NOW.plusSeconds(86_400),
                    new BigDecimal("1.00"), new BigDecimal("100.00"), "GBER", true, List.of(1L, 2L), List.of("GRANT"));
            dossierId = writer.dossier(new PortfolioRows.Dossier(1, callId, 1, organisationId, "essai",
                    "Chaleur du port", "Résumé", null, null, "SUBMITTED", "TI-DK-2026-0001", new BigDecimal("10.00"),
                    new BigDecimal("0.00"), new BigDecimal("0.00"), NOW, NOW, NOW));
            writer.transition(dossierId, "DRAFT", "SUBMITTED", "essai", null, "essai", NOW);
            writer.budgetLine(dossierId, 0, "WORKS", "Travaux", new BigDecimal("10.00"), true);
            assertThat(count("SELECT COUNT(*) FROM dossier")).as("nothing sent before flush").isZero();
            writer.flush();
            assertThat(writer.counts()).containsEntry("organisation", 1L).containsEntry("dossier", 1L)
                    .containsEntry("call_action", 2L).doesNotContainKey("agreement");
        }
        assertThat(organisationId).isEqualTo(42);
        assertThat(words("SELECT word, organisation_id FROM organisation_word WHERE organisation_id = ?",
                organisationId)).containsExactlyInAnyOrderElementsOf(SearchWords.of("Atelier Essai (démo)"));
        assertThat(words("SELECT word, dossier_id FROM dossier_word WHERE dossier_id = ?", dossierId))
                .containsExactlyInAnyOrderElementsOf(SearchWords.of("Chaleur du port", "TI-DK-2026-0001"));
        Object createdAt = rows.select("SELECT created_at, id FROM dossier WHERE id = ?", List.of(dossierId))
                .getFirst()[0];
        assertThat(new InstantConverter().convertToEntityAttribute(createdAt)).isEqualTo(NOW);

        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO organisation (legal_name, size_class, created_at)"
                    + " VALUES ('Après', 'SMALL', '2026-01-01 00:00:00')");
        }
        assertThat(count("SELECT id FROM organisation WHERE legal_name = 'Après'")).isEqualTo(43);
    }

    @Test
    void theReferenceCounterContinuesAndIsSaved() {
        ReferenceCounter first = new ReferenceCounter(connection, "TI-DK", 2026);
        assertThat(first.next()).isEqualTo("TI-DK-2026-0001");
        assertThat(first.next()).isEqualTo("TI-DK-2026-0002");
        first.save();
        ReferenceCounter second = new ReferenceCounter(connection, "TI-DK", 2026);
        assertThat(second.next()).isEqualTo("TI-DK-2026-0003");
        second.save();
        assertThat(count("SELECT last_number FROM dossier_reference_counter WHERE programme_code = 'TI-DK'"))
                .isEqualTo(3);
    }

    private long count(String sql) {
        return ((Number) rows.select(sql, List.of()).getFirst()[0]).longValue();
    }

    private List<String> words(String sql, long id) {
        return rows.select(sql, List.of(id)).stream().map(r -> (String) r[0]).toList();
    }
}

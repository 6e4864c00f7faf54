package org.levier.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.demo.control.PortfolioRows;
import org.levier.demo.control.ReferenceCounter;
import org.levier.shared.entity.InstantConverter;

/**
 * A synthetic portfolio for benchmarks, written by JDBC batches (multi-row inserts with Connector/J's
 * {@code rewriteBatchedStatements=true}), a commit every {@link #CHUNK} dossiers. Deterministic: dossier {@code i}
 * is drawn from its own generator seeded by {@code (seed, i)}, so the data do not depend on how the range is split
 * (the benchmark writes 0..10,000, measures, then 10,000..100,000).
 *
 * <p>Everything is labelled synthetic: a programme of its own ({@value #PROGRAMME}, "Programme de banc d'essai
 * (données synthétiques)"), organisations named "Organisation de démonstration n° …" flagged {@code demo}, with no
 * SIREN/SIRET (no real company is given invented figures), a call flagged {@code demo}, titles ending in
 * "(synthétique)", actors {@code *.synthetique@levier.example}.
 *
 * <p>Money: the benchmark programme's allotment is the Dunkerque ratio scaled to the planned size — 37,500,000.00
 * per 30 dossiers, i.e. {@link #ALLOTMENT_PER_DOSSIER} per planned dossier (125,000,000,000.00 for 100,000), the
 * target total of projects likewise (288,000,000.00 per 30: leverage target 7.68). A dossier asks for 200,000 to
 * 1,500,000.00 and 12 dossiers in 20 are committed, so total commitments stay below 0.9 × the allotment whatever
 * the draw. Per agreement and instrument, the tranches add up to the commitment; per tranche, the disbursements
 * that are not {@code CANCELLED} (paid + approved + pending) add up to at most the tranche — hence at most the
 * commitment per instrument. An {@code IN_EXECUTION} dossier has at least one payment; an {@code AGREEMENT_SIGNED}
 * one none.
 *
 * <p>Sizes: per 20 dossiers, 10 agreements with 5 (signed), 25 (in execution, completed) or 15 (terminated)
 * disbursements: 10 disbursements per dossier on average, i.e. 1,000,000 for 100,000 dossiers; one audit event per
 * dossier, chained with the application's own hashing ({@link SyntheticAudit}), so the trail verifies.
 *
 * <p>Who does what: this class, the public face ({@link Bench}, the tests), runs the chunks and their transactions;
 * {@link SyntheticProgramme} writes the benchmark's programme and call; {@link SyntheticDossiers} draws each dossier;
 * the rows themselves are written by {@link PortfolioRows}, the demo component's row writer which the application's
 * demo portfolio writes through too (so the two generators put a dossier's rows in the tables the same way), and
 * the audit events by {@link SyntheticAudit}.
 */
public final class SyntheticPortfolio {

    public static final String PROGRAMME = "BENCH";
    public static final String CALL = "BENCH-SYNTHETIQUE";
    public static final BigDecimal ALLOTMENT_PER_DOSSIER = new BigDecimal("1250000.00");
    public static final BigDecimal TARGET_PER_DOSSIER = new BigDecimal("9600000.00");
    /** Dossiers per transaction. */
    public static final int CHUNK = 500;
    /** Dossiers per organisation. */
    public static final int PER_ORGANISATION = 5;

    static final String ANALYST = "analyste.synthetique@levier.example";
    static final String DIRECTOR = "directeur.synthetique@levier.example";
    static final String DIRECTOR2 = "directrice.synthetique@levier.example";
    static final String GENERATOR = "generateur.synthetique@levier.example";

    /** Statuses of dossiers 0..19 of every 20: 12 committed (approved and later), 10 with an agreement. */
    static final String[] PATTERN = {"IN_EXECUTION", "SUBMITTED", "APPROVED", "COMPLETED", "IN_EXECUTION",
            "DRAFT", "AGREEMENT_SIGNED", "ELIGIBILITY_REVIEW", "IN_EXECUTION", "TERMINATED", "DUE_DILIGENCE",
            "APPROVED", "IN_EXECUTION", "REJECTED", "COMPLETED", "COMMITTEE", "IN_EXECUTION", "INELIGIBLE",
            "AGREEMENT_SIGNED", "WITHDRAWN"};
    private static final InstantConverter CONVERTER = new InstantConverter();

    /** Rows written, per table. */
    public record Counts(Map<String, Long> rows) {

        public long of(String table) {
            return rows.getOrDefault(table, 0L);
        }

        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Connection connection;
    private final long seed;
    private final Instant now;

    public SyntheticPortfolio(Connection connection, long seed, Instant now) {
        this.connection = connection;
        this.seed = seed;
        this.now = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** The status of dossier {@code i}. */
    public static String statusOf(int i) {
        return PATTERN[i % PATTERN.length];
    }

    /**
     * Creates the benchmark programme (4 axes, 15 actions, one call open to all of them) sized for
     * {@code capacity} dossiers, unless it exists; answers its id.
     */
    public long prepareProgramme(int capacity) throws SQLException {
        Long existing = single("SELECT id FROM programme WHERE code = ?", PROGRAMME);
        return existing != null ? existing : SyntheticProgramme.write(connection, capacity, now);
    }

    /**
     * Writes dossiers {@code from} (inclusive, a multiple of {@link #PER_ORGANISATION}) to {@code to} (exclusive)
     * of the benchmark programme, with everything hanging from them, a commit every {@link #CHUNK} dossiers.
     */
    public Counts generate(int from, int to) throws SQLException {
        if (from % PER_ORGANISATION != 0 || to < from) {
            throw new IllegalArgumentException("dossiers " + from + ".." + to + ": from must be a multiple of "
                    + PER_ORGANISATION);
        }
        Long programmeId = single("SELECT id FROM programme WHERE code = ?", PROGRAMME);
        if (programmeId == null) {
            throw new IllegalStateException("prepareProgramme first");
        }
        long callId = single("SELECT id FROM call_for_projects WHERE code = ?", CALL);
        List<Long> actions = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT a.id FROM programme_action a"
                + " WHERE a.programme_id = ? ORDER BY a.number")) {
            s.setLong(1, programmeId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    actions.add(r.getLong(1));
                }
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PortfolioRows rows = new PortfolioRows(connection);
             SyntheticAudit audit = new SyntheticAudit(connection, now)) {
            ReferenceCounter references = new ReferenceCounter(connection, PROGRAMME,
                    LocalDate.ofInstant(now, SyntheticDossiers.PARIS).getYear());
            SyntheticDossiers dossiers = new SyntheticDossiers(rows, audit, references, programmeId, callId, actions,
                    seed, now);
            for (int start = from; start < to; start += CHUNK) {
                int end = Math.min(to, start + CHUNK);
                dossiers.session(start);
                for (int i = start; i < end; i++) {
                    dossiers.dossier(i);
                }
                rows.flush();
                audit.flush();
                connection.commit();
            }
            references.save();
            connection.commit();
            Map<String, Long> counts = new LinkedHashMap<>(rows.counts());
            counts.put("audit_event", audit.rows());
            return new Counts(counts);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * A moment as the application stores it, through its own converter: the UTC wall clock to the microsecond, as
     * text (bound as a LocalDateTime, the fraction of a second was lost on MariaDB 10.11 with Connector/J 9.5 —
     * and the audit hashes cover the microseconds).
     */
    static Object utc(Instant instant) {
        return CONVERTER.convertToDatabaseColumn(instant);
    }

    static long nextId(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private Long single(String sql, Object parameter) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }
}

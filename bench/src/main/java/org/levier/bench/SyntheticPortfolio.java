package org.levier.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.levier.audit.control.Changes;
import org.levier.audit.entity.AuditEvent;
import org.levier.shared.control.Rows;
import org.levier.shared.control.SearchWords;
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
 * dossier, chained with the application's own hashing ({@link AuditEvent}), so the trail verifies.
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
    private static final String[] SIZES = {"SMALL", "MEDIUM", "MICRO", "LARGE", "SMALL", "RESEARCH_ORGANISATION",
            "MEDIUM", "PUBLIC_BODY", "SMALL", "ASSOCIATION"};
    private static final String[] INDICATORS = {"CO2_AVOIDED", "JOBS_CREATED", "JOBS_SAFEGUARDED",
            "RENEWABLE_ENERGY", "MATERIALS_RECOVERED", "NOX_REDUCED", "PM10_REDUCED", "PEOPLE_TRAINED"};
    private static final String[] THEMES = {"Hydrogène", "Chaleur fatale", "Mobilité décarbonée", "Économie circulaire",
            "Efficacité énergétique", "Éolien en mer", "Capture du carbone", "Formation aux métiers verts",
            "Logistique portuaire", "Numérique industriel"};
    private static final String[] CITIES = {"Dunkerque", "Gravelines", "Grande-Synthe", "Coudekerque-Branche",
            "Bourbourg", "Loon-Plage", "Téteghem", "Bergues"};
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
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
        if (existing != null) {
            return existing;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            long programmeId = nextId("programme");
            BigDecimal n = BigDecimal.valueOf(capacity);
            insert("INSERT INTO programme (id, code, name, label, operator_name, allotment, currency,"
                    + " target_total_projects, start_date, duration_years, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'EUR', ?, ?, 10, ?)", programmeId, PROGRAMME,
                    "Programme de banc d'essai (données synthétiques)", "Banc d'essai " + capacity + " dossiers",
                    "Opérateur fictif (synthétique)", ALLOTMENT_PER_DOSSIER.multiply(n),
                    TARGET_PER_DOSSIER.multiply(n), LocalDate.of(2020, 1, 1), utc(now));
            long axisId = nextId("axis");
            long actionId = nextId("programme_action");
            for (int axis = 1; axis <= 4; axis++) {
                insert("INSERT INTO axis (id, programme_id, number, title) VALUES (?, ?, ?, ?)", axisId + axis - 1,
                        programmeId, axis, "Axe " + axis + " (synthétique)");
            }
            for (int action = 1; action <= 15; action++) {
                int axis = action <= 4 ? 1 : action <= 8 ? 2 : action <= 12 ? 3 : 4;
                insert("INSERT INTO programme_action (id, programme_id, axis_id, number, title, envelope)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", actionId + action - 1, programmeId, axisId + axis - 1, action,
                        "Action " + action + " (synthétique)",
                        ALLOTMENT_PER_DOSSIER.multiply(n).divide(BigDecimal.valueOf(15), 2,
                                java.math.RoundingMode.DOWN));
            }
            long callId = nextId("call_for_projects");
            insert("INSERT INTO call_for_projects (id, programme_id, code, title, opens_at, closes_at, min_amount,"
                    + " max_amount, aid_regime, demo) VALUES (?, ?, ?, ?, ?, ?, 1.00, 9999999999.00, 'GBER', TRUE)",
                    callId, programmeId, CALL, "Appel de banc d'essai (synthétique)",
                    utc(now.minus(3650, ChronoUnit.DAYS)), utc(now.plus(3650, ChronoUnit.DAYS)));
            for (int action = 1; action <= 15; action++) {
                insert("INSERT INTO call_action (call_id, action_id) VALUES (?, ?)", callId, actionId + action - 1);
            }
            for (String instrument : List.of("GRANT", "REPAYABLE_ADVANCE", "EQUITY")) {
                insert("INSERT INTO call_instrument (call_id, instrument) VALUES (?, ?)", callId, instrument);
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
        List<long[]> actions = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT a.id, a.number FROM programme_action a"
                + " WHERE a.programme_id = ? ORDER BY a.number")) {
            s.setLong(1, programmeId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    actions.add(new long[] {r.getLong(1), r.getLong(2)});
                }
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Writer w = new Writer(programmeId, callId, actions)) {
            for (int start = from; start < to; start += CHUNK) {
                int end = Math.min(to, start + CHUNK);
                w.session(start);
                for (int i = start; i < end; i++) {
                    w.dossier(i);
                }
                w.flush();
                connection.commit();
            }
            w.saveReferenceCounter();
            connection.commit();
            return new Counts(w.counts());
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The batches of one generation, flushed parents first (foreign keys hold at every statement). */
    private final class Writer implements AutoCloseable {

        private final Map<String, Batch> batches = new LinkedHashMap<>();
        private final long programmeId;
        private final long callId;
        private final List<long[]> actions;
        private final Map<String, Long> ids = new LinkedHashMap<>();
        private final int year;
        private long sessionId;
        private int agendaPosition;
        private int lastReference;
        private final boolean counterExists;
        private long auditSeq;
        private String auditHash;

        Writer(long programmeId, long callId, List<long[]> actions) throws SQLException {
            this.programmeId = programmeId;
            this.callId = callId;
            this.actions = actions;
            this.year = LocalDate.ofInstant(now, PARIS).getYear();
            batch("organisation", "id, legal_name, legal_form, size_class, address_line, postal_code, city, country,"
                    + " demo, created_at", 10);
            batch("organisation_word", "organisation_id, word", 2);
            batch("committee_session", "id, title, held_on, status, created_by, created_at, opened_at, closed_at", 8);
            batch("dossier", "id, programme_id, call_id, action_id, organisation_id, created_by, title, summary,"
                    + " start_date, end_date, status, reference, requested_grant, requested_advance,"
                    + " requested_equity, submitted_at, created_at, updated_at", 18);
            batch("dossier_word", "dossier_id, word", 2);
            batch("dossier_transition", "dossier_id, from_status, to_status, actor, actor_role, reason,"
                    + " occurred_at", 7);
            batch("dossier_budget_line", "dossier_id, position, category, label, amount, eligible", 6);
            batch("dossier_cofinancing", "dossier_id, position, source_type, funder, amount, status", 6);
            batch("dossier_impact_target", "dossier_id, indicator, target", 3);
            batch("committee_agenda_item", "id, session_id, dossier_id, position, added_by, added_at", 6);
            batch("committee_decision", "agenda_item_id, session_id, dossier_id, outcome, approved_dossier_id,"
                    + " approved_grant, approved_advance, approved_equity, reasons, members_eligible,"
                    + " members_present, votes_for, votes_against, votes_abstain, decided_by, decided_at", 16);
            batch("agreement", "id, dossier_id, programme_id, action_id, organisation_id, signed_on, signed_by,"
                    + " signed_at, committed_grant, committed_advance, committed_equity, approved_grant,"
                    + " approved_advance, approved_equity, updated_at", 15);
            batch("agreement_tranche", "id, agreement_id, position, instrument, amount, planned_on, milestone", 7);
            batch("disbursement", "agreement_id, tranche_id, instrument, amount, status, requested_by,"
                    + " requested_role, requested_at, approved_by, approved_at, paid_on, bank_reference, paid_by,"
                    + " paid_at, cancelled_by, cancelled_at, cancel_reason", 17);
            batch("audit_event", "seq, occurred_at, actor, actor_role, action, entity_type, entity_id, summary,"
                    + " changes, prev_hash, hash", 11);
            for (String table : List.of("organisation", "committee_session", "dossier", "committee_agenda_item",
                    "agreement", "agreement_tranche")) {
                ids.put(table, nextId(table));
            }
            Long last = single("SELECT last_number FROM dossier_reference_counter WHERE programme_code = ?"
                    + " AND ref_year = " + year, PROGRAMME);
            this.counterExists = last != null;
            this.lastReference = last == null ? 0 : last.intValue();
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
                r.next();
                this.auditSeq = r.getLong(1);
                this.auditHash = r.getString(2);
            }
        }

        private void batch(String table, String columns, int count) throws SQLException {
            batches.put(table, new Batch(connection.prepareStatement("INSERT INTO " + table + " (" + columns
                    + ") VALUES (" + "?, ".repeat(count - 1) + "?)")));
        }

        private long id(String table) {
            return ids.merge(table, 1L, Long::sum) - 1;
        }

        private void row(String table, Object... values) throws SQLException {
            batches.get(table).row(values);
        }

        void session(int start) throws SQLException {
            sessionId = id("committee_session");
            Instant held = now.minus(400 + start % 300, ChronoUnit.DAYS);
            row("committee_session", sessionId, "Comité synthétique n° " + (start / CHUNK + 1),
                    LocalDate.ofInstant(held, PARIS), "CLOSED", DIRECTOR, utc(held), utc(held),
                    utc(held.plus(3, ChronoUnit.HOURS)));
            agendaPosition = 0;
        }

        void dossier(int i) throws SQLException {
            SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
            String status = statusOf(i);
            int org = i / PER_ORGANISATION;
            long organisationId;
            if (i % PER_ORGANISATION == 0) {
                organisationId = id("organisation");
                String size = SIZES[org % SIZES.length];
                String name = "Organisation de démonstration n° " + (org + 1);
                row("organisation", organisationId, name,
                        size.equals("PUBLIC_BODY") ? "Collectivité" : size.equals("ASSOCIATION") ? "Association"
                                : "SAS", size, (1 + org % 200) + " rue fictive", "59140",
                        CITIES[org % CITIES.length], "FR", true, utc(now.minus(1500, ChronoUnit.DAYS)));
                for (String word : SearchWords.of(name)) {
                    row("organisation_word", organisationId, word);
                }
            } else {
                organisationId = ids.get("organisation") - 1;
            }
            long[] action = actions.get(r.nextInt(actions.size()));
            long dossierId = id("dossier");
            Instant created = now.minus(400 + r.nextInt(1000), ChronoUnit.DAYS).minusSeconds(r.nextInt(86_400))
                    .truncatedTo(ChronoUnit.MICROS);
            Instant submitted = created.plus(1 + r.nextInt(20), ChronoUnit.DAYS);
            Instant updated = status.equals("DRAFT") ? created
                    : submitted.plusSeconds(r.nextLong(Math.max(1, now.getEpochSecond() - submitted.getEpochSecond())));
            // The fund's contribution: 200,000 to 1,500,000, in thousands.
            BigDecimal fund = BigDecimal.valueOf(200_000L + 1000L * r.nextInt(1301)).setScale(2);
            BigDecimal equity = i % 4 == 3 ? new BigDecimal("150000.00") : zero();
            BigDecimal grant = percent(fund.subtract(equity), 60);
            BigDecimal advance = fund.subtract(equity).subtract(grant);
            String reference = status.equals("DRAFT") ? null : "%s-%d-%04d".formatted(PROGRAMME, year,
                    ++lastReference);
            String theme = THEMES[r.nextInt(THEMES.length)];
            LocalDate start = LocalDate.ofInstant(submitted, PARIS).plusMonths(2);
            String title = theme + " — projet n° " + (i + 1) + " (synthétique)";
            row("dossier", dossierId, programmeId, callId, action[0], organisationId, GENERATOR, title,
                    "Dossier synthétique du banc d'essai : aucune donnée réelle.", start,
                    start.plusMonths(18 + r.nextInt(30)), status, reference, grant, advance, equity,
                    status.equals("DRAFT") ? null : utc(submitted), utc(created), utc(updated));
            for (String word : SearchWords.of(title, reference)) {
                row("dossier_word", dossierId, word);
            }
            row("dossier_transition", dossierId, null, "DRAFT", GENERATOR, null, "Données synthétiques",
                    utc(created));
            if (!status.equals("DRAFT")) {
                row("dossier_transition", dossierId, "DRAFT", status, GENERATOR, null,
                        "Données synthétiques : état généré", utc(updated));
            }
            // Co-financing: the project costs 4 to 11.36 times the fund's contribution (mean 7.68).
            BigDecimal cofinancing = fund.multiply(BigDecimal.valueOf(300 + r.nextInt(737)))
                    .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_EVEN);
            BigDecimal own = percent(cofinancing, 30);
            BigDecimal bank = percent(cofinancing, 25);
            BigDecimal region = cofinancing.subtract(own).subtract(bank);
            String firm = switch (status) {
                case "DRAFT" -> "PLANNED";
                case "APPROVED", "AGREEMENT_SIGNED" -> "COMMITTED";
                case "IN_EXECUTION", "COMPLETED", "TERMINATED" -> "RECEIVED";
                default -> "APPLIED";
            };
            row("dossier_cofinancing", dossierId, 0, "OWN_FUNDS", "Fonds propres (synthétique)", own, firm);
            row("dossier_cofinancing", dossierId, 1, "BANK_LOAN", "Banque fictive (synthétique)", bank,
                    firm.equals("RECEIVED") ? "COMMITTED" : firm);
            row("dossier_cofinancing", dossierId, 2, "REGION", "Région (synthétique)", region, firm);
            BigDecimal planned = zero();
            if (i % 3 == 0) {
                planned = new BigDecimal("150000.00");
                row("dossier_cofinancing", dossierId, 3, "PRIVATE_INVESTOR", "Investisseur fictif (synthétique)",
                        planned, "PLANNED");
            }
            BigDecimal total = fund.add(cofinancing).add(planned);
            BigDecimal equipment = percent(total, 50);
            BigDecimal works = percent(total, 30);
            row("dossier_budget_line", dossierId, 0, "EQUIPMENT", "Équipements (synthétique)", equipment, true);
            row("dossier_budget_line", dossierId, 1, "WORKS", "Travaux (synthétique)", works, true);
            row("dossier_budget_line", dossierId, 2, "STUDIES", "Études (synthétique)",
                    total.subtract(equipment).subtract(works), true);
            int a = r.nextInt(INDICATORS.length);
            int b = (a + 1 + r.nextInt(INDICATORS.length - 1)) % INDICATORS.length;
            row("dossier_impact_target", dossierId, INDICATORS[a], BigDecimal.valueOf(1 + r.nextInt(5000)));
            row("dossier_impact_target", dossierId, INDICATORS[b], BigDecimal.valueOf(1 + r.nextInt(500)));
            boolean approved = switch (status) {
                case "APPROVED", "AGREEMENT_SIGNED", "IN_EXECUTION", "COMPLETED", "TERMINATED" -> true;
                default -> false;
            };
            if (approved || status.equals("REJECTED")) {
                long itemId = id("committee_agenda_item");
                Object decided = utc(submitted.plus(60, ChronoUnit.DAYS));
                row("committee_agenda_item", itemId, sessionId, dossierId, agendaPosition++, ANALYST, decided);
                row("committee_decision", itemId, sessionId, dossierId, approved ? "APPROVED" : "REJECTED",
                        approved ? dossierId : null, approved ? grant : null, approved ? advance : null,
                        approved ? equity : null, approved ? null : "Dossier synthétique rejeté", 5, 5,
                        approved ? 4 : 1, approved ? 1 : 4, 0, DIRECTOR, decided);
            }
            if (approved && !status.equals("APPROVED")) {
                agreement(r, dossierId, action[0], organisationId, status, grant, advance, equity,
                        submitted.plus(90, ChronoUnit.DAYS));
            }
            audit(dossierId, reference, status);
        }

        private void agreement(SplittableRandom r, long dossierId, long actionId, long organisationId, String status,
                               BigDecimal grant, BigDecimal advance, BigDecimal equity, Instant signed)
                throws SQLException {
            long agreementId = id("agreement");
            row("agreement", agreementId, dossierId, programmeId, actionId, organisationId,
                    LocalDate.ofInstant(signed, PARIS), DIRECTOR, utc(signed), grant, advance, equity, grant, advance,
                    equity, utc(signed));
            List<Object[]> tranches = new ArrayList<>();
            BigDecimal halfGrant = percent(grant, 50);
            tranches.add(new Object[] {"GRANT", halfGrant});
            tranches.add(new Object[] {"GRANT", grant.subtract(halfGrant)});
            BigDecimal halfAdvance = percent(advance, 50);
            tranches.add(new Object[] {"REPAYABLE_ADVANCE", halfAdvance});
            tranches.add(new Object[] {"REPAYABLE_ADVANCE", advance.subtract(halfAdvance)});
            if (equity.signum() > 0) {
                tranches.add(new Object[] {"EQUITY", equity});
            }
            int disbursements = switch (status) {
                case "AGREEMENT_SIGNED" -> 5;
                case "TERMINATED" -> 15;
                default -> 25;
            };
            int t = tranches.size();
            long requestedAt = signed.getEpochSecond();
            for (int k = 0; k < t; k++) {
                long trancheId = id("agreement_tranche");
                String instrument = (String) tranches.get(k)[0];
                BigDecimal amount = (BigDecimal) tranches.get(k)[1];
                LocalDate plannedOn = LocalDate.ofInstant(signed, PARIS).plusMonths(3L * (k + 1));
                row("agreement_tranche", trancheId, agreementId, k, instrument, amount, plannedOn,
                        "Jalon " + (k + 1) + " (synthétique)");
                int m = disbursements / t + (k < disbursements % t ? 1 : 0);
                if (m == 0) {
                    continue;
                }
                // The share of the tranche engaged, in thousandths: money stays in whole cents, never a double.
                long fillPerMille = switch (status) {
                    case "COMPLETED" -> 1000;
                    case "AGREEMENT_SIGNED" -> 100 + r.nextInt(400);
                    default -> 200 + r.nextInt(700);
                };
                long engaged = amount.movePointRight(2).longValueExact() * fillPerMille / 1000;
                long[] parts = split(r, engaged, m);
                for (int j = 0; j < m; j++) {
                    String state = state(r, status, k == 0 && j == 0, (double) j / m);
                    requestedAt = Math.min(now.getEpochSecond() - 10 * 86_400, requestedAt + 3600 + r.nextInt(20 * 86_400));
                    Instant requested = Instant.ofEpochSecond(requestedAt);
                    Instant approvedAt = requested.plus(2, ChronoUnit.DAYS);
                    Instant paidAt = approvedAt.plus(3, ChronoUnit.DAYS);
                    boolean wasApproved = state.equals("APPROVED") || state.equals("PAID");
                    boolean paid = state.equals("PAID");
                    boolean cancelled = state.equals("CANCELLED");
                    row("disbursement", agreementId, trancheId, instrument,
                            BigDecimal.valueOf(parts[j]).movePointLeft(2), state, ANALYST, "ANALYST", utc(requested),
                            wasApproved ? DIRECTOR : null, wasApproved ? utc(approvedAt) : null,
                            paid ? LocalDate.ofInstant(paidAt, PARIS) : null,
                            paid ? "SYN-" + agreementId + "-" + k + "-" + j : null, paid ? DIRECTOR2 : null,
                            paid ? utc(paidAt) : null, cancelled ? DIRECTOR : null,
                            cancelled ? utc(approvedAt) : null, cancelled ? "Annulation synthétique" : null);
                }
            }
        }

        /** A disbursement's state by the dossier's status and its place in the tranche ({@code progress} 0..1). */
        private static String state(SplittableRandom r, String status, boolean first, double progress) {
            double u = r.nextDouble();
            return switch (status) {
                case "AGREEMENT_SIGNED" -> u < 0.1 ? "CANCELLED" : progress < 0.5 ? "APPROVED" : "PENDING";
                case "COMPLETED" -> u < 0.05 && !first ? "CANCELLED" : "PAID";
                case "TERMINATED" -> u < 0.15 && !first ? "CANCELLED" : "PAID";
                default -> first ? "PAID" : u < 0.05 ? "CANCELLED" : progress < 0.6 ? "PAID"
                        : progress < 0.8 ? "APPROVED" : "PENDING";
            };
        }

        /** {@code total} cents in {@code m} positive parts of random weights. */
        private static long[] split(SplittableRandom r, long total, int m) {
            long[] weights = new long[m];
            long sum = 0;
            for (int j = 0; j < m; j++) {
                weights[j] = 1 + r.nextInt(9);
                sum += weights[j];
            }
            long[] parts = new long[m];
            long given = 0;
            for (int j = 0; j < m - 1; j++) {
                parts[j] = Math.max(1, total * weights[j] / sum);
                given += parts[j];
            }
            parts[m - 1] = total - given;
            if (parts[m - 1] <= 0) {
                throw new IllegalStateException("tranche too small to split: " + total + " cents in " + m);
            }
            return parts;
        }

        /** One audit event per dossier, chained exactly as the application chains them (same hashing). */
        private void audit(long dossierId, String reference, String status) throws SQLException {
            Instant at = now.plus(auditSeq, ChronoUnit.MICROS);
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("from", "DRAFT");
            changes.put("to", status);
            changes.put("synthetic", "true");
            AuditEvent event = new AuditEvent(auditSeq + 1, at, GENERATOR, null, "dossier.synthetic", "Dossier",
                    String.valueOf(dossierId), "Dossier synthétique " + (reference == null ? dossierId : reference)
                            + " généré en " + status, Changes.toJson(changes), auditHash);
            row("audit_event", event.getSeq(), utc(event.getOccurredAt()), event.getActor(), event.getActorRole(),
                    event.getAction(), event.getEntityType(), event.getEntityId(), event.getSummary(),
                    event.getChanges(), event.getPrevHash(), event.getHash());
            auditSeq = event.getSeq();
            auditHash = event.getHash();
        }

        void flush() throws SQLException {
            for (Batch batch : batches.values()) {
                batch.flush();
            }
            try (PreparedStatement s = connection.prepareStatement(
                    "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                s.setLong(1, auditSeq);
                s.setString(2, auditHash);
                s.executeUpdate();
            }
        }

        void saveReferenceCounter() throws SQLException {
            if (counterExists) {
                insert("UPDATE dossier_reference_counter SET last_number = ? WHERE programme_code = ?"
                        + " AND ref_year = ?", lastReference, PROGRAMME, year);
            } else if (lastReference > 0) {
                insert("INSERT INTO dossier_reference_counter (programme_code, ref_year, last_number)"
                        + " VALUES (?, ?, ?)", PROGRAMME, year, lastReference);
            }
        }

        Map<String, Long> counts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            batches.forEach((table, batch) -> counts.put(table, batch.rows));
            return counts;
        }

        @Override
        public void close() throws SQLException {
            for (Batch batch : batches.values()) {
                batch.statement.close();
            }
        }
    }

    /** One table's prepared insert, its pending rows and how many it wrote. */
    private static final class Batch {
        final PreparedStatement statement;
        int pending;
        long rows;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void row(Object... values) throws SQLException {
            for (int k = 0; k < values.length; k++) {
                statement.setObject(k + 1, values[k]);
            }
            statement.addBatch();
            pending++;
            rows++;
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                statement.clearBatch();
                pending = 0;
            }
        }
    }

    private static BigDecimal percent(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2,
                java.math.RoundingMode.HALF_EVEN);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    /**
     * A moment as the application stores it, through its own converter: the UTC wall clock to the microsecond, as
     * text (bound as a LocalDateTime, the fraction of a second was lost on MariaDB 10.11 with Connector/J 9.5 —
     * and the audit hashes cover the microseconds).
     */
    static Object utc(Instant instant) {
        return CONVERTER.convertToDatabaseColumn(instant);
    }

    private long nextId(String table) throws SQLException {
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

    private void insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int k = 0; k < values.length; k++) {
                s.setObject(k + 1, values[k]);
            }
            s.executeUpdate();
        }
    }
}

package org.levier.demo.control;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.levier.applicant.control.CompanyIdentifiers;
import org.levier.impact.control.ReportSchedule;
import org.levier.shared.control.Rows;
import org.levier.shared.control.SearchWords;

/**
 * A synthetic, clearly labelled portfolio for a programme (fictitious organisations named "… (démo)", flagged
 * demo, with fictitious SIRETs from the 98765xxx range whose checksums are valid; no real company is given invented
 * figures). One committed dossier per action (states {@code APPROVED}, {@code AGREEMENT_SIGNED},
 * {@code IN_EXECUTION}, {@code COMPLETED}, {@code TERMINATED} in turn), whose committed fund contributions total
 * exactly {@link #FUND} (37,500,000.00) and committed total project costs exactly {@link #TOTAL}
 * (288,000,000.00): committed leverage 7.68. One pipeline dossier per action in the other states (draft to
 * committee, rejected, ineligible, withdrawn) brings requested amounts that never count as committed.
 *
 * <p>Impact ({@link DemoImpact}): every dossier states 1 to 3 targets from the indicator catalogue, plausible for
 * its action (a pipeline dossier half of its committed sibling's). Every signed agreement has its progress reports,
 * dated by the impact component's own rule ({@link ReportSchedule}) from the signature (150 days ago) and the
 * project's end: 36 months for AGREEMENT_SIGNED, 24 for IN_EXECUTION, and 60 days after the signature for
 * COMPLETED and TERMINATED projects (one final report, due 30 days ago). Completed projects of actions 4 and 9
 * (positions 3 and 8) had their reports ACCEPTED at 125 % and 90 % of their targets; the other completed one
 * (position 13) has not reported: its final report is overdue (already flagged as reminded, so the hourly run does
 * not e-mail the fictitious creator). Terminated projects' reports are ACCEPTED at 40 % (they count in no impact
 * figure); the first interim report of the IN_EXECUTION projects at positions 2 and 7 is SUBMITTED at 50 %, waiting
 * for review. No money amount or co-financing line is touched: the committed leverage stays 7.68.
 *
 * <p>Written as plain rows in the caller's transaction (about 300 rows, well under a second), not through the
 * workflow use cases: those would need dozens of signed-in actors, committee votes and four-eyes approvals per
 * dossier, and each would append audit events describing acts nobody made. The caller records one audit event
 * summarising the generation instead. Idempotent: nothing is written when the first demo organisation exists.
 */
public class DemoPortfolioGenerator {

    public static final BigDecimal FUND = new BigDecimal("37500000.00");
    public static final BigDecimal TOTAL = new BigDecimal("288000000.00");
    public static final String CALL_CODE = "DEMO-PORTEFEUILLE";
    static final String ACTOR = "demo-portfolio";

    private static final String[] COMMITTED_STATES = {"APPROVED", "AGREEMENT_SIGNED", "IN_EXECUTION", "COMPLETED",
            "TERMINATED"};
    private static final String[] PIPELINE_STATES = {"DRAFT", "SUBMITTED", "ELIGIBILITY_REVIEW", "DUE_DILIGENCE",
            "COMMITTEE", "REJECTED", "INELIGIBLE", "WITHDRAWN"};
    private static final String[] SIZES = {"SMALL", "MEDIUM", "LARGE", "MICRO", "RESEARCH_ORGANISATION",
            "PUBLIC_BODY", "ASSOCIATION", "MEDIUM", "LARGE", "SMALL"};
    private static final String[] NAMES = {"Hydrogène Côte d'Opale", "Chaleur Fatale Flandre", "Dunes Numériques",
            "Acier Décarboné Nord", "Laboratoire Littoral Énergie", "Syndicat Mobilité Dunkerquoise",
            "Collectif Compétences Vertes", "Boucle Carbone Industrie", "Éolien Mer du Nord", "Atelier Circulaire"};

    /** The default schedule of the impact component (half-yearly, due 30 days after, final 60 days after). */
    public static final ReportSchedule DEFAULT_SCHEDULE = new ReportSchedule(6, 30, 60);

    /** What was generated. */
    public record Generated(int organisations, int dossiers, BigDecimal committedFund, BigDecimal committedTotal,
                            int impactTargets, int progressReports) {
    }

    private final Rows sql;
    private final ZoneId zone;
    private final DemoImpact impact;

    public DemoPortfolioGenerator(Rows sql, ZoneId zone) {
        this(sql, zone, DEFAULT_SCHEDULE);
    }

    /** @param schedule the impact component's configured schedule, which dates the demo's progress reports */
    public DemoPortfolioGenerator(Rows sql, ZoneId zone, ReportSchedule schedule) {
        this.sql = sql;
        this.zone = zone;
        this.impact = new DemoImpact(sql, schedule, ACTOR);
    }

    /** The fictitious SIRET of demo organisation {@code n} (0-based): SIREN 98765nnn + check digit, NIC 00010. */
    public static String siret(int n) {
        String sirenStart = "98765" + String.format("%03d", n);
        String siren = sirenStart + CompanyIdentifiers.luhnCheckDigit(sirenStart);
        String withoutCheck = siren + "0001";
        return withoutCheck + CompanyIdentifiers.luhnCheckDigit(withoutCheck);
    }

    public boolean alreadyGenerated() {
        return !sql.select("SELECT id, legal_name FROM organisation WHERE siret = ?", List.of(siret(0))).isEmpty();
    }

    /** Fund contribution of committed dossier {@code i} (0..n-1): symmetric around FUND / n, so the sum is FUND. */
    static BigDecimal fundOf(int i, int n) {
        BigDecimal mean = FUND.divide(BigDecimal.valueOf(n), 2, java.math.RoundingMode.UNNECESSARY);
        return mean.add(BigDecimal.valueOf(100_000L * (i - (n - 1) / 2))).setScale(2);
    }

    static BigDecimal totalOf(int i, int n) {
        BigDecimal mean = TOTAL.divide(BigDecimal.valueOf(n), 2, java.math.RoundingMode.UNNECESSARY);
        return mean.add(BigDecimal.valueOf(500_000L * (i - (n - 1) / 2))).setScale(2);
    }

    /**
     * Generates the portfolio for the programme (which must have an odd number of actions so the amounts stay
     * symmetric — Dunkerque has 15) unless it already exists.
     */
    public Generated generate(String programmeCode, Instant now) {
        List<Object[]> programme = sql.select("SELECT id, code FROM programme WHERE code = ?", List.of(programmeCode));
        if (programme.isEmpty()) {
            throw new IllegalArgumentException("no programme " + programmeCode);
        }
        long programmeId = ((Number) programme.getFirst()[0]).longValue();
        List<Object[]> actions = sql.select("SELECT id, number FROM programme_action WHERE programme_id = ?"
                + " ORDER BY number", List.of(programmeId));
        int n = actions.size();
        if (n % 2 == 0) {
            throw new IllegalArgumentException("the demo portfolio needs an odd number of actions, not " + n);
        }
        Timestamp at = Timestamp.from(now);
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Long> organisations = new ArrayList<>();
        for (int o = 0; o < NAMES.length; o++) {
            sql.update("INSERT INTO organisation (legal_name, legal_form, siren, siret, size_class, city, country,"
                    + " demo, created_at) VALUES (?, ?, ?, ?, ?, ?, 'FR', TRUE, ?)", List.of(NAMES[o] + " (démo)",
                    "SAS", siret(o).substring(0, 9), siret(o), SIZES[o], "Dunkerque", at));
            long organisationId = id("SELECT id, siret FROM organisation WHERE siret = ?", siret(o));
            organisations.add(organisationId);
            words("organisation_word", organisationId, NAMES[o] + " (démo)", siret(o).substring(0, 9), siret(o));
        }
        sql.update("INSERT INTO call_for_projects (programme_id, code, title, opens_at, closes_at, min_amount,"
                + " max_amount, aid_regime, demo) VALUES (?, ?, ?, ?, ?, 1.00, 9999999999.00, 'GBER', TRUE)",
                List.of(programmeId, CALL_CODE, "Portefeuille de démonstration (démo)",
                        Timestamp.from(now.minusSeconds(400L * 86400)), Timestamp.from(now.minusSeconds(300L * 86400))));
        long callId = id("SELECT id, code FROM call_for_projects WHERE code = ? AND programme_id = " + programmeId,
                CALL_CODE);
        for (Object[] action : actions) {
            sql.update("INSERT INTO call_action (call_id, action_id) VALUES (?, ?)", List.of(callId, action[0]));
        }
        DemoCommittee committee = new DemoCommittee(sql, zone, today, ACTOR, at);
        References references = new References(programmeCode, today.getYear());
        BigDecimal fundSum = BigDecimal.ZERO;
        BigDecimal totalSum = BigDecimal.ZERO;
        int dossiers = 0;
        for (int i = 0; i < n; i++) {
            long actionId = ((Number) actions.get(i)[0]).longValue();
            int actionNumber = ((Number) actions.get(i)[1]).intValue();
            BigDecimal fund = fundOf(i, n);
            BigDecimal total = totalOf(i, n);
            String state = COMMITTED_STATES[i % COMMITTED_STATES.length];
            committed(programmeId, callId, actionId, actionNumber, organisations.get(i % 10), state,
                    fund, total, committee, i, references, now, today);
            fundSum = fundSum.add(fund);
            totalSum = totalSum.add(total);
            String pipelineState = PIPELINE_STATES[i % PIPELINE_STATES.length];
            pipeline(programmeId, callId, actionId, actionNumber, organisations.get((i + 3) % 10), pipelineState,
                    fund.divide(BigDecimal.TWO, 2, java.math.RoundingMode.HALF_EVEN), i, references, now);
            dossiers += 2;
        }
        references.save();
        return new Generated(NAMES.length, dossiers, fundSum, totalSum, impact.targets(), impact.reports());
    }

    private long committed(long programmeId, long callId, long actionId, int actionNumber, long organisationId,
                           String state, BigDecimal fund, BigDecimal total, DemoCommittee committee, int i,
                           References references, Instant now, LocalDate today) {
        BigDecimal grant = fund.multiply(new BigDecimal("0.60")).setScale(2, java.math.RoundingMode.HALF_EVEN);
        BigDecimal equity = i % 4 == 3 ? new BigDecimal("200000.00") : BigDecimal.ZERO.setScale(2);
        BigDecimal advance = fund.subtract(grant).subtract(equity);
        BigDecimal cofinancing = total.subtract(fund);
        // The committed co-financing: own funds, a bank loan, the region (RECEIVED once the project runs).
        BigDecimal own = cofinancing.multiply(new BigDecimal("0.30")).setScale(2, java.math.RoundingMode.HALF_EVEN);
        BigDecimal bank = cofinancing.multiply(new BigDecimal("0.25")).setScale(2, java.math.RoundingMode.HALF_EVEN);
        BigDecimal region = cofinancing.subtract(own).subtract(bank);
        String received = state.equals("APPROVED") || state.equals("AGREEMENT_SIGNED") ? "COMMITTED" : "RECEIVED";
        // A PLANNED line never firmed up: counted as requested, never as committed.
        BigDecimal planned = new BigDecimal("150000.00");
        String title = "Projet démo action " + actionNumber + " (démo)";
        long dossierId = dossier(programmeId, callId, actionId, organisationId, title, state, grant, advance, equity,
                references, now);
        impact.targets(dossierId, i, BigDecimal.ONE);
        cofinancing(dossierId, 0, "OWN_FUNDS", "Fonds propres du porteur (démo)", own, received);
        cofinancing(dossierId, 1, "BANK_LOAN", "Banque fictive du Nord (démo)", bank, "COMMITTED");
        cofinancing(dossierId, 2, "REGION", "Région (démo)", region, received);
        cofinancing(dossierId, 3, "PRIVATE_INVESTOR", "Investisseur fictif (démo)", planned, "PLANNED");
        budget(dossierId, total.add(planned));
        committee.approve(dossierId, i, grant, advance, equity, ACTOR);
        if (!state.equals("APPROVED")) {
            long agreementId = agreement(programmeId, actionId, organisationId, dossierId, state, grant, advance,
                    equity, now, today);
            impact.progressReports(dossierId, agreementId, state, i, total, now, today);
        }
        return dossierId;
    }

    private long agreement(long programmeId, long actionId, long organisationId, long dossierId, String state,
                           BigDecimal grant, BigDecimal advance, BigDecimal equity, Instant now, LocalDate today) {
        Timestamp at = Timestamp.from(now);
        sql.update("INSERT INTO agreement (dossier_id, programme_id, action_id, organisation_id, signed_on,"
                + " signed_by, signed_at, committed_grant, committed_advance, committed_equity, approved_grant,"
                + " approved_advance, approved_equity, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                List.of(dossierId, programmeId, actionId, organisationId, Date.valueOf(today.minusDays(150)), ACTOR,
                        at, grant, advance, equity, grant, advance, equity, at));
        long agreementId = id("SELECT id, dossier_id FROM agreement WHERE dossier_id = ?", dossierId);
        String[] instruments = {"GRANT", "REPAYABLE_ADVANCE", "EQUITY"};
        BigDecimal[] amounts = {grant, advance, equity};
        for (int k = 0; k < 3; k++) {
            if (amounts[k].signum() == 0) {
                continue;
            }
            sql.update("INSERT INTO agreement_tranche (agreement_id, position, instrument, amount, planned_on,"
                    + " milestone) VALUES (?, ?, ?, ?, ?, ?)", List.of(agreementId, k, instruments[k], amounts[k],
                    Date.valueOf(today.minusDays(100)), "Jalon de démonstration (démo)"));
            if (state.equals("AGREEMENT_SIGNED")) {
                continue;
            }
            long trancheId = id("SELECT id, position FROM agreement_tranche WHERE agreement_id = " + agreementId
                    + " AND position = ?", k);
            // In execution: half of each tranche paid; completed or terminated: all of it.
            BigDecimal paid = state.equals("IN_EXECUTION")
                    ? amounts[k].divide(BigDecimal.TWO, 2, java.math.RoundingMode.HALF_EVEN) : amounts[k];
            sql.update("INSERT INTO disbursement (agreement_id, tranche_id, instrument, amount, status,"
                    + " requested_by, requested_role, requested_at, approved_by, approved_at, paid_on,"
                    + " bank_reference, paid_by, paid_at) VALUES (?, ?, ?, ?, 'PAID', ?, 'ANALYST', ?, ?, ?, ?, ?, ?, ?)",
                    List.of(agreementId, trancheId, instruments[k], paid, ACTOR, at, ACTOR, at,
                            Date.valueOf(today.minusDays(90)), "DEMO-" + agreementId + "-" + k, ACTOR, at));
        }
        return agreementId;
    }

    private void pipeline(long programmeId, long callId, long actionId, int actionNumber, long organisationId,
                          String state, BigDecimal fund, int i, References references, Instant now) {
        String title = "Projet démo en instruction, action " + actionNumber + " (démo)";
        long dossierId = dossier(programmeId, callId, actionId, organisationId, title, state, fund,
                BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), references, now);
        impact.targets(dossierId, i, new BigDecimal("0.5"));
        BigDecimal cofinancing = fund.multiply(new BigDecimal("5"));
        cofinancing(dossierId, 0, "OWN_FUNDS", "Fonds propres du porteur (démo)", cofinancing, "APPLIED");
        budget(dossierId, fund.add(cofinancing));
    }

    /** The search words of a row written here (what the entities keep by themselves: migration 28). */
    private void words(String table, long id, String... texts) {
        for (String word : SearchWords.of(texts)) {
            sql.update("INSERT INTO " + table + " VALUES (?, ?)", List.of(id, word));
        }
    }

    private long dossier(long programmeId, long callId, long actionId, long organisationId, String title,
                         String state, BigDecimal grant, BigDecimal advance, BigDecimal equity, References references,
                         Instant now) {
        Timestamp at = Timestamp.from(now);
        String reference = state.equals("DRAFT") ? null : references.next();
        List<Object> values = new ArrayList<>(List.of(programmeId, callId, actionId, organisationId, ACTOR, title,
                "Dossier fictif du portefeuille de démonstration (démo).", state));
        values.add(reference == null ? "" : reference);
        values.addAll(List.of(grant, advance, equity, at, at));
        sql.update("INSERT INTO dossier (programme_id, call_id, action_id, organisation_id, created_by, title, summary,"
                + " status, reference, requested_grant, requested_advance, requested_equity, submitted_at,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, ''), ?, ?, ?, "
                + (reference == null ? "NULL" : "?") + ", ?, ?)",
                reference == null ? values : withSubmitted(values, at));
        long dossierId = id("SELECT id, title FROM dossier WHERE call_id = " + callId + " AND title = ?", title);
        words("dossier_word", dossierId, title, reference);
        sql.update("INSERT INTO dossier_transition (dossier_id, from_status, to_status, actor, actor_role, reason,"
                + " occurred_at) VALUES (?, NULL, 'DRAFT', ?, NULL, ?, ?)",
                List.of(dossierId, ACTOR, "Portefeuille de démonstration", at));
        if (!state.equals("DRAFT")) {
            sql.update("INSERT INTO dossier_transition (dossier_id, from_status, to_status, actor, actor_role,"
                    + " reason, occurred_at) VALUES (?, 'DRAFT', ?, ?, NULL, ?, ?)",
                    List.of(dossierId, state, ACTOR, "Portefeuille de démonstration : état généré", at));
        }
        return dossierId;
    }

    private static List<Object> withSubmitted(List<Object> values, Timestamp at) {
        List<Object> all = new ArrayList<>(values.subList(0, values.size() - 2));
        all.add(at);
        all.add(at);
        all.add(at);
        return all;
    }

    private void cofinancing(long dossierId, int position, String source, String funder, BigDecimal amount,
                             String status) {
        sql.update("INSERT INTO dossier_cofinancing (dossier_id, position, source_type, funder, amount, status)"
                + " VALUES (?, ?, ?, ?, ?, ?)", List.of(dossierId, position, source, funder, amount, status));
    }

    private void budget(long dossierId, BigDecimal total) {
        BigDecimal equipment = total.multiply(new BigDecimal("0.60")).setScale(2, java.math.RoundingMode.HALF_EVEN);
        sql.update("INSERT INTO dossier_budget_line (dossier_id, position, category, label, amount, eligible)"
                + " VALUES (?, 0, 'EQUIPMENT', 'Équipements (démo)', ?, TRUE)", List.of(dossierId, equipment));
        sql.update("INSERT INTO dossier_budget_line (dossier_id, position, category, label, amount, eligible)"
                + " VALUES (?, 1, 'WORKS', 'Travaux (démo)', ?, TRUE)", List.of(dossierId, total.subtract(equipment)));
    }

    private long id(String sql2, Object key) {
        List<Object[]> rows = sql.select(sql2, List.of(key));
        return ((Number) rows.getFirst()[0]).longValue();
    }

    /** The gapless reference counter of the programme and year, continued from where it stands. */
    private final class References {
        private final String programmeCode;
        private final int year;
        private final boolean exists;
        private int last;

        References(String programmeCode, int year) {
            this.programmeCode = programmeCode;
            this.year = year;
            List<Object[]> row = sql.select("SELECT last_number, ref_year FROM dossier_reference_counter"
                    + " WHERE programme_code = ? AND ref_year = " + year + " FOR UPDATE", List.of(programmeCode));
            this.exists = !row.isEmpty();
            this.last = exists ? ((Number) row.getFirst()[0]).intValue() : 0;
        }

        String next() {
            last++;
            return "%s-%d-%04d".formatted(programmeCode, year, last);
        }

        void save() {
            if (exists) {
                sql.update("UPDATE dossier_reference_counter SET last_number = " + last
                        + " WHERE programme_code = ? AND ref_year = " + year, List.of(programmeCode));
            } else {
                sql.update("INSERT INTO dossier_reference_counter (programme_code, ref_year, last_number)"
                        + " VALUES (?, " + year + ", " + last + ")", List.of(programmeCode));
            }
        }
    }
}

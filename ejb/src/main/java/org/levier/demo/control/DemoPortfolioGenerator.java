package org.levier.demo.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.levier.applicant.control.CompanyIdentifiers;
import org.levier.impact.control.ReportSchedule;
import org.levier.shared.control.JdbcRows;
import org.levier.shared.control.Rows;

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
 * <p>Written as plain rows on the caller's connection and in its transaction (about 600 rows, well under a second),
 * through {@link PortfolioRows} — the row writer the benchmark's synthetic portfolio uses too (JDBC batches, explicit
 * ids) — not through the workflow use cases: those would need dozens of signed-in actors, committee votes and
 * four-eyes approvals per dossier, and each would append audit events describing acts nobody made. The caller
 * records one audit event summarising the generation instead. Idempotent: nothing is written when the first demo
 * organisation exists.
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

    private final Connection connection;
    private final Rows sql;
    private final ZoneId zone;
    private final ReportSchedule schedule;

    /** @param connection the connection of the caller's transaction (the caller commits) */
    public DemoPortfolioGenerator(Connection connection, ZoneId zone) {
        this(connection, zone, DEFAULT_SCHEDULE);
    }

    /** @param schedule the impact component's configured schedule, which dates the demo's progress reports */
    public DemoPortfolioGenerator(Connection connection, ZoneId zone, ReportSchedule schedule) {
        this.connection = connection;
        this.sql = new JdbcRows(connection);
        this.zone = zone;
        this.schedule = schedule;
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
        LocalDate today = LocalDate.ofInstant(now, zone);
        try (PortfolioRows rows = new PortfolioRows(connection)) {
            Writer writer = new Writer(rows, programmeId, now, today);
            List<Long> organisations = new ArrayList<>();
            for (int o = 0; o < NAMES.length; o++) {
                organisations.add(rows.organisation(new PortfolioRows.Organisation(NAMES[o] + " (démo)", "SAS",
                        siret(o).substring(0, 9), siret(o), SIZES[o], null, null, "Dunkerque", "FR", true, now)));
            }
            writer.callId = rows.call(programmeId, CALL_CODE, "Portefeuille de démonstration (démo)",
                    now.minusSeconds(400L * 86400), now.minusSeconds(300L * 86400), new BigDecimal("1.00"),
                    new BigDecimal("9999999999.00"), "GBER", true,
                    actions.stream().map(a -> ((Number) a[0]).longValue()).toList(), List.of());
            DemoCommittee committee = new DemoCommittee(rows, zone, today, ACTOR, now);
            ReferenceCounter references = new ReferenceCounter(connection, programmeCode, today.getYear());
            DemoImpact impact = new DemoImpact(rows, schedule, ACTOR);
            BigDecimal fundSum = BigDecimal.ZERO;
            BigDecimal totalSum = BigDecimal.ZERO;
            int dossiers = 0;
            for (int i = 0; i < n; i++) {
                long actionId = ((Number) actions.get(i)[0]).longValue();
                int actionNumber = ((Number) actions.get(i)[1]).intValue();
                BigDecimal fund = fundOf(i, n);
                BigDecimal total = totalOf(i, n);
                String state = COMMITTED_STATES[i % COMMITTED_STATES.length];
                writer.committed(actionId, actionNumber, organisations.get(i % 10), state, fund, total, committee,
                        impact, i, references);
                fundSum = fundSum.add(fund);
                totalSum = totalSum.add(total);
                String pipelineState = PIPELINE_STATES[i % PIPELINE_STATES.length];
                writer.pipeline(actionId, actionNumber, organisations.get((i + 3) % 10), pipelineState,
                        fund.divide(BigDecimal.TWO, 2, java.math.RoundingMode.HALF_EVEN), impact, i, references);
                dossiers += 2;
            }
            rows.flush();
            references.save();
            return new Generated(NAMES.length, dossiers, fundSum, totalSum, impact.targets(), impact.reports());
        }
    }

    /** The rows of one generation: a programme's demo dossiers and what hangs from them. */
    private static final class Writer {

        private final PortfolioRows rows;
        private final long programmeId;
        private final Instant now;
        private final LocalDate today;
        private long callId;

        Writer(PortfolioRows rows, long programmeId, Instant now, LocalDate today) {
            this.rows = rows;
            this.programmeId = programmeId;
            this.now = now;
            this.today = today;
        }

        void committed(long actionId, int actionNumber, long organisationId, String state, BigDecimal fund,
                       BigDecimal total, DemoCommittee committee, DemoImpact impact, int i,
                       ReferenceCounter references) {
            BigDecimal grant = fund.multiply(new BigDecimal("0.60")).setScale(2, java.math.RoundingMode.HALF_EVEN);
            BigDecimal equity = i % 4 == 3 ? new BigDecimal("200000.00") : BigDecimal.ZERO.setScale(2);
            BigDecimal advance = fund.subtract(grant).subtract(equity);
            BigDecimal cofinancing = total.subtract(fund);
            // The committed co-financing: own funds, a bank loan, the region (RECEIVED once the project runs).
            BigDecimal own = cofinancing.multiply(new BigDecimal("0.30")).setScale(2,
                    java.math.RoundingMode.HALF_EVEN);
            BigDecimal bank = cofinancing.multiply(new BigDecimal("0.25")).setScale(2,
                    java.math.RoundingMode.HALF_EVEN);
            BigDecimal region = cofinancing.subtract(own).subtract(bank);
            String received = state.equals("APPROVED") || state.equals("AGREEMENT_SIGNED") ? "COMMITTED"
                    : "RECEIVED";
            // A PLANNED line never firmed up: counted as requested, never as committed.
            BigDecimal planned = new BigDecimal("150000.00");
            String title = "Projet démo action " + actionNumber + " (démo)";
            boolean signed = !state.equals("APPROVED");
            // A signed project runs from its signature to the end its state implies (its reports are dated by it).
            long dossierId = dossier(actionId, organisationId, title, state, grant, advance, equity,
                    signed ? DemoImpact.signedOn(today) : null, signed ? DemoImpact.projectEnd(state, today) : null,
                    references);
            impact.targets(dossierId, i, BigDecimal.ONE);
            rows.cofinancing(dossierId, 0, "OWN_FUNDS", "Fonds propres du porteur (démo)", own, received);
            rows.cofinancing(dossierId, 1, "BANK_LOAN", "Banque fictive du Nord (démo)", bank, "COMMITTED");
            rows.cofinancing(dossierId, 2, "REGION", "Région (démo)", region, received);
            rows.cofinancing(dossierId, 3, "PRIVATE_INVESTOR", "Investisseur fictif (démo)", planned, "PLANNED");
            budget(dossierId, total.add(planned));
            committee.approve(dossierId, i, grant, advance, equity, ACTOR);
            if (signed) {
                long agreementId = agreement(actionId, organisationId, dossierId, state, grant, advance, equity);
                impact.progressReports(dossierId, agreementId, state, i, total, now, today);
            }
        }

        private long agreement(long actionId, long organisationId, long dossierId, String state, BigDecimal grant,
                               BigDecimal advance, BigDecimal equity) {
            long agreementId = rows.agreement(new PortfolioRows.Agreement(dossierId, programmeId, actionId,
                    organisationId, DemoImpact.signedOn(today), ACTOR, now, grant, advance, equity, now));
            String[] instruments = {"GRANT", "REPAYABLE_ADVANCE", "EQUITY"};
            BigDecimal[] amounts = {grant, advance, equity};
            for (int k = 0; k < 3; k++) {
                if (amounts[k].signum() == 0) {
                    continue;
                }
                long trancheId = rows.tranche(agreementId, k, instruments[k], amounts[k], today.minusDays(100),
                        "Jalon de démonstration (démo)");
                if (state.equals("AGREEMENT_SIGNED")) {
                    continue;
                }
                // In execution: half of each tranche paid; completed or terminated: all of it.
                BigDecimal paid = state.equals("IN_EXECUTION")
                        ? amounts[k].divide(BigDecimal.TWO, 2, java.math.RoundingMode.HALF_EVEN) : amounts[k];
                rows.disbursement(new PortfolioRows.Disbursement(agreementId, trancheId, instruments[k], paid, "PAID",
                        ACTOR, "ANALYST", now, ACTOR, now, today.minusDays(90), "DEMO-" + agreementId + "-" + k,
                        ACTOR, now, null, null, null));
            }
            return agreementId;
        }

        void pipeline(long actionId, int actionNumber, long organisationId, String state, BigDecimal fund,
                      DemoImpact impact, int i, ReferenceCounter references) {
            String title = "Projet démo en instruction, action " + actionNumber + " (démo)";
            long dossierId = dossier(actionId, organisationId, title, state, fund, BigDecimal.ZERO.setScale(2),
                    BigDecimal.ZERO.setScale(2), null, null, references);
            impact.targets(dossierId, i, new BigDecimal("0.5"));
            BigDecimal cofinancing = fund.multiply(new BigDecimal("5"));
            rows.cofinancing(dossierId, 0, "OWN_FUNDS", "Fonds propres du porteur (démo)", cofinancing, "APPLIED");
            budget(dossierId, fund.add(cofinancing));
        }

        private long dossier(long actionId, long organisationId, String title, String state, BigDecimal grant,
                             BigDecimal advance, BigDecimal equity, LocalDate start, LocalDate end,
                             ReferenceCounter references) {
            boolean draft = state.equals("DRAFT");
            long dossierId = rows.dossier(new PortfolioRows.Dossier(programmeId, callId, actionId, organisationId,
                    ACTOR, title, "Dossier fictif du portefeuille de démonstration (démo).", start, end, state,
                    draft ? null : references.next(), grant, advance, equity, draft ? null : now, now, now));
            rows.transition(dossierId, null, "DRAFT", ACTOR, null, "Portefeuille de démonstration", now);
            if (!draft) {
                rows.transition(dossierId, "DRAFT", state, ACTOR, null, "Portefeuille de démonstration : état généré",
                        now);
            }
            return dossierId;
        }

        private void budget(long dossierId, BigDecimal total) {
            BigDecimal equipment = total.multiply(new BigDecimal("0.60")).setScale(2,
                    java.math.RoundingMode.HALF_EVEN);
            rows.budgetLine(dossierId, 0, "EQUIPMENT", "Équipements (démo)", equipment, true);
            rows.budgetLine(dossierId, 1, "WORKS", "Travaux (démo)", total.subtract(equipment), true);
        }
    }
}

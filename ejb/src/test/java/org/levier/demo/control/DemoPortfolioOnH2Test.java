package org.levier.demo.control;

import org.levier.portfolio.control.LeverageQueries;
import org.levier.portfolio.control.PortfolioQueries;
import org.levier.portfolio.control.ProgrammeOnH2;
import org.levier.shared.control.JdbcRows;
import org.levier.shared.control.Rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.levier.applicant.control.CompanyIdentifiers;
import org.levier.impact.control.ImpactQueries;
import org.levier.impact.entity.ImpactBreakdown;
import org.levier.portfolio.entity.Basis;
import org.levier.portfolio.entity.Breakdown;
import org.levier.portfolio.entity.Leverage;

/**
 * The demo portfolio and the leverage/portfolio aggregates, on the embedded database with the real migrations and
 * the very SQL the application runs: committed leverage exactly 7.68 on 37,500,000.00 / 288,000,000.00.
 */
class DemoPortfolioOnH2Test {

    private Connection connection;
    private Rows rows;

    @BeforeEach
    void migrateAndLoadAProgrammeOf15Actions() throws SQLException {
        connection = ProgrammeOnH2.open("portfolio");
        rows = new JdbcRows(connection);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void committedLeverageOfTheDemoPortfolioIsExactly7Point68() {
        DemoPortfolioGenerator generator = new DemoPortfolioGenerator(connection, ZoneId.of("Europe/Paris"));
        assertThat(generator.alreadyGenerated()).isFalse();
        DemoPortfolioGenerator.Generated generated = generator.generate("TI-DK", Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(generated.committedFund()).isEqualByComparingTo("37500000.00");
        assertThat(generated.committedTotal()).isEqualByComparingTo("288000000.00");
        assertThat(generator.alreadyGenerated()).isTrue();

        LeverageQueries queries = new LeverageQueries(rows);
        Leverage committed = queries.total("TI-DK", Basis.COMMITTED);
        assertThat(committed.fundContribution()).isEqualTo(new BigDecimal("37500000.00"));
        assertThat(committed.totalProjectCost()).isEqualTo(new BigDecimal("288000000.00"));
        assertThat(committed.leverage()).isEqualTo(new BigDecimal("7.6800"));
        assertThat(committed.cofinancingMultiplier()).isEqualTo(new BigDecimal("6.6800"));

        // Each axis is the ratio of the sums of its dossiers, and the axes add up to the programme.
        List<LeverageQueries.Group> axes = queries.groups("TI-DK", Basis.COMMITTED, Breakdown.AXIS);
        assertThat(axes).hasSize(4);
        assertThat(Leverage.total(axes.stream().map(LeverageQueries.Group::sums).toList())).isEqualTo(committed);
        for (LeverageQueries.Group axis : axes) {
            Leverage recomputed = Leverage.NONE;
            for (Object[] d : rows.select("SELECT d.id, a.axis_id FROM dossier d JOIN programme_action a"
                    + " ON a.id = d.action_id WHERE a.axis_id = ? AND d.status IN ('APPROVED', 'AGREEMENT_SIGNED',"
                    + " 'IN_EXECUTION', 'COMPLETED', 'TERMINATED')", List.of(Long.parseLong(axis.key())))) {
                recomputed = recomputed.plus(byHand(((Number) d[0]).longValue()));
            }
            assertThat(axis.sums()).as("axis " + axis.key()).isEqualTo(recomputed);
        }
        // The average of the axes' ratios is not the programme's leverage.
        BigDecimal average = axes.stream().map(g -> g.sums().leverage()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(axes.size()), 4, java.math.RoundingMode.HALF_EVEN);
        assertThat(average).isNotEqualTo(committed.leverage());

        assertThat(queries.groups("TI-DK", Basis.COMMITTED, Breakdown.ACTION)).hasSize(15);
        List<LeverageQueries.Group> sources = queries.groups("TI-DK", Basis.COMMITTED, Breakdown.SOURCE);
        assertThat(sources).extracting(LeverageQueries.Group::key).containsExactly("BANK_LOAN", "OWN_FUNDS", "REGION");
        assertThat(sources.stream().map(g -> g.sums().cofinancing()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(committed.cofinancing());

        Leverage requested = queries.total("TI-DK", Basis.REQUESTED);
        assertThat(requested.fundContribution()).isGreaterThan(committed.fundContribution());
        Leverage realised = queries.total("TI-DK", Basis.REALISED);
        assertThat(realised.fundContribution()).isPositive().isLessThan(committed.fundContribution());

        PortfolioQueries portfolio = new PortfolioQueries(rows);
        List<PortfolioQueries.Position> instruments = portfolio.byInstrument("TI-DK");
        BigDecimal paid = instruments.stream().map(PortfolioQueries.Position::paid)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(paid).isEqualByComparingTo(realised.fundContribution());
        // Signed commitments plus approvals awaiting their agreement: the committed basis's 37,500,000.00.
        BigDecimal signed = instruments.stream().map(PortfolioQueries.Position::committed)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(portfolio.approvedNotSigned("TI-DK")).isEqualByComparingTo("6900000.00");
        assertThat(signed.add(portfolio.approvedNotSigned("TI-DK"))).isEqualByComparingTo("37500000.00");
        assertThat(portfolio.pipeline("TI-DK")).containsKeys("DRAFT", "APPROVED", "COMPLETED", "WITHDRAWN")
                .containsEntry("IN_EXECUTION", 3L);
        assertThat(portfolio.byAxis("TI-DK").stream().map(PortfolioQueries.Position::committed)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(instruments.stream()
                .map(PortfolioQueries.Position::committed).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void asOfDateLimitsSignaturesAndValueDatesAndPaymentsAddUpPerMonth() {
        // Generated on 2026-11-28 (Paris): agreements signed on 2026-07-01, payments valued on 2026-08-30.
        new DemoPortfolioGenerator(connection, ZoneId.of("Europe/Paris")).generate("TI-DK",
                Instant.parse("2026-11-28T10:00:00Z"));
        PortfolioQueries portfolio = new PortfolioQueries(rows);
        BigDecimal paidToday = sum(portfolio.byInstrument("TI-DK").stream().map(PortfolioQueries.Position::paid));
        BigDecimal signedToday = sum(portfolio.byInstrument("TI-DK").stream()
                .map(PortfolioQueries.Position::committed));
        assertThat(signedToday).isEqualByComparingTo("30600000.00");

        List<PortfolioQueries.MonthPaid> months = portfolio.paidByMonth("TI-DK", java.time.LocalDate.of(2026, 11, 28));
        assertThat(months).hasSize(1);
        assertThat(months.getFirst().month()).isEqualTo(java.time.YearMonth.of(2026, 8));
        assertThat(months.getFirst().paid()).isEqualTo(paidToday);
        assertThat(months.getFirst().cumulative()).isEqualTo(paidToday);
        assertThat(portfolio.paidByMonth("TI-DK", java.time.LocalDate.of(2026, 8, 29))).isEmpty();

        // The day before the value date: signed, nothing paid; the day before signature: nothing committed.
        java.time.LocalDate beforePayment = java.time.LocalDate.of(2026, 8, 29);
        assertThat(sum(portfolio.byAxis("TI-DK", beforePayment).stream().map(PortfolioQueries.Position::committed)))
                .isEqualByComparingTo(signedToday);
        assertThat(sum(portfolio.byAxis("TI-DK", beforePayment).stream().map(PortfolioQueries.Position::paid)))
                .isEqualByComparingTo("0.00");
        assertThat(sum(portfolio.byAction("TI-DK", java.time.LocalDate.of(2026, 8, 30)).stream()
                .map(PortfolioQueries.Position::paid))).isEqualByComparingTo(paidToday);
        assertThat(portfolio.byAxis("TI-DK", java.time.LocalDate.of(2026, 6, 30))).isEmpty();
        assertThat(sum(portfolio.byInstrument("TI-DK", java.time.LocalDate.of(2026, 6, 30)).stream()
                .map(PortfolioQueries.Position::committed))).isEqualByComparingTo("0.00");

        LeverageQueries leverage = new LeverageQueries(rows);
        assertThat(leverage.total("TI-DK", Basis.REALISED, beforePayment).fundContribution())
                .isEqualByComparingTo("0.00");
        assertThat(leverage.total("TI-DK", Basis.REALISED, java.time.LocalDate.of(2026, 8, 30)).fundContribution())
                .isEqualByComparingTo(paidToday);
        assertThat(leverage.groups("TI-DK", Basis.REALISED, Breakdown.SOURCE, beforePayment))
                .allSatisfy(g -> assertThat(g.sums().fundContribution()).isEqualByComparingTo("0.00"));
        // The committed basis does not depend on the date (statuses have no history here).
        assertThat(leverage.total("TI-DK", Basis.COMMITTED, beforePayment))
                .isEqualTo(leverage.total("TI-DK", Basis.COMMITTED));
    }

    /**
     * Impact on demo data, checked by hand from the generator's table. Counted (agreement signed, in execution or
     * completed): positions 1, 6, 11 / 2, 7, 12 / 3, 8, 13, i.e. actions 2, 7, 12, 3, 8, 13, 4, 9, 14. Accepted:
     * action 4 (completed, 125 %) and action 9 (completed, 90 %); action 14's final report (completed) is overdue;
     * actions 3 and 8 submitted their first report (not counted before acceptance); terminated projects' accepted
     * reports are not counted.
     */
    @Test
    void demoDossiersHaveImpactTargetsAndAcceptedReportsWithoutTouchingTheLeverage() {
        DemoPortfolioGenerator.Generated generated = new DemoPortfolioGenerator(connection, ZoneId.of("Europe/Paris"))
                .generate("TI-DK", Instant.parse("2026-11-28T10:00:00Z"));
        // 15 committed dossiers with 33 targets (table of 15 positions), 15 pipeline dossiers with the same 33.
        assertThat(count("SELECT COUNT(DISTINCT dossier_id) FROM dossier_impact_target")).isEqualTo(30);
        assertThat(generated.impactTargets()).isEqualTo(66);
        assertThat(count("SELECT COUNT(*) FROM dossier_impact_target")).isEqualTo(66);
        assertThat(count("SELECT COUNT(*) FROM dossier d WHERE NOT EXISTS (SELECT 1 FROM dossier_impact_target t"
                + " WHERE t.dossier_id = d.id) OR (SELECT COUNT(*) FROM dossier_impact_target t"
                + " WHERE t.dossier_id = d.id) > 3")).isZero();

        // Reports: 3 signed x 6 (36 months, half-yearly) + 3 in execution x 4 (24 months) + 6 completed or
        // terminated x 1 (a 60-day project: its final report only) = 36.
        assertThat(generated.progressReports()).isEqualTo(36);
        assertThat(count("SELECT COUNT(*) FROM progress_report")).isEqualTo(36);
        assertThat(count("SELECT COUNT(*) FROM progress_report WHERE status = 'ACCEPTED'")).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM progress_report WHERE status = 'SUBMITTED'")).isEqualTo(2);
        // Overdue on 2026-11-28: signed 2026-07-01, ended 2026-08-30, final report due 2026-10-29, not submitted.
        List<Object[]> overdue = rows.select("SELECT r.due_on, d.title FROM progress_report r JOIN dossier d"
                + " ON d.id = r.dossier_id WHERE r.status IN ('DUE', 'RETURNED') AND r.due_on < ?",
                List.of(java.sql.Date.valueOf("2026-11-28")));
        assertThat(overdue).hasSize(1);
        assertThat(overdue.getFirst()[0].toString()).isEqualTo("2026-10-29");
        assertThat((String) overdue.getFirst()[1]).isEqualTo("Projet démo action 14 (démo)");
        assertThat(count("SELECT COUNT(*) FROM progress_report WHERE overdue_reminded_at IS NOT NULL")).isEqualTo(1);

        ImpactQueries impact = new ImpactQueries(rows);
        List<ImpactQueries.Group> indicators = impact.groups("TI-DK", ImpactBreakdown.INDICATOR);
        // CO2 avoided: counted targets of action 3 (150000) and action 4 (4000); accepted: action 4, 4000 x 1.25.
        ImpactQueries.Group co2 = indicator(indicators, "CO2_AVOIDED");
        assertThat(co2.dossiers()).isEqualTo(2);
        assertThat(co2.reporting()).isEqualTo(1);
        assertThat(co2.target()).isEqualByComparingTo("154000");
        assertThat(co2.actual()).isEqualByComparingTo("5000");
        // Jobs created: actions 2 (25), 4 (8), 7 (30), 12 (10), 14 (5) = 78; accepted: action 4, 8 x 1.25 = 10.
        ImpactQueries.Group jobs = indicator(indicators, "JOBS_CREATED");
        assertThat(jobs.dossiers()).isEqualTo(5);
        assertThat(jobs.target()).isEqualByComparingTo("78");
        assertThat(jobs.actual()).isEqualByComparingTo("10");
        // NOx reduced: action 9 (3000, accepted at 90 %: 2700) only.
        ImpactQueries.Group nox = indicator(indicators, "NOX_REDUCED");
        assertThat(nox.target()).isEqualByComparingTo("3000");
        assertThat(nox.actual()).isEqualByComparingTo("2700");
        assertThat(nox.ratio()).isEqualByComparingTo("0.9000");
        // By axis: axis 1 (actions 1..4) and axis 3 (9..12) report, axes 2 and 4 have targets but no actual yet.
        List<ImpactQueries.Group> axes = impact.groups("TI-DK", ImpactBreakdown.AXIS);
        assertThat(axes.stream().filter(g -> g.actual().signum() > 0).map(ImpactQueries.Group::key).distinct())
                .containsExactly(1, 3);
        assertThat(axes.stream().map(ImpactQueries.Group::key).distinct()).containsExactly(1, 2, 3, 4);
        assertThat(axes.stream().filter(g -> g.indicator().equals("JOBS_CREATED")).map(ImpactQueries.Group::target)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(jobs.target());

        // The committed basis is untouched.
        Leverage committed = new LeverageQueries(rows).total("TI-DK", Basis.COMMITTED);
        assertThat(committed.fundContribution()).isEqualTo(new BigDecimal("37500000.00"));
        assertThat(committed.totalProjectCost()).isEqualTo(new BigDecimal("288000000.00"));
        assertThat(committed.leverage()).isEqualTo(new BigDecimal("7.6800"));
    }

    private long count(String sql) {
        return ((Number) rows.select(sql, List.of()).getFirst()[0]).longValue();
    }

    private static ImpactQueries.Group indicator(List<ImpactQueries.Group> groups, String code) {
        return groups.stream().filter(g -> g.indicator().equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal sum(java.util.stream.Stream<BigDecimal> amounts) {
        return amounts.reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The demo session tells one story: its three members attended, every decision is dated on the session day,
     * and each decision's tally snapshot is the one the committee's rule computes from the session's own rows
     * (members, attendance, conflicts, votes) — so the minutes' "present of members" never contradicts an item.
     */
    @Test
    void demoCommitteeSessionRecordsTheAttendanceVotesAndRecusalsItsDecisionsCount() {
        new DemoPortfolioGenerator(connection, ZoneId.of("Europe/Paris")).generate("TI-DK",
                Instant.parse("2026-11-28T10:00:00Z"));
        Object[] session = rows.select("SELECT id, held_on FROM committee_session", List.of()).getFirst();
        long sessionId = ((Number) session[0]).longValue();
        java.time.LocalDate heldOn = java.time.LocalDate.parse(session[1].toString());
        assertThat(heldOn).isEqualTo(java.time.LocalDate.of(2026, 5, 12));
        java.util.Set<String> members = strings("SELECT member_email, id FROM committee_member WHERE session_id = ?",
                sessionId);
        java.util.Set<String> attending = strings("SELECT member_email, id FROM committee_member WHERE session_id = ?"
                + " AND present_since IS NOT NULL", sessionId);
        assertThat(members).containsExactlyInAnyOrder("member1@levier.example", "member2@levier.example",
                "member3@levier.example");

        List<Object[]> decisions = rows.select("SELECT d.agenda_item_id, d.decided_at, d.members_eligible,"
                + " d.members_present, d.votes_for, d.votes_against, d.votes_abstain FROM committee_decision d"
                + " WHERE d.session_id = ?", List.of(sessionId));
        assertThat(decisions).hasSize(15);
        List<java.util.Set<String>> voters = new java.util.ArrayList<>();
        int recused = 0;
        for (Object[] d : decisions) {
            long item = ((Number) d[0]).longValue();
            java.time.LocalDate decidedOn = ((java.sql.Timestamp) d[1]).toInstant().atZone(ZoneId.of("Europe/Paris"))
                    .toLocalDate();
            assertThat(decidedOn).as("decision of item " + item).isEqualTo(heldOn);
            java.util.Set<String> conflicted = strings("SELECT member_email, id FROM committee_conflict"
                    + " WHERE agenda_item_id = ?", item);
            recused += conflicted.size();
            java.util.Map<String, org.levier.committee.entity.VoteChoice> votes = new java.util.HashMap<>();
            for (Object[] v : rows.select("SELECT member_email, choice FROM committee_vote WHERE agenda_item_id = ?",
                    List.of(item))) {
                votes.put((String) v[0], org.levier.committee.entity.VoteChoice.valueOf((String) v[1]));
            }
            voters.add(votes.keySet());
            org.levier.committee.entity.Tally tally = org.levier.committee.entity.Tally.of(members, attending,
                    conflicted, votes);
            assertThat(List.of(((Number) d[2]).intValue(), ((Number) d[3]).intValue(), ((Number) d[4]).intValue(),
                    ((Number) d[5]).intValue(), ((Number) d[6]).intValue())).as("snapshot of item " + item)
                    .containsExactly(tally.eligible(), tally.present(), tally.votesFor(), tally.votesAgainst(),
                            tally.abstentions());
            assertThat(tally.quorumReached() && tally.majorityFor()).as("approval of item " + item).isTrue();
            assertThat(tally.present()).isLessThanOrEqualTo(org.levier.committee.entity.Tally.presentAtSession(
                    members, attending, voters).size());
        }
        assertThat(recused).as("recusals on the demo agenda").isEqualTo(2);
        assertThat(org.levier.committee.entity.Tally.presentAtSession(members, attending, voters)).hasSize(3);
        // Nothing about the session happens after it: opened, closed, votes and conflicts on the day.
        assertThat(count("SELECT COUNT(*) FROM committee_vote WHERE CAST(cast_at AS DATE) <> DATE '2026-05-12'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM committee_session WHERE CAST(closed_at AS DATE) <> held_on"))
                .isZero();
        // ... and the agreements are signed after the decisions.
        assertThat(count("SELECT COUNT(*) FROM agreement WHERE signed_on <= DATE '2026-05-12'")).isZero();
    }

    private java.util.Set<String> strings(String sql, Object key) {
        java.util.Set<String> values = new java.util.TreeSet<>();
        rows.select(sql, List.of(key)).forEach(r -> values.add((String) r[0]));
        return values;
    }

    @Test
    void fictitiousSiretsPassTheChecksum() {
        for (int n = 0; n < 10; n++) {
            assertThat(CompanyIdentifiers.isValidSiret(DemoPortfolioGenerator.siret(n))).isTrue();
            assertThat(DemoPortfolioGenerator.siret(n)).startsWith("98765");
        }
    }

    /** A dossier's committed sums read row by row (the way a person would check it), not by the aggregate. */
    private Leverage byHand(long dossierId) {
        List<Object[]> agreement = rows.select("SELECT committed_grant + committed_advance + committed_equity, id"
                + " FROM agreement WHERE dossier_id = ?", List.of(dossierId));
        BigDecimal fund = agreement.isEmpty()
                ? money(rows.select("SELECT approved_grant + approved_advance + approved_equity, id"
                        + " FROM committee_decision WHERE approved_dossier_id = ?", List.of(dossierId)).getFirst()[0])
                : money(agreement.getFirst()[0]);
        BigDecimal cofinancing = BigDecimal.ZERO;
        BigDecimal privateMoney = BigDecimal.ZERO;
        for (Object[] line : rows.select("SELECT c.source_type, c.amount, c.status, o.size_class FROM"
                + " dossier_cofinancing c JOIN dossier d ON d.id = c.dossier_id JOIN organisation o"
                + " ON o.id = d.organisation_id WHERE c.dossier_id = ?", List.of(dossierId))) {
            if (!List.of("COMMITTED", "RECEIVED").contains((String) line[2])) {
                continue;
            }
            BigDecimal amount = (BigDecimal) line[1];
            cofinancing = cofinancing.add(amount);
            boolean privateOrganisation = List.of("MICRO", "SMALL", "MEDIUM", "LARGE").contains((String) line[3]);
            if (List.of("BANK_LOAN", "PRIVATE_INVESTOR").contains((String) line[0])
                    || ("OWN_FUNDS".equals(line[0]) && privateOrganisation)) {
                privateMoney = privateMoney.add(amount);
            }
        }
        return new Leverage(fund, cofinancing, privateMoney);
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value.toString()).setScale(2);
    }
}

package org.levier.portfolio.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.portfolio.control.FigureQueries;
import org.levier.portfolio.control.LeverageQueries;
import org.levier.portfolio.control.PortfolioQueries;
import org.levier.portfolio.control.ProgrammeOutline;
import org.levier.portfolio.entity.Basis;
import org.levier.portfolio.entity.Breakdown;
import org.levier.portfolio.entity.Leverage;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.Rows;
import org.levier.shared.entity.Role;

/**
 * The fund's portfolio and leverage for staff and auditors (read only): today's figures are read from the maintained
 * programme figures ({@link FigureQueries}: a few rows whatever the number of dossiers), today's leverage per dossier
 * from each dossier's maintained figures (a page reads its own rows: the index of {@code dossier_figures} up to the
 * page's end); every figure "as of" a date is a database aggregate ({@link LeverageQueries}, {@link PortfolioQueries})
 * recomputed from the source rows: its cost grows with the programme — seconds at 100,000 dossiers, even for one page
 * of the leverage per dossier, which still sums the whole programme's rows (bench/README.md).
 * The programme's structure gives the labels and the targets ({@link ProgrammeOutline}: one statement, no entity).
 *
 * <p>Read only, without a transaction of its own ({@code SUPPORTS}: it joins the caller's when there is one): an
 * API call that only reads pays no transaction begin and commit (issue 13, the request path). Each statement reads
 * what is committed, as it would in a READ COMMITTED transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
public class Portfolios {

    /** One leverage row: its key (axis/action number, source type, dossier id), label and sums. */
    public record LeverageRow(String key, String label, Leverage sums) {
    }

    /** The leverage of a programme: rows, programme total and the target (allotment → target total projects). */
    public record LeverageReport(String programme, Basis basis, Breakdown by, List<LeverageRow> rows,
                                 Leverage total, BigDecimal target, BigDecimal targetTotalProjects,
                                 BigDecimal allotment, Paged paged) {

        public LeverageReport(String programme, Basis basis, Breakdown by, List<LeverageRow> rows, Leverage total,
                              BigDecimal target, BigDecimal targetTotalProjects, BigDecimal allotment) {
            this(programme, basis, by, rows, total, target, targetTotalProjects, allotment, null);
        }
    }

    /** The page of the per-dossier rows answered, and how many rows there are in all. */
    public record Paged(int page, int size, long totalRows) {
    }

    /**
     * Committed, paid and remaining of one group; envelope when the action has one, with its consumption.
     * {@code paid} is what was paid (gross), {@code recovered} what came back on recovery orders (received),
     * {@code paidNet} = paid − recovered, and {@code remaining} = committed − paidNet. Recoveries are ordered on an
     * agreement, not on an instrument: on the instrument rows {@code recovered} and {@code paidNet} are null and
     * {@code remaining} is committed − paid.
     */
    public record PositionRow(String key, String label, BigDecimal committed, BigDecimal paid, BigDecimal remaining,
                              BigDecimal envelope, BigDecimal envelopeConsumption, BigDecimal recovered,
                              BigDecimal paidNet) {

        /** Left to pay: the name the API, the screens and the reports give {@link #remaining()}. */
        public BigDecimal leftToPay() {
            return remaining;
        }
    }

    /**
     * The portfolio: {@code committed} is what signed agreements commit (the agreement fixes the commitment);
     * {@code approvedNotSigned} what the committee approved on dossiers still waiting for their agreement, of which
     * {@code approvedSubjectToFunds} was approved subject to funds (not confirmed: it reserves nothing).
     * {@code paid} is gross; {@code recovered} the received recoveries; {@code paidNet} = paid − recovered, the
     * realised figure (as the realised leverage); {@code remaining} = committed − paidNet.
     */
    public record PortfolioReport(String programme, BigDecimal allotment, BigDecimal committed, BigDecimal paid,
                                  BigDecimal remaining, BigDecimal approvedNotSigned,
                                  BigDecimal allotmentConsumption, List<PositionRow> axes,
                                  List<PositionRow> actions, List<PositionRow> instruments,
                                  Map<String, Long> pipeline, BigDecimal approvedSubjectToFunds,
                                  BigDecimal recovered, BigDecimal paidNet) {

        /** Left to pay: the name the API, the screens and the reports give {@link #remaining()}. */
        public BigDecimal leftToPay() {
            return remaining;
        }
    }

    @PersistenceContext
    EntityManager em;

    public LeverageReport leverage(String programmeCode, Basis basis, Breakdown by) {
        return leverage(programmeCode, basis, by, null);
    }

    /**
     * The leverage as of a date (inclusive, Paris; null: no limit): on the realised basis only payments with a value
     * date up to it count.
     */
    public LeverageReport leverage(String programmeCode, Basis basis, Breakdown by, LocalDate asOf) {
        return leverage(programmeCode, basis, by, asOf, null, null);
    }

    /**
     * The leverage, the per-dossier rows paged when {@code size} is given (page from 0, size 1..500, ordered by
     * dossier id); other breakdowns ignore paging (a few rows). Without {@code asOf}, the per-dossier rows are the
     * dossiers' maintained figures: the same rows, order and sums as the aggregate, which answers with {@code asOf}.
     */
    public LeverageReport leverage(String programmeCode, Basis basis, Breakdown by, LocalDate asOf, Integer page,
                                   Integer size) {
        ProgrammeOutline programme = outline(programmeCode);
        LeverageQueries queries = new LeverageQueries(Rows.of(em));
        FigureQueries figures = asOf == null ? new FigureQueries(Rows.of(em), programme) : null;
        Paged paged = null;
        List<LeverageQueries.Group> groups;
        if (by == Breakdown.DOSSIER && size != null) {
            int p = page == null ? 0 : page;
            org.levier.shared.control.Page.check(p, size);
            long[] count = new long[1];
            groups = figures != null ? figures.dossierPage(basis, p, size, count)
                    : queries.dossierPage(programme.code(), basis, asOf, p, size, count);
            paged = new Paged(p, size, count[0]);
        } else {
            groups = figures != null ? figures.groups(basis, by) : queries.groups(programme.code(), basis, by, asOf);
        }
        Map<String, String> labels = by == Breakdown.DOSSIER ? dossierLabels(groups) : labels(programme, by);
        List<LeverageRow> rows = groups.stream()
                .map(g -> new LeverageRow(g.key(), labels.getOrDefault(g.key(), g.key()), g.sums()))
                .toList();
        Leverage total = figures != null ? figures.total(basis) : queries.total(programme.code(), basis, asOf);
        return new LeverageReport(programme.code(), basis, by, rows, total,
                programme.targetLeverage(), programme.targetTotalProjects(), programme.allotment(), paged);
    }

    public PortfolioReport portfolio(String programmeCode) {
        return portfolio(programmeCode, null);
    }

    /**
     * The portfolio as of a date (inclusive, Paris; null: no limit): agreements signed up to it, payments with a
     * value date up to it. The approvals awaiting an agreement and the pipeline are today's.
     */
    public PortfolioReport portfolio(String programmeCode, LocalDate asOf) {
        ProgrammeOutline programme = outline(programmeCode);
        if (asOf == null) {
            return portfolio(programme, new FigureQueries(Rows.of(em), programme));
        }
        PortfolioQueries queries = new PortfolioQueries(Rows.of(em));
        Map<String, String> axisLabels = programme.axisLabels();
        Map<String, String> actionLabels = programme.actionLabels();
        Map<String, BigDecimal> envelopes = programme.envelopes();
        Map<String, BigDecimal> axisRecovered = queries.recovered(programme.code(), "ax.number", asOf);
        Map<String, BigDecimal> actionRecovered = queries.recovered(programme.code(), "a.number", asOf);
        List<PositionRow> axes = queries.byAxis(programme.code(), asOf).stream()
                .map(p -> row(p, axisLabels.get(p.key()), null, recoveredOf(axisRecovered, p.key()))).toList();
        List<PositionRow> actions = queries.byAction(programme.code(), asOf).stream()
                .map(p -> row(p, actionLabels.get(p.key()), envelopes.get(p.key()),
                        recoveredOf(actionRecovered, p.key()))).toList();
        List<PositionRow> instruments = queries.byInstrument(programme.code(), asOf).stream()
                .map(p -> row(p, p.key(), null, null)).toList();
        BigDecimal committed = instruments.stream().map(PositionRow::committed).reduce(zero(), BigDecimal::add);
        BigDecimal paid = instruments.stream().map(PositionRow::paid).reduce(zero(), BigDecimal::add);
        BigDecimal recovered = recoveredOf(axisRecovered, "*");
        BigDecimal paidNet = paid.subtract(recovered);
        BigDecimal allotment = programme.allotment();
        return new PortfolioReport(programme.code(), allotment, committed, paid, committed.subtract(paidNet),
                queries.approvedNotSigned(programme.code()), Leverage.ratio(committed, allotment), axes, actions, instruments,
                queries.pipeline(programme.code()), queries.approvedSubjectToFunds(programme.code()),
                recovered, paidNet);
    }

    private static BigDecimal recoveredOf(Map<String, BigDecimal> recovered, String key) {
        return recovered.getOrDefault(key, zero());
    }

    /** The portfolio from the maintained figures (today's): the same figures as the aggregates, a few rows read. */
    private PortfolioReport portfolio(ProgrammeOutline programme, FigureQueries figures) {
        Map<String, String> axisLabels = programme.axisLabels();
        Map<String, String> actionLabels = programme.actionLabels();
        Map<String, BigDecimal> envelopes = programme.envelopes();
        Map<String, BigDecimal> axisRecovered = figures.recovered(true);
        Map<String, BigDecimal> actionRecovered = figures.recovered(false);
        List<PositionRow> axes = figures.byAxis().stream()
                .map(p -> row(p, axisLabels.get(p.key()), null, recoveredOf(axisRecovered, p.key()))).toList();
        List<PositionRow> actions = figures.byAction().stream()
                .map(p -> row(p, actionLabels.get(p.key()), envelopes.get(p.key()),
                        recoveredOf(actionRecovered, p.key()))).toList();
        List<PositionRow> instruments = figures.byInstrument().stream().map(p -> row(p, p.key(), null, null))
                .toList();
        BigDecimal committed = instruments.stream().map(PositionRow::committed).reduce(zero(), BigDecimal::add);
        BigDecimal paid = instruments.stream().map(PositionRow::paid).reduce(zero(), BigDecimal::add);
        BigDecimal recovered = recoveredOf(axisRecovered, "*");
        BigDecimal paidNet = paid.subtract(recovered);
        BigDecimal allotment = programme.allotment();
        return new PortfolioReport(programme.code(), allotment, committed, paid, committed.subtract(paidNet),
                figures.approvedNotSigned(), Leverage.ratio(committed, allotment), axes, actions, instruments,
                figures.pipeline(), figures.approvedSubjectToFunds(), recovered, paidNet);
    }

    /**
     * The programme's committed-basis sums (fund contribution, co-financing, private money): what the committee's
     * what-if starts from. Committee members read it too.
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME, Role.COMMITTEE_MEMBER_NAME})
    public Leverage committedSums(String programmeCode) {
        return new FigureQueries(Rows.of(em), outline(programmeCode)).total(Basis.COMMITTED);
    }

    /**
     * Per dossier, the co-financing (and its private part) that would count on the committed basis once approved
     * ({@code COMMITTED} and {@code RECEIVED} lines, as confirmed): one aggregate query.
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME, Role.COMMITTEE_MEMBER_NAME})
    public Map<Long, Leverage> committedCofinancing(java.util.Collection<Long> dossierIds) {
        return dossierIds.isEmpty() ? Map.of()
                : new LeverageQueries(Rows.of(em)).cofinancingOf(dossierIds, Basis.COMMITTED);
    }

    /** Paid disbursements per month of value date up to {@code asOf} (inclusive; null: all), with running total. */
    public List<PortfolioQueries.MonthPaid> paidByMonth(String programmeCode, LocalDate asOf) {
        return new PortfolioQueries(Rows.of(em)).paidByMonth(outline(programmeCode).code(), asOf);
    }

    /** A row; {@code recovered} null where recoveries cannot be split (per instrument). */
    private static PositionRow row(PortfolioQueries.Position p, String label, BigDecimal envelope,
                                   BigDecimal recovered) {
        BigDecimal paidNet = recovered == null ? null : p.paid().subtract(recovered);
        return new PositionRow(p.key(), label, p.committed(), p.paid(),
                paidNet == null ? p.remaining() : p.committed().subtract(paidNet), envelope,
                envelope == null ? null : Leverage.ratio(p.committed(), envelope), recovered, paidNet);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    /** The programme's outline (one statement: its figures' labels), or 404. */
    private ProgrammeOutline outline(String code) {
        return ProgrammeOutline.read(Rows.of(em), code).orElseThrow(() -> new NotFound("Programme " + code));
    }

    /** A dossier row's label: its reference and title (one query for the page of ids, not one per row). */
    private Map<String, String> dossierLabels(List<LeverageQueries.Group> groups) {
        Map<String, String> labels = new HashMap<>();
        List<Long> ids = groups.stream().map(g -> Long.valueOf(g.key())).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createQuery("SELECT d.id, d.reference, d.title FROM Dossier d WHERE d.id IN :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList()
                    .forEach(r -> labels.put(String.valueOf(r[0]), (r[1] == null ? "" : r[1] + " ") + r[2]));
        }
        return labels;
    }

    private static Map<String, String> labels(ProgrammeOutline programme, Breakdown by) {
        return switch (by) {
            case AXIS -> programme.axisLabels();
            case ACTION -> programme.actionLabels();
            default -> Map.of();
        };
    }
}

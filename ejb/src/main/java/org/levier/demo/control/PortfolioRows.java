package org.levier.demo.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.shared.control.SearchWords;
import org.levier.shared.entity.InstantConverter;

/**
 * The rows of a generated portfolio — organisations, calls, committee sessions, dossiers with their budget,
 * co-financing, impact targets and transitions, agenda items, decisions, agreements, tranches, disbursements,
 * progress reports — written by JDBC batches with explicit ids. One writer for the two generators of fictitious
 * portfolios: the demo portfolio ({@link DemoPortfolioGenerator}, 30 dossiers at start-up, in the application's
 * transaction) and the benchmark's synthetic one ({@code bench}'s {@code SyntheticPortfolio}, 100,000 dossiers and
 * a million disbursements). Each generator decides what its dossiers are (statuses, amounts, dates, labels); this
 * class decides how a dossier's rows land in the tables, so the two cannot drift apart when a migration adds a
 * column, a search word table or a constraint.
 *
 * <p>Why plain rows by JDBC for both, not entities: the benchmark needs batches (a million rows through the
 * persistence context would cost hours and gigabytes), and the demo cannot go through the workflow use cases
 * either (each would need signed-in actors, votes and four-eyes approvals, and would append audit events describing
 * acts nobody made; see {@link DemoPortfolioGenerator}). In the application the demo passes the connection of its
 * own transaction ({@code EntityManager.unwrap(Connection.class)}), so these rows commit or roll back with the
 * audit event recording the generation.
 *
 * <p>Ids are explicit, taken after each table's current maximum when the table is first written (the generators
 * run alone: at start-up for the demo, on a database of their own for the benchmark), so a row's children can be
 * batched before it is flushed and nothing is read back. Rows whose id nobody refers to (transitions, budget
 * lines, votes, disbursements…) take their ids from the database. Batches are flushed in the order of
 * {@link #COLUMNS}, every parent before its children, so every foreign key holds at each statement; within a table
 * the rows keep the order they were given in. Moments are bound through the application's {@link InstantConverter}
 * (UTC text to the microsecond, as every entity stores them); dates as {@link LocalDate}. Search words
 * ({@code organisation_word}, {@code dossier_word}) are cut by {@link SearchWords} from the same texts as the
 * entities cut them. Deterministic: the same calls write the same rows. The caller owns the connection and its
 * transaction; {@link #flush()} sends what is pending (call it before a commit and before reading what was
 * written).
 */
public final class PortfolioRows implements AutoCloseable {

    /** The columns written per table, in flush order (parents first). */
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("organisation", "id, legal_name, legal_form, siren, siret, size_class, address_line,"
                + " postal_code, city, country, demo, created_at");
        COLUMNS.put("organisation_word", "organisation_id, word");
        COLUMNS.put("call_for_projects", "id, programme_id, code, title, opens_at, closes_at, min_amount,"
                + " max_amount, aid_regime, demo");
        COLUMNS.put("call_action", "call_id, action_id");
        COLUMNS.put("call_instrument", "call_id, instrument");
        COLUMNS.put("committee_session", "id, title, held_on, status, created_by, created_at, opened_at,"
                + " closed_at");
        COLUMNS.put("committee_member", "session_id, member_email, present_since");
        COLUMNS.put("dossier", "id, programme_id, call_id, action_id, organisation_id, created_by, title, summary,"
                + " start_date, end_date, status, reference, requested_grant, requested_advance,"
                + " requested_equity, submitted_at, created_at, updated_at");
        COLUMNS.put("dossier_word", "dossier_id, word");
        COLUMNS.put("dossier_transition", "dossier_id, from_status, to_status, actor, actor_role, reason,"
                + " occurred_at");
        COLUMNS.put("dossier_budget_line", "dossier_id, position, category, label, amount, eligible");
        COLUMNS.put("dossier_cofinancing", "dossier_id, position, source_type, funder, amount, status");
        COLUMNS.put("dossier_impact_target", "dossier_id, indicator, target");
        COLUMNS.put("committee_agenda_item", "id, session_id, dossier_id, position, added_by, added_at");
        COLUMNS.put("committee_conflict", "agenda_item_id, member_email, note, declared_at");
        COLUMNS.put("committee_vote", "agenda_item_id, member_email, choice, cast_at");
        COLUMNS.put("committee_decision", "agenda_item_id, session_id, dossier_id, outcome, approved_dossier_id,"
                + " approved_grant, approved_advance, approved_equity, reasons, members_eligible,"
                + " members_present, votes_for, votes_against, votes_abstain, decided_by, decided_at");
        COLUMNS.put("agreement", "id, dossier_id, programme_id, action_id, organisation_id, signed_on, signed_by,"
                + " signed_at, committed_grant, committed_advance, committed_equity, approved_grant,"
                + " approved_advance, approved_equity, updated_at");
        COLUMNS.put("agreement_tranche", "id, agreement_id, position, instrument, amount, planned_on, milestone");
        COLUMNS.put("disbursement", "agreement_id, tranche_id, instrument, amount, status, requested_by,"
                + " requested_role, requested_at, approved_by, approved_at, paid_on, bank_reference, paid_by,"
                + " paid_at, cancelled_by, cancelled_at, cancel_reason");
        COLUMNS.put("progress_report", "id, dossier_id, agreement_id, number, kind, period_from, period_to,"
                + " due_on, status, submissions, narrative, expenses, submitted_by, submitted_at, reviewed_by,"
                + " reviewed_at, overdue_reminded_at, created_at");
        COLUMNS.put("progress_report_value", "report_id, dossier_id, indicator, actual");
    }

    private static final InstantConverter MOMENTS = new InstantConverter();

    /** An organisation flagged {@code demo} or not; its search words are cut from its name, SIREN and SIRET. */
    public record Organisation(String legalName, String legalForm, String siren, String siret, String sizeClass,
                               String addressLine, String postalCode, String city, String country, boolean demo,
                               Instant createdAt) {
    }

    /** A dossier; its search words are cut from its title and reference. */
    public record Dossier(long programmeId, long callId, long actionId, long organisationId, String createdBy,
                          String title, String summary, LocalDate startDate, LocalDate endDate, String status,
                          String reference, BigDecimal requestedGrant, BigDecimal requestedAdvance,
                          BigDecimal requestedEquity, Instant submittedAt, Instant createdAt, Instant updatedAt) {
    }

    /** A committee's decision on an agenda item, with its tally snapshot; the approved amounts null unless approved. */
    public record Decision(long agendaItemId, long sessionId, long dossierId, String outcome,
                           BigDecimal approvedGrant, BigDecimal approvedAdvance, BigDecimal approvedEquity,
                           String reasons, int membersEligible, int membersPresent, int votesFor, int votesAgainst,
                           int votesAbstain, String decidedBy, Instant decidedAt) {
    }

    /** A signed agreement committing (and approved for) the given amounts. */
    public record Agreement(long dossierId, long programmeId, long actionId, long organisationId, LocalDate signedOn,
                            String signedBy, Instant signedAt, BigDecimal grant, BigDecimal advance,
                            BigDecimal equity, Instant updatedAt) {
    }

    /** A disbursement; the approval, payment and cancellation fields null unless it reached that state. */
    public record Disbursement(long agreementId, long trancheId, String instrument, BigDecimal amount, String status,
                               String requestedBy, String requestedRole, Instant requestedAt, String approvedBy,
                               Instant approvedAt, LocalDate paidOn, String bankReference, String paidBy,
                               Instant paidAt, String cancelledBy, Instant cancelledAt, String cancelReason) {
    }

    /** A progress report; what it states (narrative, expenses, submitter, reviewer) null until it is stated. */
    public record ProgressReport(long dossierId, long agreementId, int number, String kind, LocalDate periodFrom,
                                 LocalDate periodTo, LocalDate dueOn, String status, int submissions,
                                 String narrative, BigDecimal expenses, String submittedBy, Instant submittedAt,
                                 String reviewedBy, Instant reviewedAt, Instant overdueRemindedAt,
                                 Instant createdAt) {
    }

    private final Connection connection;
    private final Map<String, Batch> batches = new HashMap<>();
    private final Map<String, Long> nextIds = new HashMap<>();

    public PortfolioRows(Connection connection) {
        this.connection = connection;
    }

    public long organisation(Organisation o) {
        long id = id("organisation");
        row("organisation", id, o.legalName(), o.legalForm(), o.siren(), o.siret(), o.sizeClass(), o.addressLine(),
                o.postalCode(), o.city(), o.country(), o.demo(), moment(o.createdAt()));
        for (String word : SearchWords.of(o.legalName(), o.siren(), o.siret())) {
            row("organisation_word", id, word);
        }
        return id;
    }

    /** A call for projects open to the given actions and instruments. */
    public long call(long programmeId, String code, String title, Instant opensAt, Instant closesAt,
                     BigDecimal minAmount, BigDecimal maxAmount, String aidRegime, boolean demo, List<Long> actionIds,
                     List<String> instruments) {
        long id = id("call_for_projects");
        row("call_for_projects", id, programmeId, code, title, moment(opensAt), moment(closesAt), minAmount,
                maxAmount, aidRegime, demo);
        for (long actionId : actionIds) {
            row("call_action", id, actionId);
        }
        for (String instrument : instruments) {
            row("call_instrument", id, instrument);
        }
        return id;
    }

    public long committeeSession(String title, LocalDate heldOn, String status, String createdBy, Instant createdAt,
                                 Instant openedAt, Instant closedAt) {
        long id = id("committee_session");
        row("committee_session", id, title, heldOn, status, createdBy, moment(createdAt), moment(openedAt),
                moment(closedAt));
        return id;
    }

    public void committeeMember(long sessionId, String email, Instant presentSince) {
        row("committee_member", sessionId, email, moment(presentSince));
    }

    public long dossier(Dossier d) {
        long id = id("dossier");
        row("dossier", id, d.programmeId(), d.callId(), d.actionId(), d.organisationId(), d.createdBy(), d.title(),
                d.summary(), d.startDate(), d.endDate(), d.status(), d.reference(), d.requestedGrant(),
                d.requestedAdvance(), d.requestedEquity(), moment(d.submittedAt()), moment(d.createdAt()),
                moment(d.updatedAt()));
        for (String word : SearchWords.of(d.title(), d.reference())) {
            row("dossier_word", id, word);
        }
        return id;
    }

    public void transition(long dossierId, String from, String to, String actor, String actorRole, String reason,
                           Instant at) {
        row("dossier_transition", dossierId, from, to, actor, actorRole, reason, moment(at));
    }

    public void budgetLine(long dossierId, int position, String category, String label, BigDecimal amount,
                           boolean eligible) {
        row("dossier_budget_line", dossierId, position, category, label, amount, eligible);
    }

    public void cofinancing(long dossierId, int position, String sourceType, String funder, BigDecimal amount,
                            String status) {
        row("dossier_cofinancing", dossierId, position, sourceType, funder, amount, status);
    }

    public void impactTarget(long dossierId, String indicator, BigDecimal target) {
        row("dossier_impact_target", dossierId, indicator, target);
    }

    public long agendaItem(long sessionId, long dossierId, int position, String addedBy, Instant addedAt) {
        long id = id("committee_agenda_item");
        row("committee_agenda_item", id, sessionId, dossierId, position, addedBy, moment(addedAt));
        return id;
    }

    public void conflict(long agendaItemId, String memberEmail, String note, Instant declaredAt) {
        row("committee_conflict", agendaItemId, memberEmail, note, moment(declaredAt));
    }

    public void vote(long agendaItemId, String memberEmail, String choice, Instant castAt) {
        row("committee_vote", agendaItemId, memberEmail, choice, moment(castAt));
    }

    /** The decision; an approval names the dossier it approves ({@code approved_dossier_id}). */
    public void decision(Decision d) {
        boolean approved = d.outcome().equals("APPROVED");
        row("committee_decision", d.agendaItemId(), d.sessionId(), d.dossierId(), d.outcome(),
                approved ? d.dossierId() : null, d.approvedGrant(), d.approvedAdvance(), d.approvedEquity(),
                d.reasons(), d.membersEligible(), d.membersPresent(), d.votesFor(), d.votesAgainst(),
                d.votesAbstain(), d.decidedBy(), moment(d.decidedAt()));
    }

    /** The agreement, approved for what it commits. */
    public long agreement(Agreement a) {
        long id = id("agreement");
        row("agreement", id, a.dossierId(), a.programmeId(), a.actionId(), a.organisationId(), a.signedOn(),
                a.signedBy(), moment(a.signedAt()), a.grant(), a.advance(), a.equity(), a.grant(), a.advance(),
                a.equity(), moment(a.updatedAt()));
        return id;
    }

    public long tranche(long agreementId, int position, String instrument, BigDecimal amount, LocalDate plannedOn,
                        String milestone) {
        long id = id("agreement_tranche");
        row("agreement_tranche", id, agreementId, position, instrument, amount, plannedOn, milestone);
        return id;
    }

    public void disbursement(Disbursement d) {
        row("disbursement", d.agreementId(), d.trancheId(), d.instrument(), d.amount(), d.status(), d.requestedBy(),
                d.requestedRole(), moment(d.requestedAt()), d.approvedBy(), moment(d.approvedAt()), d.paidOn(),
                d.bankReference(), d.paidBy(), moment(d.paidAt()), d.cancelledBy(), moment(d.cancelledAt()),
                d.cancelReason());
    }

    public long progressReport(ProgressReport p) {
        long id = id("progress_report");
        row("progress_report", id, p.dossierId(), p.agreementId(), p.number(), p.kind(), p.periodFrom(),
                p.periodTo(), p.dueOn(), p.status(), p.submissions(), p.narrative(), p.expenses(), p.submittedBy(),
                moment(p.submittedAt()), p.reviewedBy(), moment(p.reviewedAt()), moment(p.overdueRemindedAt()),
                moment(p.createdAt()));
        return id;
    }

    public void progressValue(long reportId, long dossierId, String indicator, BigDecimal actual) {
        row("progress_report_value", reportId, dossierId, indicator, actual);
    }

    /** Sends the pending rows, parents first. */
    public void flush() {
        for (String table : COLUMNS.keySet()) {
            Batch batch = batches.get(table);
            if (batch != null) {
                batch.flush();
            }
        }
    }

    /** Rows written so far per table (those written at least once), in flush order. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : COLUMNS.keySet()) {
            Batch batch = batches.get(table);
            if (batch != null) {
                counts.put(table, batch.rows);
            }
        }
        return counts;
    }

    /** Closes the statements; what is still pending is not sent. */
    @Override
    public void close() {
        List<SQLException> failures = new ArrayList<>();
        for (Batch batch : batches.values()) {
            try {
                batch.statement.close();
            } catch (SQLException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("closing the portfolio's statements", failures.getFirst());
        }
    }

    /** A moment as the application stores it (its own converter): null stays null. */
    static Object moment(Instant instant) {
        return MOMENTS.convertToDatabaseColumn(instant);
    }

    private long id(String table) {
        Long next = nextIds.get(table);
        if (next == null) {
            next = maxId(table) + 1;
        }
        nextIds.put(table, next + 1);
        return next;
    }

    private long maxId(String table) {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the last id of " + table, e);
        }
    }

    private void row(String table, Object... values) {
        batches.computeIfAbsent(table, this::prepare).row(table, values);
    }

    private Batch prepare(String table) {
        String columns = COLUMNS.get(table);
        int count = columns.split(",").length;
        try {
            return new Batch(connection.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES ("
                    + "?, ".repeat(count - 1) + "?)"));
        } catch (SQLException e) {
            throw new IllegalStateException("INSERT INTO " + table, e);
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

        void row(String table, Object... values) {
            try {
                for (int k = 0; k < values.length; k++) {
                    statement.setObject(k + 1, values[k]);
                }
                statement.addBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("a row of " + table + ": " + Arrays.toString(values), e);
            }
            pending++;
            rows++;
        }

        void flush() {
            if (pending == 0) {
                return;
            }
            try {
                statement.executeBatch();
                statement.clearBatch();
                pending = 0;
            } catch (SQLException e) {
                throw new IllegalStateException("a batch of " + pending + " rows", e);
            }
        }
    }
}

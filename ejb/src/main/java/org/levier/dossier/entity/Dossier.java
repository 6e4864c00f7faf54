package org.levier.dossier.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.SearchWords;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * An application for funding by an organisation, under a call for projects and an action of a programme
 * (all referred to by id). Aggregate root of its budget lines, co-financing lines, impact targets, milestones and
 * history.
 *
 * <p>Lifecycle (the table is {@link DossierStatus}): created as a {@code DRAFT}, which only its organisation edits,
 * always as a whole ({@link #editDraft}); {@link #submit} gives it its public reference and freezes the applicant's
 * content; the fund then moves it ({@link #moveTo}) through eligibility review, due diligence and committee to
 * approval, agreement, execution and completion, or to one of the ends (ineligible, rejected, terminated); the
 * applicant may {@link #withdraw} it up to the committee. Every move is kept as a {@link DossierTransition}.
 *
 * <p>Invariants: money amounts are positive (requested amounts may be zero per instrument); the project ends after
 * it starts; totals stay within {@code DECIMAL(15,2)}; the rules that need the call, the organisation and the
 * documents are checked at submission by {@code SubmissionRules}.
 *
 * <p>Size (~870 lines, above the ~400 rule): the aggregate root guards every change of its draft and of its
 * lifecycle, and its child rows (budget, co-financing, targets, milestones) change only through it, in the same
 * transaction and under the same version; splitting the rules out would put them outside the aggregate that must
 * keep them consistent (STYLE.md). About a fifth of the class is the mapping of its columns and children and their
 * getters; the lifecycle table itself is {@link DossierStatus}.
 */
@Entity
@Table(name = "dossier")
public class Dossier {

    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 20_000;
    public static final int LABEL_MAX = 300;
    public static final int FUNDER_MAX = 200;
    public static final int REASON_MAX = 2000;
    public static final int MAX_BUDGET_LINES = 200;
    public static final int MAX_COFINANCING_LINES = 100;
    public static final int MAX_IMPACT_TARGETS = 50;
    public static final int MAX_MILESTONES = 100;
    /** The actor of the moves Levier makes by itself. */
    public static final String SYSTEM_ACTOR = "system";

    /** {@code DECIMAL(19,4)}: 15 digits before the point, 4 after. */
    private static final int TARGET_INTEGER_DIGITS = 15;
    private static final int TARGET_SCALE = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(name = "action_id", nullable = false)
    private long actionId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    private String summary;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DossierStatus status;

    @Column(length = 40)
    private String reference;

    @Column(name = "requested_grant", nullable = false)
    private Money requestedGrant = Money.ZERO;

    @Column(name = "requested_advance", nullable = false)
    private Money requestedAdvance = Money.ZERO;

    @Column(name = "requested_equity", nullable = false)
    private Money requestedEquity = Money.ZERO;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<BudgetLine> budgetLines = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CofinancingLine> cofinancing = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "dossier_impact_target", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderBy("indicator")
    private List<ImpactTarget> impactTargets = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Milestone> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt ASC, id ASC")
    private List<DossierTransition> transitions = new ArrayList<>();

    /**
     * The words of the title and reference for the staff list's search (migration 28), changed with them in the
     * same transaction; read by {@code DossierSearch} only, never loaded to show the dossier.
     */
    @ElementCollection
    @CollectionTable(name = "dossier_word", joinColumns = @JoinColumn(name = "dossier_id"))
    @Column(name = "word", nullable = false, length = SearchWords.MAX_LENGTH)
    private Set<String> words = new HashSet<>();

    protected Dossier() {
    }

    /**
     * A new draft of an organisation, with everything the applicant has written so far, all checked at once.
     *
     * @param indicatorCatalogue the codes of the impact indicator catalogue
     * @throws RuleViolation {@code dossier.invalid} with every violation
     */
    public static Dossier draft(long programmeId, long callId, long actionId, long organisationId, String createdBy,
                                DossierDraft content, Set<String> indicatorCatalogue, Instant now) {
        Dossier dossier = new Dossier();
        dossier.programmeId = programmeId;
        dossier.callId = callId;
        dossier.actionId = actionId;
        dossier.organisationId = organisationId;
        dossier.createdBy = requireText(createdBy, "createdBy");
        dossier.status = DossierStatus.DRAFT;
        dossier.createdAt = now;
        dossier.apply(content, indicatorCatalogue, now);
        dossier.transitions.add(new DossierTransition(dossier, null, DossierStatus.DRAFT, createdBy,
                Role.APPLICANT.name(), null, now));
        return dossier;
    }

    /**
     * Replaces the whole content of the draft (a save of the step-by-step form, or a PUT).
     *
     * @throws NotFound when {@code editorOrganisationId} is not the dossier's organisation (isolation: another
     *                  organisation's dossier does not exist for the caller)
     * @throws RuleViolation {@code dossier.readonly} after submission, {@code dossier.invalid} with every violation
     */
    public void editDraft(long editorOrganisationId, DossierDraft content, Set<String> indicatorCatalogue,
                          Instant now) {
        requireOwner(editorOrganisationId);
        requireDraft();
        apply(content, indicatorCatalogue, now);
    }

    private void apply(DossierDraft content, Set<String> catalogue, Instant now) {
        List<Violation> violations = new ArrayList<>(checkKeptLines(content.cofinancing()));
        violations.addAll(checkDescription(content.title(), content.summary(), content.startDate(),
                content.endDate()));
        violations.addAll(checkRequested(content.requested()));
        violations.addAll(checkBudget(content.budgetLines()));
        violations.addAll(checkCofinancing(content.cofinancing()));
        violations.addAll(checkTargets(content.impactTargets(), catalogue));
        violations.addAll(checkMilestones(content.milestones()));
        if (violations.isEmpty()) {
            violations.addAll(checkResources(sum(content.requested().values(), m -> m),
                    sum(content.cofinancing(), DossierDraft.CofinancingItem::amount)));
        }
        refuseIfAny(violations);
        describe(content.title(), content.summary(), content.startDate(), content.endDate());
        setRequested(content.requested());
        budgetLines.clear();
        content.budgetLines().forEach(b -> budgetLines.add(
                new BudgetLine(this, budgetLines.size(), b.category(), b.label().strip(), b.amount())));
        setCofinancing(content.cofinancing());
        impactTargets.clear();
        content.impactTargets().forEach(t -> impactTargets.add(new ImpactTarget(t.indicator(), t.target())));
        milestones.clear();
        content.milestones().forEach(m -> milestones.add(
                new Milestone(this, milestones.size(), m.title().strip(), m.dueDate())));
        updatedAt = now;
    }

    /** Replaces the budget lines of the draft. */
    public void replaceBudget(List<DossierDraft.BudgetItem> lines, Instant now) {
        requireDraft();
        refuseIfAny(checkBudget(lines));
        budgetLines.clear();
        lines.forEach(b -> budgetLines.add(
                new BudgetLine(this, budgetLines.size(), b.category(), b.label().strip(), b.amount())));
        updatedAt = now;
    }

    /** Replaces the co-financing lines of the draft. */
    public void replaceCofinancing(List<DossierDraft.CofinancingItem> lines, Instant now) {
        requireDraft();
        List<Violation> violations = new ArrayList<>(checkCofinancing(lines));
        violations.addAll(checkKeptLines(lines));
        if (violations.isEmpty()) {
            violations = checkResources(requestedTotal().amount(), sum(lines, DossierDraft.CofinancingItem::amount));
        }
        refuseIfAny(violations);
        setCofinancing(lines);
        updatedAt = now;
    }

    /**
     * A draft's lines are replaced; once the dossier has a ledger (returned for completion), the lines the ledger
     * follows keep their id, status and history and take the corrected source, funder and amount; new lines are
     * added after them.
     */
    private void setCofinancing(List<DossierDraft.CofinancingItem> lines) {
        if (!hasLedger()) {
            cofinancing.clear();
        }
        for (int i = 0; i < lines.size(); i++) {
            DossierDraft.CofinancingItem c = lines.get(i);
            if (i < cofinancing.size()) {
                cofinancing.get(i).revise(c.sourceType(), c.funder().strip(), c.amount());
            } else {
                cofinancing.add(new CofinancingLine(this, i, c.sourceType(), c.funder().strip(), c.amount(),
                        c.status()));
            }
        }
    }

    /** Once submitted, the co-financing lines the ledger follows are corrected, never removed. */
    private List<Violation> checkKeptLines(List<DossierDraft.CofinancingItem> lines) {
        return hasLedger() && lines.size() < cofinancing.size()
                ? List.of(new Violation("cofinancing", "the lines of a submitted financing plan are kept"))
                : List.of();
    }

    /** Sets the amount requested from the fund under one instrument (zero: none). */
    public void setRequested(Instrument instrument, Money amount, Instant now) {
        requireDraft();
        Map<Instrument, Money> requested = requested();
        requested.put(instrument, amount);
        List<Violation> violations = checkRequested(requested);
        if (violations.isEmpty()) {
            violations = checkResources(sum(requested.values(), m -> m), cofinancingTotal().amount());
        }
        refuseIfAny(violations);
        setRequested(requested);
        updatedAt = now;
    }

    /** Replaces the impact targets of the draft. */
    public void replaceImpactTargets(List<DossierDraft.TargetItem> targets, Set<String> indicatorCatalogue,
                                     Instant now) {
        requireDraft();
        refuseIfAny(checkTargets(targets, indicatorCatalogue));
        impactTargets.clear();
        targets.forEach(t -> impactTargets.add(new ImpactTarget(t.indicator(), t.target())));
        updatedAt = now;
    }

    /** Replaces the milestones of the draft. */
    public void replaceMilestones(List<DossierDraft.MilestoneItem> items, Instant now) {
        requireDraft();
        refuseIfAny(checkMilestones(items));
        milestones.clear();
        items.forEach(m -> milestones.add(new Milestone(this, milestones.size(), m.title().strip(), m.dueDate())));
        updatedAt = now;
    }

    /**
     * Submits the draft under its newly allocated reference. The submission rules (which need the call, the
     * organisation and the documents) are checked before, by {@code SubmissionRules}.
     */
    public DossierTransition submit(String allocatedReference, Instant now, String actor) {
        requireNotReturned();
        DossierStatus.Move move = status.requireMoveTo(DossierStatus.SUBMITTED, Role.APPLICANT);
        requireText(allocatedReference, "reference");
        DossierTransition transition = record(move, requireText(actor, "actor"), Role.APPLICANT, null, now);
        reference = allocatedReference;
        submittedAt = now;
        indexWords();
        return transition;
    }

    /**
     * A move of the fund's staff (or, for {@code WITHDRAWN}, of the applicant) along the lifecycle.
     *
     * @throws RuleViolation {@code dossier.transition.illegal} (naming both states) when the lifecycle has no such
     *                       move; {@code dossier.transition.reason-required} when the move must be explained;
     *                       {@code dossier.submission.required} for DRAFT → SUBMITTED, which only {@link #submit}
     *                       makes, after the submission rules
     * @throws org.levier.shared.control.Forbidden {@code dossier.transition.forbidden} when the role may not make it
     */
    public DossierTransition moveTo(DossierStatus target, Role role, String actor, String reason, Instant now) {
        if (status == DossierStatus.DRAFT && target == DossierStatus.SUBMITTED) {
            throw new RuleViolation("dossier.submission.required",
                    "A draft is submitted by its applicant, which checks the submission rules",
                    List.of(new Violation("to", "submit the dossier instead")));
        }
        if (status == DossierStatus.RETURNED_FOR_COMPLETION && target == DossierStatus.SUBMITTED) {
            throw new RuleViolation("dossier.submission.required",
                    "A dossier returned for completion is resubmitted by its applicant, which checks the rules",
                    List.of(new Violation("to", "resubmit the dossier instead")));
        }
        if (target == DossierStatus.RETURNED_FOR_COMPLETION && status.canMoveTo(target)) {
            throw new RuleViolation("dossier.completion.required",
                    "A dossier is returned for completion with the list of what to fix and a due date",
                    List.of(new Violation("to", "return the dossier for completion instead")));
        }
        if (role == null) {
            throw new IllegalArgumentException("a person's move needs the role it acts in");
        }
        return record(status.requireMoveTo(target, role), requireText(actor, "actor"), role, reason, now);
    }

    /**
     * A dossier returned for completion keeps its reference: it is resubmitted, never submitted again.
     *
     * @throws RuleViolation {@code dossier.resubmission.required}
     */
    public void requireNotReturned() {
        if (status == DossierStatus.RETURNED_FOR_COMPLETION) {
            throw new RuleViolation("dossier.resubmission.required", "The dossier " + reference
                    + " was returned for completion: resubmit it, under its reference",
                    List.of(new Violation("to", "resubmit the dossier instead")));
        }
    }

    /**
     * The staff send the submitted dossier back to its applicant for completion; {@code fixes} (what to fix, as the
     * applicant reads it) is the reason of the move. The request itself (its items and due date) is kept by the
     * boundary.
     */
    public DossierTransition returnForCompletion(Role role, String actor, String fixes, Instant now) {
        if (role == null) {
            throw new IllegalArgumentException("a person's move needs the role it acts in");
        }
        return record(status.requireMoveTo(DossierStatus.RETURNED_FOR_COMPLETION, role),
                requireText(actor, "actor"), role, fixes, now);
    }

    /**
     * The applicant resubmits its corrected dossier, under the reference it was given at the first submission (the
     * submission rules are checked before, by {@code SubmissionRules}).
     */
    public DossierTransition resubmit(long applicantOrganisationId, String actor, Instant now) {
        requireOwner(applicantOrganisationId);
        if (status != DossierStatus.RETURNED_FOR_COMPLETION) {
            throw new RuleViolation("dossier.transition.illegal", status + " → " + DossierStatus.SUBMITTED
                    + " is not a resubmission", List.of(new Violation("to", "not returned for completion")));
        }
        return record(status.requireMoveTo(DossierStatus.SUBMITTED, Role.APPLICANT), requireText(actor, "actor"),
                Role.APPLICANT, null, now);
    }

    /** The applicant withdraws its dossier (from the draft up to the committee). */
    public DossierTransition withdraw(long applicantOrganisationId, String actor, String reason, Instant now) {
        requireOwner(applicantOrganisationId);
        return moveTo(DossierStatus.WITHDRAWN, Role.APPLICANT, actor, reason, now);
    }

    /**
     * Due diligence decides whether a budget line counts in the eligible cost (and so in the aid intensity), while
     * the dossier is instructed: in eligibility review or due diligence. The decision may be revised until then.
     *
     * @throws NotFound when the dossier has no such budget line
     * @throws RuleViolation {@code dossier.budget.eligibility-closed} in any other status
     */
    public BudgetLine decideEligibility(long budgetLineId, boolean eligible, Instant now) {
        if (status != DossierStatus.ELIGIBILITY_REVIEW && status != DossierStatus.DUE_DILIGENCE) {
            throw new RuleViolation("dossier.budget.eligibility-closed", "The dossier is " + status
                    + ": the eligibility of its costs is decided during eligibility review and due diligence only");
        }
        BudgetLine line = budgetLines.stream().filter(l -> l.getId() != null && l.getId() == budgetLineId)
                .findFirst().orElseThrow(() -> new NotFound("budget line " + budgetLineId + " of dossier " + id));
        line.decideEligibility(eligible);
        updatedAt = now;
        return line;
    }

    /** The dossier statuses whose co-financing lines the fund no longer follows: it will never fund them. */
    private static final Set<DossierStatus> LEDGER_CLOSED = java.util.EnumSet.of(DossierStatus.WITHDRAWN,
            DossierStatus.INELIGIBLE, DossierStatus.REJECTED);

    /** From submission on, the co-financing lines are followed in the ledger (a draft's are edited in the draft). */
    public boolean hasLedger() {
        return status != DossierStatus.DRAFT;
    }

    /**
     * The ledger moves a co-financing line: its status, and the amount confirmed when one is given. The ledger's
     * rules of the move (order, justification, evidence) are checked by the ledger before. The dossier's version
     * is not bumped (as for a document upload): the ledger is not the content the applicant submitted.
     *
     * @throws NotFound when the dossier has no such line
     * @throws RuleViolation {@code cofinancing.ledger.draft} before submission, {@code cofinancing.ledger.closed}
     *                       once the dossier is withdrawn, ineligible or rejected
     */
    public CofinancingLine followCofinancing(long lineId, CofinancingStatus to, Money confirmed) {
        requireLedgerOpen();
        CofinancingLine line = cofinancingLine(lineId);
        line.follow(to, confirmed);
        return line;
    }

    /** Whether the staff still move its co-financing lines: submitted, and not withdrawn, ineligible or rejected. */
    public boolean isLedgerOpen() {
        return hasLedger() && !LEDGER_CLOSED.contains(status);
    }

    /** @throws RuleViolation {@code cofinancing.ledger.draft}, {@code cofinancing.ledger.closed} */
    public void requireLedgerOpen() {
        if (!hasLedger()) {
            throw new RuleViolation("cofinancing.ledger.draft", "The dossier is a draft: its co-financing lines are"
                    + " edited in the draft, the ledger starts at submission");
        }
        if (!isLedgerOpen()) {
            throw new RuleViolation("cofinancing.ledger.closed", "The dossier is " + status
                    + ": the fund no longer follows its co-financing");
        }
    }

    /** @throws NotFound when the dossier has no such co-financing line */
    public CofinancingLine cofinancingLine(long lineId) {
        return cofinancing.stream().filter(l -> l.getId() != null && l.getId() == lineId).findFirst()
                .orElseThrow(() -> new NotFound("co-financing line " + lineId + " of dossier " + id));
    }

    /** Levier itself starts the execution when the first disbursement of the agreement is paid. */
    public DossierTransition startExecution(String cause, Instant now) {
        return record(status.requireMoveTo(DossierStatus.IN_EXECUTION, null), SYSTEM_ACTOR, null, cause, now);
    }

    private DossierTransition record(DossierStatus.Move move, String actor, Role role, String reason, Instant now) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (move.reasonRequired() && why == null) {
            throw new RuleViolation("dossier.transition.reason-required",
                    "To " + move.name() + " a dossier (" + move.from() + " → " + move.to() + "), give the reason",
                    List.of(new Violation("reason", "required")));
        }
        if (why != null && why.length() > REASON_MAX) {
            throw new RuleViolation("dossier.transition.reason-too-long", "A reason has at most " + REASON_MAX
                    + " characters", List.of(new Violation("reason", "at most " + REASON_MAX + " characters")));
        }
        DossierTransition transition = new DossierTransition(this, status, move.to(), actor,
                role == null ? null : role.name(), why, now);
        transitions.add(transition);
        status = move.to();
        updatedAt = now;
        return transition;
    }

    private void describe(String newTitle, String newSummary, LocalDate start, LocalDate end) {
        title = newTitle.strip();
        summary = newSummary == null || newSummary.isBlank() ? null : newSummary;
        startDate = start;
        endDate = end;
        indexWords();
    }

    /** The search words of the title and reference: only those that changed are deleted or inserted. */
    private void indexWords() {
        Set<String> current = SearchWords.of(title, reference);
        words.retainAll(current);
        words.addAll(current);
    }

    private void setRequested(Map<Instrument, Money> requested) {
        requestedGrant = requested.getOrDefault(Instrument.GRANT, Money.ZERO);
        requestedAdvance = requested.getOrDefault(Instrument.REPAYABLE_ADVANCE, Money.ZERO);
        requestedEquity = requested.getOrDefault(Instrument.EQUITY, Money.ZERO);
    }

    private void requireOwner(long organisation) {
        if (organisation != organisationId) {
            throw new NotFound("dossier " + id);
        }
    }

    private void requireDraft() {
        if (!status.isEditableByApplicant()) {
            throw new RuleViolation("dossier.readonly",
                    "The dossier is " + status + ": only a draft can be changed by its applicant");
        }
    }

    // --- checks: each returns every violation of its part, so that a save reports them all at once ---

    private static List<Violation> checkDescription(String title, String summary, LocalDate start, LocalDate end) {
        List<Violation> v = new ArrayList<>();
        String t = title == null ? "" : title.strip();
        if (t.length() < TITLE_MIN || t.length() > TITLE_MAX) {
            v.add(new Violation("title", "between " + TITLE_MIN + " and " + TITLE_MAX + " characters"));
        }
        if (summary != null && summary.length() > SUMMARY_MAX) {
            v.add(new Violation("summary", "at most " + SUMMARY_MAX + " characters"));
        }
        if (start != null && end != null && !end.isAfter(start)) {
            v.add(new Violation("endDate", "the project ends after it starts (" + start + ")"));
        }
        return v;
    }

    private static List<Violation> checkRequested(Map<Instrument, Money> requested) {
        List<Violation> v = new ArrayList<>();
        requested.forEach((instrument, amount) -> {
            if (instrument == null) {
                v.add(new Violation("requested", "unknown instrument"));
            } else if (amount == null) {
                v.add(new Violation("requested." + instrument, "an amount is required (0 for none)"));
            } else if (amount.isNegative()) {
                v.add(new Violation("requested." + instrument, "must not be negative"));
            }
        });
        if (v.isEmpty() && !requested.isEmpty()) {
            BigDecimal total = sum(requested.values(), m -> m);
            if (total.signum() == 0) {
                v.add(new Violation("requested", "request an amount under at least one instrument"));
            } else if (total.compareTo(Money.MAX) > 0) {
                v.add(new Violation("requested", "the total requested is above " + Money.MAX.toPlainString()));
            }
        }
        return v;
    }

    private static List<Violation> checkBudget(List<DossierDraft.BudgetItem> lines) {
        List<Violation> v = new ArrayList<>();
        if (lines.size() > MAX_BUDGET_LINES) {
            v.add(new Violation("budgetLines", "at most " + MAX_BUDGET_LINES + " lines"));
            return v;
        }
        for (int i = 0; i < lines.size(); i++) {
            String at = "budgetLines[" + i + "]";
            DossierDraft.BudgetItem line = lines.get(i);
            if (line == null) {
                v.add(new Violation(at, "missing"));
                continue;
            }
            if (line.category() == null) {
                v.add(new Violation(at + ".category", "required"));
            }
            checkLabel(line.label(), at + ".label", LABEL_MAX, v);
            checkPositive(line.amount(), at + ".amount", v);
        }
        if (v.isEmpty() && sum(lines, DossierDraft.BudgetItem::amount).compareTo(Money.MAX) > 0) {
            v.add(new Violation("budgetLines", "the total cost is above " + Money.MAX.toPlainString()));
        }
        return v;
    }

    private static List<Violation> checkCofinancing(List<DossierDraft.CofinancingItem> lines) {
        List<Violation> v = new ArrayList<>();
        if (lines.size() > MAX_COFINANCING_LINES) {
            v.add(new Violation("cofinancing", "at most " + MAX_COFINANCING_LINES + " lines"));
            return v;
        }
        for (int i = 0; i < lines.size(); i++) {
            String at = "cofinancing[" + i + "]";
            DossierDraft.CofinancingItem line = lines.get(i);
            if (line == null) {
                v.add(new Violation(at, "missing"));
                continue;
            }
            if (line.sourceType() == null) {
                v.add(new Violation(at + ".sourceType", "required"));
            }
            checkLabel(line.funder(), at + ".funder", FUNDER_MAX, v);
            checkPositive(line.amount(), at + ".amount", v);
            if (line.status() == null) {
                v.add(new Violation(at + ".status", "required"));
            }
        }
        v.addAll(duplicateFunders(lines));
        return v;
    }

    /**
     * A funder brings its money under one source type on one line, counted once (its letters, commitments and bank
     * statements are evidence of that line, not new lines): two lines of the same funder — case, accents, spaces
     * and punctuation aside ({@link FunderName}) — and the same source type are refused, naming the second.
     */
    public static List<Violation> duplicateFunders(List<DossierDraft.CofinancingItem> lines) {
        List<Violation> v = new ArrayList<>();
        Map<String, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            DossierDraft.CofinancingItem line = lines.get(i);
            if (line == null || line.sourceType() == null || line.funder() == null) {
                continue;
            }
            String key = FunderName.normalise(line.funder());
            if (key.isEmpty()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(line.sourceType() + "|" + key, i);
            if (earlier != null) {
                v.add(new Violation("cofinancing[" + i + "].funder", "the same funder and source type as"
                        + " cofinancing[" + earlier + "] (" + line.sourceType() + ", \"" + line.funder().strip()
                        + "\"): one line per funder and source type; its documents are evidence of that line"));
            }
        }
        return v;
    }

    /** Resources (fund + co-financing) must stay representable, or no total could be shown. */
    private static List<Violation> checkResources(BigDecimal requested, BigDecimal cofinanced) {
        return requested.add(cofinanced).compareTo(Money.MAX) > 0
                ? List.of(new Violation("cofinancing", "the total of the resources is above "
                        + Money.MAX.toPlainString()))
                : List.of();
    }

    private static List<Violation> checkTargets(List<DossierDraft.TargetItem> targets, Set<String> catalogue) {
        List<Violation> v = new ArrayList<>();
        if (targets.size() > MAX_IMPACT_TARGETS) {
            v.add(new Violation("impactTargets", "at most " + MAX_IMPACT_TARGETS + " targets"));
            return v;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            String at = "impactTargets[" + i + "]";
            DossierDraft.TargetItem target = targets.get(i);
            if (target == null) {
                v.add(new Violation(at, "missing"));
                continue;
            }
            if (target.indicator() == null || !catalogue.contains(target.indicator())) {
                v.add(new Violation(at + ".indicator", "not an indicator of the catalogue"));
            } else if (!seen.add(target.indicator())) {
                v.add(new Violation(at + ".indicator", "already targeted"));
            }
            BigDecimal value = target.target();
            if (value == null) {
                v.add(new Violation(at + ".target", "required"));
            } else if (value.signum() <= 0) {
                v.add(new Violation(at + ".target", "must be positive"));
            } else if (value.stripTrailingZeros().scale() > TARGET_SCALE
                    || value.precision() - value.scale() > TARGET_INTEGER_DIGITS) {
                v.add(new Violation(at + ".target", "at most " + TARGET_INTEGER_DIGITS + " digits and "
                        + TARGET_SCALE + " decimals"));
            }
        }
        return v;
    }

    private static List<Violation> checkMilestones(List<DossierDraft.MilestoneItem> items) {
        List<Violation> v = new ArrayList<>();
        if (items.size() > MAX_MILESTONES) {
            v.add(new Violation("milestones", "at most " + MAX_MILESTONES + " milestones"));
            return v;
        }
        for (int i = 0; i < items.size(); i++) {
            String at = "milestones[" + i + "]";
            DossierDraft.MilestoneItem item = items.get(i);
            if (item == null) {
                v.add(new Violation(at, "missing"));
                continue;
            }
            checkLabel(item.title(), at + ".title", LABEL_MAX, v);
            if (item.dueDate() == null) {
                v.add(new Violation(at + ".dueDate", "required"));
            }
        }
        return v;
    }

    private static void checkLabel(String text, String field, int max, List<Violation> v) {
        if (text == null || text.isBlank()) {
            v.add(new Violation(field, "required"));
        } else if (text.strip().length() > max) {
            v.add(new Violation(field, "at most " + max + " characters"));
        }
    }

    private static void checkPositive(Money amount, String field, List<Violation> v) {
        if (amount == null) {
            v.add(new Violation(field, "required"));
        } else if (!amount.isPositive()) {
            v.add(new Violation(field, "must be positive"));
        }
    }

    private static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolation("dossier.invalid", "The dossier has " + violations.size()
                    + (violations.size() == 1 ? " error" : " errors") + ": see violations", violations);
        }
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static <T> BigDecimal sum(java.util.Collection<T> items, Function<T, Money> amount) {
        BigDecimal total = BigDecimal.ZERO;
        for (T item : items) {
            Money m = item == null ? null : amount.apply(item);
            if (m != null) {
                total = total.add(m.amount());
            }
        }
        return total;
    }

    // --- totals of the financing plan (live in the form, checked at submission) ---

    /** Total project cost: the sum of the budget lines. */
    public Money totalCost() {
        return Money.eur(sum(budgetLines, BudgetLine::getAmount));
    }

    /** The cost that counts for the aid intensity: every line not declared ineligible by due diligence. */
    public Money eligibleCost() {
        return Money.eur(sum(budgetLines.stream().filter(BudgetLine::countsAsEligible).toList(),
                BudgetLine::getAmount));
    }

    /** The fund's contribution asked for, all instruments together. */
    public Money requestedTotal() {
        return requestedGrant.plus(requestedAdvance).plus(requestedEquity);
    }

    public Money cofinancingTotal() {
        return Money.eur(sum(cofinancing, CofinancingLine::getAmount));
    }

    /** Fund requested + co-financing. */
    public Money resourcesTotal() {
        return requestedTotal().plus(cofinancingTotal());
    }

    /** Resources minus cost: zero when the plan balances, positive when over-financed, negative when short. */
    public Money financingGap() {
        return resourcesTotal().minus(totalCost());
    }

    public boolean isBalanced() {
        return financingGap().amount().signum() == 0 && !budgetLines.isEmpty();
    }

    // --- reading ---

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public long getCallId() {
        return callId;
    }

    public long getActionId() {
        return actionId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getTitle() {
        return title;
    }

    /** Null until written. */
    public String getSummary() {
        return summary;
    }

    /** Null until written. */
    public LocalDate getStartDate() {
        return startDate;
    }

    /** Null until written. */
    public LocalDate getEndDate() {
        return endDate;
    }

    public DossierStatus getStatus() {
        return status;
    }

    /** The public reference, given at submission. */
    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Money getRequested(Instrument instrument) {
        return switch (instrument) {
            case GRANT -> requestedGrant;
            case REPAYABLE_ADVANCE -> requestedAdvance;
            case EQUITY -> requestedEquity;
        };
    }

    /** The amount requested per instrument, every instrument present (zero: none). */
    public Map<Instrument, Money> requested() {
        Map<Instrument, Money> requested = new EnumMap<>(Instrument.class);
        for (Instrument instrument : Instrument.values()) {
            requested.put(instrument, getRequested(instrument));
        }
        return requested;
    }

    public List<BudgetLine> getBudgetLines() {
        return Collections.unmodifiableList(budgetLines);
    }

    public List<CofinancingLine> getCofinancing() {
        return Collections.unmodifiableList(cofinancing);
    }

    public List<ImpactTarget> getImpactTargets() {
        return Collections.unmodifiableList(impactTargets);
    }

    public List<Milestone> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }

    /** The history, oldest first. */
    public List<DossierTransition> getTransitions() {
        return Collections.unmodifiableList(transitions);
    }
}

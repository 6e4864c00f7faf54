package org.levier.programme.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Money;

/**
 * A fund: an allotment of public money meant to trigger a target total of projects (the target leverage),
 * organised in numbered axes, each holding numbered actions. Reference data, created by the programme loader or
 * a fund director or an administrator ({@link #open}, {@link #revise}): axes and actions are matched by number, so a
 * revision renames, adds and removes them but never renumbers; an action stays in its axis. Envelopes together
 * never exceed the allotment. What is committed elsewhere (signed agreements) is checked by the boundary under
 * this row's lock, since it lives in other components' tables.
 */
@Entity
@Table(name = "programme")
public class Programme {

    /** RuleViolation key of a refused programme (every violation listed). */
    public static final String INVALID = "programme.invalid";
    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,19}";
    public static final int NAME_MAX = 200;
    public static final int TITLE_MAX = 300;
    public static final int NUMBER_MAX = 999;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false)
    private String name;

    private String label;

    @Column(name = "operator_name")
    private String operatorName;

    @Column(name = "steering_name")
    private String steeringName;

    @Column(name = "lead_name")
    private String leadName;

    @Column(nullable = false)
    private Money allotment;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "target_total_projects", nullable = false)
    private Money targetTotalProjects;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "duration_years", nullable = false)
    private int durationYears;

    @Column(name = "end_date")
    private LocalDate endDate;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "programme_committee_member", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "email")
    private Set<String> committeeMembers = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "programme_partner", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    @Column(name = "partner_name")
    private List<String> partners = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Axis> axes = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Programme() {
    }

    public Programme(String code, String name, Money allotment, Money targetTotalProjects, int durationYears,
                     Instant createdAt) {
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9-]{1,19}")) {
            throw new IllegalArgumentException("programme code: 2-20 upper-case letters, digits or '-'");
        }
        if (!allotment.isPositive() || !targetTotalProjects.isPositive()) {
            throw new IllegalArgumentException("allotment and target total must be positive");
        }
        if (durationYears < 1) {
            throw new IllegalArgumentException("duration must be at least one year");
        }
        this.code = code;
        this.name = name;
        this.allotment = allotment;
        this.currency = allotment.currency().getCurrencyCode();
        this.targetTotalProjects = targetTotalProjects;
        this.durationYears = durationYears;
        this.createdAt = createdAt;
    }

    public void describe(String label, String operatorName, String steeringName, String leadName,
                         List<String> partners, LocalDate startDate) {
        this.label = label;
        this.operatorName = operatorName;
        this.steeringName = steeringName;
        this.leadName = leadName;
        this.partners = new ArrayList<>(partners);
        this.startDate = startDate;
    }

    public Axis addAxis(int number, String title, String titleEn) {
        if (findAxis(number).isPresent()) {
            throw new IllegalArgumentException("axis " + number + " already exists in " + code);
        }
        Axis axis = new Axis(this, number, title, titleEn);
        axes.add(axis);
        return axis;
    }

    /** Adds an action to one of this programme's axes; action numbers are unique across the programme. */
    public ProgrammeAction addAction(int axisNumber, int number, String title, String summary) {
        if (findAction(number).isPresent()) {
            throw new IllegalArgumentException("action " + number + " already exists in " + code);
        }
        Axis axis = findAxis(axisNumber)
                .orElseThrow(() -> new IllegalArgumentException("no axis " + axisNumber + " in " + code));
        return axis.addAction(number, title, summary);
    }

    public Optional<Axis> findAxis(int number) {
        return axes.stream().filter(a -> a.getNumber() == number).findFirst();
    }

    public Optional<ProgrammeAction> findAction(int number) {
        return axes.stream().flatMap(a -> a.getActions().stream()).filter(a -> a.getNumber() == number).findFirst();
    }

    /** Target total investment / allotment, 2 decimals half-even (288 / 37.5 = 7.68). */
    public BigDecimal targetLeverage() {
        return targetTotalProjects.amount().divide(allotment.amount(), 2, RoundingMode.HALF_EVEN);
    }

    public Optional<LocalDate> endDate() {
        return endDate != null ? Optional.of(endDate)
                : Optional.ofNullable(startDate).map(d -> d.plusYears(durationYears).minusDays(1));
    }

    // --- administration ----------------------------------------------------------------------------------------

    /** The programme's own figures and dates, as an administrator or a director sets them. */
    public record Terms(String name, Money allotment, Money targetTotalProjects, LocalDate startDate,
                        LocalDate endDate) {
    }

    /** An axis as wanted, with its actions. */
    public record AxisPlan(int number, String title, String titleEn, List<ActionPlan> actions) {
    }

    /**
     * An action as wanted; {@code titleEn} null: no English title (the French one stands in); {@code envelope} null:
     * none (the action draws on the whole allotment).
     */
    public record ActionPlan(int number, String title, String titleEn, String summary, Money envelope) {

        /** An action with no English title. */
        public ActionPlan(int number, String title, String summary, Money envelope) {
            this(number, title, null, summary, envelope);
        }
    }

    /** Creates a programme with its structure; every rule checked at once. */
    public static Programme open(String code, Terms terms, List<AxisPlan> axes, Instant now) {
        List<Violation> violations = new ArrayList<>(check(terms, axes));
        if (code == null || !code.matches(CODE_PATTERN)) {
            violations.add(0, new Violation("code", "2 to 20 upper-case letters, digits or '-', starting with a"
                    + " letter or digit"));
        }
        refuseIfAny(violations);
        Programme programme = new Programme(code, terms.name(), terms.allotment(), terms.targetTotalProjects(),
                durationYears(terms.startDate(), terms.endDate()), now);
        programme.startDate = terms.startDate();
        programme.endDate = terms.endDate();
        programme.applyStructure(axes);
        return programme;
    }

    /**
     * Changes the figures, dates and structure. The caller checks first what {@link #actionsRemovedBy} would
     * remove (an action in use stays) and what is committed.
     */
    public void revise(Terms terms, List<AxisPlan> axes) {
        List<Violation> violations = new ArrayList<>(check(terms, axes));
        for (int i = 0; i < axes.size(); i++) {
            for (int j = 0; j < axes.get(i).actions().size(); j++) {
                int number = axes.get(i).actions().get(j).number();
                int axisNumber = axes.get(i).number();
                int index = i;
                int actionIndex = j;
                findAction(number).filter(a -> a.getAxis().getNumber() != axisNumber).ifPresent(a ->
                        violations.add(new Violation("axes[" + index + "].actions[" + actionIndex + "].number",
                                "action " + number + " belongs to axis " + a.getAxis().getNumber()
                                        + ": an action does not move between axes")));
            }
        }
        refuseIfAny(violations);
        this.name = terms.name();
        this.allotment = terms.allotment();
        this.targetTotalProjects = terms.targetTotalProjects();
        this.startDate = terms.startDate();
        this.endDate = terms.endDate();
        this.durationYears = durationYears(terms.startDate(), terms.endDate());
        applyStructure(axes);
    }

    /** The actions (by number) that {@code axes} leaves out. */
    public Set<Integer> actionsRemovedBy(List<AxisPlan> axes) {
        Set<Integer> kept = new HashSet<>();
        axes.forEach(axis -> axis.actions().forEach(action -> kept.add(action.number())));
        Set<Integer> removed = new TreeSet<>();
        this.axes.forEach(axis -> axis.getActions().forEach(action -> {
            if (!kept.contains(action.getNumber())) {
                removed.add(action.getNumber());
            }
        }));
        return removed;
    }

    /** The standing committee members: whom a session of this programme seats unless told otherwise. */
    public void seatCommittee(Set<String> emails) {
        committeeMembers.clear();
        committeeMembers.addAll(emails);
    }

    public Set<String> getCommitteeMembers() {
        return Collections.unmodifiableSet(new TreeSet<>(committeeMembers));
    }

    /** Checks the terms and the structure on their own (no database): see {@link ProgrammeRules}. */
    public static List<Violation> check(Terms terms, List<AxisPlan> axes) {
        return ProgrammeRules.check(terms, axes);
    }

    private static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolation(INVALID, "The programme is invalid: " + violations.get(0).field() + ": "
                    + violations.get(0).message(), violations);
        }
    }

    private static int durationYears(LocalDate start, LocalDate end) {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(start, end.plusDays(1));
        return (int) Math.max(1, (months + 11) / 12);
    }

    private void applyStructure(List<AxisPlan> wanted) {
        Set<Integer> wantedAxes = new HashSet<>();
        wanted.forEach(a -> wantedAxes.add(a.number()));
        Set<Integer> removedActions = actionsRemovedBy(wanted);
        for (Axis axis : List.copyOf(axes)) {
            axis.getActions().stream().filter(a -> removedActions.contains(a.getNumber())).toList()
                    .forEach(axis::removeAction);
            if (!wantedAxes.contains(axis.getNumber())) {
                axes.remove(axis);
            }
        }
        for (AxisPlan plan : wanted) {
            Axis axis = findAxis(plan.number()).orElseGet(() -> addAxis(plan.number(), plan.title(), plan.titleEn()));
            axis.retitle(plan.title().strip(), blankToNull(plan.titleEn()));
            for (ActionPlan actionPlan : plan.actions()) {
                ProgrammeAction action = findAction(actionPlan.number()).orElseGet(() ->
                        addAction(plan.number(), actionPlan.number(), actionPlan.title(), actionPlan.summary()));
                action.retitle(actionPlan.title().strip(), blankToNull(actionPlan.titleEn()),
                        blankToNull(actionPlan.summary()));
                action.reserveEnvelope(actionPlan.envelope());
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getLabel() {
        return label;
    }

    public String getOperatorName() {
        return operatorName;
    }

    public String getSteeringName() {
        return steeringName;
    }

    public String getLeadName() {
        return leadName;
    }

    public Money getAllotment() {
        return allotment;
    }

    public String getCurrency() {
        return currency;
    }

    public Money getTargetTotalProjects() {
        return targetTotalProjects;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate().orElse(null);
    }

    public int getDurationYears() {
        return durationYears;
    }

    public List<String> getPartners() {
        return Collections.unmodifiableList(partners);
    }

    public List<Axis> getAxes() {
        return Collections.unmodifiableList(axes);
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

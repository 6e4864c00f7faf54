package org.levier.programme.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.SizeClass;

/**
 * A call for projects of a programme: an opening window (instants; shown in Europe/Paris), the actions it funds,
 * the instruments it allows, bounds on the requested amount, a state-aid regime and a maximum aid intensity per
 * organisation size class; optionally its own due-diligence checklist template (none: the fund's default).
 *
 * <p>Lifecycle: planned (before {@code opensAt}), open (from {@code opensAt}, inclusive, to {@code closesAt},
 * exclusive), closed. {@link #openAt} brings the opening forward to now, {@link #closeAt} the closing; a revision
 * changes every term at once ({@link #revise}); what dossiers already use is guarded by the boundary.
 */
@Entity
@Table(name = "call_for_projects")
public class CallForProjects {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "min_amount", nullable = false)
    private Money minAmount;

    @Column(name = "max_amount", nullable = false)
    private Money maxAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "aid_regime", nullable = false)
    private AidRegime aidRegime;

    @Column(nullable = false)
    private boolean demo;

    @ManyToMany
    @JoinTable(name = "call_action", joinColumns = @JoinColumn(name = "call_id"),
            inverseJoinColumns = @JoinColumn(name = "action_id"))
    private Set<ProgrammeAction> eligibleActions = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "call_instrument", joinColumns = @JoinColumn(name = "call_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "instrument")
    private Set<Instrument> instruments = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "call_max_intensity", joinColumns = @JoinColumn(name = "call_id"))
    @MapKeyColumn(name = "size_class")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "max_intensity")
    private Map<SizeClass, BigDecimal> maxIntensity = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "call_checklist_item", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<ChecklistTemplateItem> checklist = new ArrayList<>();

    @Version
    private long version;

    /** RuleViolation key of a refused call (every violation listed). */
    public static final String INVALID = "call.invalid";
    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]{0,39}";
    public static final int TITLE_MAX = 300;

    /** The terms of a call, as an administrator or a director sets them. */
    public record Terms(String code, String title, Instant opensAt, Instant closesAt, Money minAmount,
                        Money maxAmount, AidRegime aidRegime) {
    }

    protected CallForProjects() {
    }

    public CallForProjects(Programme programme, String code, String title, Instant opensAt, Instant closesAt,
                           Money minAmount, Money maxAmount, AidRegime aidRegime, boolean demo) {
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("a call closes after it opens");
        }
        if (!minAmount.isPositive() || minAmount.isGreaterThan(maxAmount)) {
            throw new IllegalArgumentException("0 < minimum <= maximum requested amount");
        }
        this.programme = programme;
        this.code = code;
        this.title = title;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.minAmount = minAmount;
        this.maxAmount = maxAmount;
        this.aidRegime = aidRegime;
        this.demo = demo;
    }

    /** A new call of a programme; every term checked at once. */
    public static CallForProjects define(Programme programme, Terms terms) {
        refuseIfAny(check(terms));
        return new CallForProjects(programme, terms.code(), terms.title().strip(), terms.opensAt(), terms.closesAt(),
                terms.minAmount(), terms.maxAmount(), terms.aidRegime(), false);
    }

    /** Changes every term at once. */
    public void revise(Terms terms) {
        refuseIfAny(check(terms));
        this.code = terms.code();
        this.title = terms.title().strip();
        this.opensAt = terms.opensAt();
        this.closesAt = terms.closesAt();
        this.minAmount = terms.minAmount();
        this.maxAmount = terms.maxAmount();
        this.aidRegime = terms.aidRegime();
    }

    /** Checks terms on their own (no database). */
    public static List<Violation> check(Terms t) {
        List<Violation> v = new ArrayList<>();
        if (t.code() == null || !t.code().matches(CODE_PATTERN)) {
            v.add(new Violation("code", "1 to 40 letters, digits, '_', '.' or '-'"));
        }
        if (t.title() == null || t.title().isBlank()) {
            v.add(new Violation("title", "required"));
        } else if (t.title().length() > TITLE_MAX) {
            v.add(new Violation("title", "at most " + TITLE_MAX + " characters"));
        }
        if (t.opensAt() == null) {
            v.add(new Violation("opensAt", "required"));
        }
        if (t.closesAt() == null) {
            v.add(new Violation("closesAt", "required"));
        } else if (t.opensAt() != null && !t.closesAt().isAfter(t.opensAt())) {
            v.add(new Violation("closesAt", "after the opening " + t.opensAt()));
        }
        if (t.minAmount() == null || !t.minAmount().isPositive()) {
            v.add(new Violation("minAmount", "a positive amount"));
        }
        if (t.maxAmount() == null || !t.maxAmount().isPositive()) {
            v.add(new Violation("maxAmount", "a positive amount"));
        } else if (t.minAmount() != null && t.minAmount().isGreaterThan(t.maxAmount())) {
            v.add(new Violation("maxAmount", "not below the minimum " + t.minAmount().toPlainString()));
        }
        if (t.aidRegime() == null) {
            v.add(new Violation("aidRegime", "one of " + List.of(AidRegime.values())));
        }
        return v;
    }

    /** Opens the call now: a planned call's opening is brought forward; a closed one cannot be opened again. */
    public void openAt(Instant now) {
        if (!now.isBefore(closesAt)) {
            throw new RuleViolation("call.closed", "Call " + code + " closed on " + closesAt
                    + ": give it a later closing date to open it again",
                    List.of(new Violation("closesAt", "in the past (" + closesAt + ")")));
        }
        if (opensAt.isAfter(now)) {
            opensAt = now;
        }
    }

    /** Closes the call now: no submission after this instant. */
    public void closeAt(Instant now) {
        if (!isOpenAt(now)) {
            throw new RuleViolation("call.not-open", "Call " + code + " is not open: nothing to close",
                    List.of(new Violation("status", opensAt.isAfter(now) ? "planned" : "closed")));
        }
        closesAt = now;
    }

    /** Replaces the eligible actions (all of this call's programme). */
    public void makeOnlyEligible(Set<ProgrammeAction> actions) {
        eligibleActions.clear();
        actions.forEach(this::makeEligible);
    }

    /** Replaces the maximum aid intensities per size class. */
    public void capIntensities(Map<SizeClass, BigDecimal> caps) {
        maxIntensity.clear();
        caps.forEach(this::capIntensity);
    }

    /** Replaces the due-diligence checklist template; empty: the fund's default checklist. */
    public void useChecklist(List<ChecklistTemplateItem> items) {
        checklist.clear();
        checklist.addAll(items);
    }

    public List<ChecklistTemplateItem> getChecklist() {
        return Collections.unmodifiableList(checklist);
    }

    public boolean isPlannedAt(Instant now) {
        return now.isBefore(opensAt);
    }

    private static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolation(INVALID, "The call is invalid: " + violations.get(0).field() + ": "
                    + violations.get(0).message(), violations);
        }
    }

    public void makeEligible(ProgrammeAction action) {
        if (!action.getProgramme().getCode().equals(programme.getCode())) {
            throw new IllegalArgumentException("action " + action.getNumber() + " is not in " + programme.getCode());
        }
        eligibleActions.add(action);
    }

    public void allow(Set<Instrument> allowed) {
        instruments = new HashSet<>(allowed);
    }

    /** Maximum aid intensity (fund aid / eligible cost, between 0 and 1) for a size class. */
    public void capIntensity(SizeClass sizeClass, BigDecimal max) {
        if (max.signum() < 0 || max.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("an aid intensity lies between 0 and 1");
        }
        maxIntensity.put(sizeClass, max);
    }

    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
    }

    public Optional<BigDecimal> maxIntensityFor(SizeClass sizeClass) {
        return Optional.ofNullable(maxIntensity.get(sizeClass));
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Money getMinAmount() {
        return minAmount;
    }

    public Money getMaxAmount() {
        return maxAmount;
    }

    public AidRegime getAidRegime() {
        return aidRegime;
    }

    public boolean isDemo() {
        return demo;
    }

    public Set<ProgrammeAction> getEligibleActions() {
        return Collections.unmodifiableSet(eligibleActions);
    }

    public Set<Instrument> getInstruments() {
        return instruments.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(instruments));
    }

    public Map<SizeClass, BigDecimal> getMaxIntensity() {
        return maxIntensity.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(maxIntensity));
    }

    public long getVersion() {
        return version;
    }
}

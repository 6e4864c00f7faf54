package org.levier.diligence.entity;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.levier.shared.control.Forbidden;
import org.levier.shared.control.FundingAmounts;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * The due-diligence file of one dossier (referred to by id). Aggregate root of its checklist items.
 *
 * <p>Lifecycle: opened with the screening checklist (category {@code ELIGIBILITY}) when the dossier enters
 * eligibility review; {@link #missingForEligibility()} must be empty before the dossier is declared eligible; the
 * due-diligence checklist is then added ({@link #addDefaultItems}); the analyst assesses items, rates the four
 * risks and {@link #recommend recommends}; a fund director who is not the recommender {@link #review reviews}
 * (four eyes). {@link #missingForCommittee()} must be empty before the dossier goes to the committee. Any change
 * after the review voids it ({@link #reviewVoided}): the reviewer approves exactly what goes to the committee.
 * A deferral by the committee {@link #reopen reopens} the file: a new recommendation and review are needed.
 *
 * <p>Size (~550 lines, above the ~400 rule): the checklist, the risk ratings, the recommendation and the second
 * review are one file whose rules depend on each other (any change voids the review; what is missing for the
 * committee reads all of them), so they stay in the aggregate that keeps them consistent under one version; about
 * a fifth of the class is mapping and getters.
 */
@Entity
@Table(name = "due_diligence")
public class DueDiligence {

    public static final int RATIONALE_MAX = 10_000;
    public static final int CONDITION_MAX = 2000;
    public static final int MAX_CONDITIONS = 50;
    public static final int REVIEW_COMMENT_MAX = 2000;
    public static final int MAX_ITEMS = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private long dossierId;

    @OneToMany(mappedBy = "file", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ChecklistItem> items = new ArrayList<>();

    @Column(name = "risk_financial")
    private Integer riskFinancial;

    @Column(name = "risk_technical")
    private Integer riskTechnical;

    @Column(name = "risk_market")
    private Integer riskMarket;

    @Column(name = "risk_governance")
    private Integer riskGovernance;

    @Column(name = "risk_overall")
    private Integer riskOverall;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommendation", length = 20)
    private RecommendationOutcome recommendation;

    @Column(name = "recommended_grant")
    private Money recommendedGrant;

    @Column(name = "recommended_advance")
    private Money recommendedAdvance;

    @Column(name = "recommended_equity")
    private Money recommendedEquity;

    @ElementCollection
    @CollectionTable(name = "due_diligence_condition", joinColumns = @JoinColumn(name = "due_diligence_id"))
    @OrderColumn(name = "position")
    @Column(name = "condition_text", nullable = false, length = CONDITION_MAX)
    private List<String> conditions = new ArrayList<>();

    private String rationale;

    @Column(name = "recommended_by", length = 254)
    private String recommendedBy;

    @Column(name = "recommended_at")
    private Instant recommendedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_outcome", length = 20)
    private ReviewOutcome reviewOutcome;

    @Column(name = "review_comment", length = REVIEW_COMMENT_MAX)
    private String reviewComment;

    @Column(name = "reviewed_by", length = 254)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "opened_by", nullable = false, length = 254)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DueDiligence() {
    }

    /** Opens the file of a dossier with its screening checklist. */
    public static DueDiligence open(long dossierId, List<ChecklistItem.Template> screening, String actor,
                                    Instant now) {
        DueDiligence file = new DueDiligence();
        file.dossierId = dossierId;
        file.openedBy = actor;
        file.openedAt = now;
        file.updatedAt = now;
        file.addDefaultItems(screening, now);
        return file;
    }

    /** Adds the default items whose code the file does not have yet (so adding twice adds nothing). */
    public int addDefaultItems(List<ChecklistItem.Template> templates, Instant now) {
        int added = 0;
        for (ChecklistItem.Template t : templates) {
            boolean present = items.stream().anyMatch(i -> t.code().equals(i.code().orElse(null)));
            if (!present) {
                items.add(new ChecklistItem(this, items.size(), t.category(), t.code(), t.label()));
                added++;
            }
        }
        if (added > 0) {
            changed(now);
        }
        return added;
    }

    /** An item of the analyst's own (a point the default checklist does not have). */
    public ChecklistItem addItem(ChecklistCategory category, String label, Instant now) {
        String text = label == null ? "" : label.strip();
        List<Violation> v = new ArrayList<>();
        if (category == null) {
            v.add(new Violation("category", "required"));
        }
        if (text.isEmpty() || text.length() > ChecklistItem.LABEL_MAX) {
            v.add(new Violation("label", "between 1 and " + ChecklistItem.LABEL_MAX + " characters"));
        }
        if (items.size() >= MAX_ITEMS) {
            v.add(new Violation("items", "at most " + MAX_ITEMS + " items"));
        }
        if (!v.isEmpty()) {
            throw new RuleViolation("diligence.item.invalid", "The checklist item is invalid: see violations", v);
        }
        ChecklistItem item = new ChecklistItem(this, items.size(), category, null, text);
        items.add(item);
        changed(now);
        return item;
    }

    /** Sets an item's status, justification and comment (see {@link ChecklistItem}). */
    public ChecklistItem assess(long itemId, ItemStatus status, String justification, String comment, String actor,
                                Instant now) {
        ChecklistItem item = item(itemId);
        item.assess(status, justification, comment, actor, now);
        changed(now);
        return item;
    }

    /** Links a document of the dossier to an item as evidence. */
    public ChecklistItem linkDocument(long itemId, long documentId, String actor, Instant now) {
        ChecklistItem item = item(itemId);
        item.linkDocument(documentId, actor, now);
        changed(now);
        return item;
    }

    /**
     * Rates some or all of the four risks (the others are kept).
     *
     * @throws RuleViolation {@code diligence.risk.invalid} naming each rating out of 1..5
     */
    public RiskRatings rateRisks(Map<RiskDimension, Integer> ratings, Instant now) {
        List<Violation> v = new ArrayList<>();
        if (ratings == null || ratings.isEmpty()) {
            v.add(new Violation("riskRatings", "rate at least one dimension"));
        } else {
            ratings.forEach((dimension, rating) -> {
                if (dimension == null) {
                    v.add(new Violation("riskRatings", "unknown dimension"));
                } else if (!RiskRatings.isValid(rating)) {
                    v.add(new Violation("riskRatings." + dimension, "between " + RiskRatings.MIN + " and "
                            + RiskRatings.MAX));
                }
            });
        }
        if (!v.isEmpty()) {
            throw new RuleViolation("diligence.risk.invalid", "Risk ratings are whole grades from "
                    + RiskRatings.MIN + " (low) to " + RiskRatings.MAX + " (high)", v);
        }
        RiskRatings rated = getRiskRatings().with(ratings);
        riskFinancial = rated.financial();
        riskTechnical = rated.technical();
        riskMarket = rated.market();
        riskGovernance = rated.governance();
        OptionalInt overall = rated.overall();
        riskOverall = overall.isPresent() ? overall.getAsInt() : null;
        changed(now);
        return rated;
    }

    /**
     * Records the recommendation (replacing the previous one, and voiding its review).
     *
     * @param requested what the dossier requested per instrument
     * @throws RuleViolation {@code diligence.recommendation.invalid} with every violation of its shape;
     *                       {@code diligence.recommendation.above-requested} naming each instrument above the request
     */
    public void recommend(Recommendation proposal, Map<Instrument, Money> requested, String actor, Instant now) {
        List<Violation> v = new ArrayList<>();
        String why = proposal.rationale() == null ? "" : proposal.rationale().strip();
        if (proposal.outcome() == null) {
            v.add(new Violation("outcome", "APPROVE, REJECT or DEFER"));
        }
        if (why.isEmpty() || why.length() > RATIONALE_MAX) {
            v.add(new Violation("rationale", "between 1 and " + RATIONALE_MAX + " characters"));
        }
        if (proposal.outcome() == RecommendationOutcome.APPROVE) {
            v.addAll(FundingAmounts.checkShape(proposal.amounts(), "amounts"));
            v.addAll(checkConditions(proposal.conditions()));
        } else if (proposal.outcome() != null) {
            if (proposal.amounts().values().stream().anyMatch(m -> m != null && m.isPositive())) {
                v.add(new Violation("amounts", "only an approval recommends amounts"));
            }
            if (!proposal.conditions().isEmpty()) {
                v.add(new Violation("conditions", "only an approval has conditions"));
            }
        }
        if (!v.isEmpty()) {
            throw new RuleViolation("diligence.recommendation.invalid", "The recommendation is invalid: see violations",
                    v);
        }
        Map<Instrument, Money> amounts = proposal.outcome() == RecommendationOutcome.APPROVE
                ? FundingAmounts.complete(proposal.amounts()) : null;
        if (amounts != null) {
            List<Violation> above = FundingAmounts.checkWithinRequested(amounts, requested, "amounts");
            if (!above.isEmpty()) {
                throw new RuleViolation("diligence.recommendation.above-requested", "The recommendation is above"
                        + " what the dossier requested: " + above.stream().map(Violation::message).toList(), above);
            }
        }
        recommendation = proposal.outcome();
        recommendedGrant = amounts == null ? null : amounts.get(Instrument.GRANT);
        recommendedAdvance = amounts == null ? null : amounts.get(Instrument.REPAYABLE_ADVANCE);
        recommendedEquity = amounts == null ? null : amounts.get(Instrument.EQUITY);
        conditions.clear();
        if (amounts != null) {
            proposal.conditions().forEach(c -> conditions.add(c.strip()));
        }
        rationale = why;
        recommendedBy = actor;
        recommendedAt = now;
        changed(now);
    }

    private static List<Violation> checkConditions(List<String> texts) {
        List<Violation> v = new ArrayList<>();
        if (texts.size() > MAX_CONDITIONS) {
            v.add(new Violation("conditions", "at most " + MAX_CONDITIONS + " conditions"));
            return v;
        }
        for (int i = 0; i < texts.size(); i++) {
            String c = texts.get(i);
            if (c == null || c.isBlank() || c.strip().length() > CONDITION_MAX) {
                v.add(new Violation("conditions[" + i + "]", "between 1 and " + CONDITION_MAX + " characters"));
            }
        }
        return v;
    }

    /**
     * The second review (four eyes) of the current recommendation.
     *
     * @throws Forbidden {@code diligence.self-review} when the reviewer is the one who recommended
     * @throws RuleViolation {@code diligence.review.no-recommendation} when there is nothing to review;
     *                       {@code diligence.review.comment-required} to return the file without saying why
     */
    public void review(ReviewOutcome outcome, String comment, String reviewer, Instant now) {
        if (recommendation == null) {
            throw new RuleViolation("diligence.review.no-recommendation",
                    "There is no recommendation to review yet");
        }
        if (isSamePerson(reviewer, recommendedBy)) {
            throw new Forbidden("diligence.self-review", "Four eyes: " + reviewer + " recommended this dossier and"
                    + " may not review the recommendation; another fund director reviews it");
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        List<Violation> v = new ArrayList<>();
        if (outcome == null) {
            v.add(new Violation("outcome", "APPROVED or RETURNED"));
        } else if (outcome == ReviewOutcome.RETURNED && note == null) {
            v.add(new Violation("comment", "say what the analyst should review"));
        }
        if (note != null && note.length() > REVIEW_COMMENT_MAX) {
            v.add(new Violation("comment", "at most " + REVIEW_COMMENT_MAX + " characters"));
        }
        if (!v.isEmpty()) {
            throw new RuleViolation(outcome == ReviewOutcome.RETURNED && note == null
                    ? "diligence.review.comment-required" : "diligence.review.invalid",
                    "The review is invalid: see violations", v);
        }
        reviewOutcome = outcome;
        reviewComment = note;
        reviewedBy = reviewer;
        reviewedAt = now;
        updatedAt = now;
    }

    static boolean isSamePerson(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    /** A committee deferral sends the dossier back: the recommendation and its review are to be done again. */
    public void reopen(Instant now) {
        recommendation = null;
        recommendedGrant = null;
        recommendedAdvance = null;
        recommendedEquity = null;
        conditions.clear();
        rationale = null;
        recommendedBy = null;
        recommendedAt = null;
        clearReview();
        updatedAt = now;
    }

    /** Set when a change made through this instance voided the review (not stored: for the audit of the change). */
    @Transient
    private boolean reviewVoided;

    private void changed(Instant now) {
        if (reviewOutcome != null) {
            clearReview();
            reviewVoided = true;
        }
        updatedAt = now;
    }

    /** Whether a change made through this instance voided the review (for the audit of that change). */
    public boolean reviewVoided() {
        return reviewVoided;
    }

    /** A change that the file does not hold (a budget line's eligibility) still voids the review. */
    public void changedElsewhere(Instant now) {
        changed(now);
    }

    private void clearReview() {
        reviewOutcome = null;
        reviewComment = null;
        reviewedBy = null;
        reviewedAt = null;
    }

    // --- gates ---

    /**
     * What keeps the screening from concluding that the dossier is eligible: an eligibility item pending, waived
     * without justification, or in ISSUE (an eligibility issue makes the dossier ineligible, unless the fund waives
     * it with a justification). Empty: the dossier may be declared eligible.
     */
    public List<Violation> missingForEligibility() {
        List<Violation> v = new ArrayList<>();
        for (ChecklistItem item : items) {
            if (item.getCategory() != ChecklistCategory.ELIGIBILITY) {
                continue;
            }
            if (item.getStatus() == ItemStatus.ISSUE) {
                v.add(new Violation(item.field(), item.describe() + ": an eligibility issue (declare the dossier"
                        + " ineligible, or waive the item with a justification)"));
            } else {
                item.shortcoming().ifPresent(s -> v.add(new Violation(item.field(), item.describe() + ": " + s)));
            }
        }
        if (items.stream().noneMatch(i -> i.getCategory() == ChecklistCategory.ELIGIBILITY)) {
            v.add(new Violation("items", "the screening checklist is empty"));
        }
        return v;
    }

    /**
     * Everything that keeps the dossier from going to the committee, all at once: items pending, waived without a
     * justification or in issue without a comment; risk dimensions not rated; no recommendation; no approving
     * second review. Empty: the file is ready.
     */
    public List<Violation> missingForCommittee() {
        List<Violation> v = new ArrayList<>();
        for (ChecklistItem item : items) {
            item.shortcoming().ifPresent(s -> v.add(new Violation(item.field(), item.describe() + ": " + s)));
        }
        for (RiskDimension d : getRiskRatings().missing()) {
            v.add(new Violation("riskRatings." + d, d + " risk not rated"));
        }
        if (recommendation == null) {
            v.add(new Violation("recommendation", "no recommendation"));
        } else if (reviewOutcome == null) {
            v.add(new Violation("review", "no second review of the recommendation"));
        } else if (reviewOutcome != ReviewOutcome.APPROVED) {
            v.add(new Violation("review", "the second review returned the file: " + reviewComment));
        }
        return v;
    }

    /** @throws RuleViolation {@code diligence.incomplete} listing everything missing */
    public void requireReadyForCommittee() {
        List<Violation> missing = missingForCommittee();
        if (!missing.isEmpty()) {
            throw new RuleViolation("diligence.incomplete", "The due diligence is not complete: " + missing.size()
                    + (missing.size() == 1 ? " point is" : " points are") + " missing", missing);
        }
    }

    /** @throws RuleViolation {@code diligence.screening.incomplete} listing what keeps the dossier from eligibility */
    public void requireEligible() {
        List<Violation> missing = missingForEligibility();
        if (!missing.isEmpty()) {
            throw new RuleViolation("diligence.screening.incomplete", "The screening does not conclude that the"
                    + " dossier is eligible: " + missing.size() + (missing.size() == 1 ? " point" : " points"),
                    missing);
        }
    }

    private ChecklistItem item(long itemId) {
        return items.stream().filter(i -> i.getId() != null && i.getId() == itemId).findFirst()
                .orElseThrow(() -> new NotFound("checklist item " + itemId + " of dossier " + dossierId));
    }

    // --- reading ---

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getDossierId() {
        return dossierId;
    }

    public List<ChecklistItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    public RiskRatings getRiskRatings() {
        return new RiskRatings(riskFinancial, riskTechnical, riskMarket, riskGovernance);
    }

    /** The stored overall score (see {@link RiskRatings#overall()}); empty until the four risks are rated. */
    public Optional<Integer> riskOverall() {
        return Optional.ofNullable(riskOverall);
    }

    public Optional<RecommendationOutcome> recommendation() {
        return Optional.ofNullable(recommendation);
    }

    /** The recommended amounts, every instrument present; empty unless the recommendation is to approve. */
    public Map<Instrument, Money> recommendedAmounts() {
        if (recommendation != RecommendationOutcome.APPROVE) {
            return Map.of();
        }
        Map<Instrument, Money> amounts = new EnumMap<>(Instrument.class);
        amounts.put(Instrument.GRANT, recommendedGrant);
        amounts.put(Instrument.REPAYABLE_ADVANCE, recommendedAdvance);
        amounts.put(Instrument.EQUITY, recommendedEquity);
        return amounts;
    }

    public List<String> getConditions() {
        return Collections.unmodifiableList(conditions);
    }

    public Optional<String> rationale() {
        return Optional.ofNullable(rationale);
    }

    public Optional<String> recommendedBy() {
        return Optional.ofNullable(recommendedBy);
    }

    public Optional<Instant> recommendedAt() {
        return Optional.ofNullable(recommendedAt);
    }

    public Optional<ReviewOutcome> reviewOutcome() {
        return Optional.ofNullable(reviewOutcome);
    }

    public Optional<String> reviewComment() {
        return Optional.ofNullable(reviewComment);
    }

    public Optional<String> reviewedBy() {
        return Optional.ofNullable(reviewedBy);
    }

    public Optional<Instant> reviewedAt() {
        return Optional.ofNullable(reviewedAt);
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

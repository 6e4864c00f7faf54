package org.levier.diligence.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.levier.diligence.control.DefaultChecklist;
import org.levier.shared.control.Forbidden;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/** Screening and committee completeness, the recommendation within the request, and the four-eyes review. */
class DueDiligenceTest {

    static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
    static final String ANALYST = "analyst@levier.example";
    static final String DIRECTOR = "director1@levier.example";
    static final Map<Instrument, Money> REQUESTED = new EnumMap<>(Map.of(Instrument.GRANT, Money.eur("40000.00"),
            Instrument.REPAYABLE_ADVANCE, Money.eur("10000.00"), Instrument.EQUITY, Money.ZERO));

    DueDiligence file;
    long nextId = 1;

    @BeforeEach
    void screenedFile() throws Exception {
        file = DueDiligence.open(5, DefaultChecklist.SCREENING, ANALYST, NOW);
        giveIds();
    }

    /** What the database would do: ids for the new items. */
    void giveIds() throws Exception {
        Field id = ChecklistItem.class.getDeclaredField("id");
        id.setAccessible(true);
        for (ChecklistItem item : file.getItems()) {
            if (item.getId() == null) {
                id.set(item, nextId++);
            }
        }
    }

    void settleAll(ChecklistCategory... categories) {
        for (ChecklistItem item : file.getItems()) {
            if (List.of(categories).contains(item.getCategory())) {
                file.assess(item.getId(), ItemStatus.SATISFIED, null, null, ANALYST, NOW);
            }
        }
    }

    /** A file ready for its review: every item settled, the four risks rated, an approval recommended. */
    void readyForReview() throws Exception {
        settleAll(ChecklistCategory.ELIGIBILITY);
        file.addDefaultItems(DefaultChecklist.DUE_DILIGENCE, NOW);
        giveIds();
        settleAll(ChecklistCategory.values());
        file.rateRisks(Map.of(RiskDimension.FINANCIAL, 2, RiskDimension.TECHNICAL, 3, RiskDimension.MARKET, 2,
                RiskDimension.GOVERNANCE, 1), NOW);
        file.recommend(Recommendation.approve(Map.of(Instrument.GRANT, Money.eur("30000.00")),
                List.of("Building permit"), "Sound project"), REQUESTED, ANALYST, NOW);
    }

    @Test
    void theScreeningConcludesOnlyWhenEveryEligibilityPointIsSettledWithoutIssue() {
        assertThat(file.getItems()).hasSize(DefaultChecklist.SCREENING.size())
                .allSatisfy(i -> assertThat(i.getStatus()).isEqualTo(ItemStatus.PENDING));
        assertThat(file.missingForEligibility()).hasSize(DefaultChecklist.SCREENING.size());

        settleAll(ChecklistCategory.ELIGIBILITY);
        long first = file.getItems().get(0).getId();
        file.assess(first, ItemStatus.ISSUE, null, "Not in the territory", ANALYST, NOW);
        assertThatThrownBy(file::requireEligible).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.key()).isEqualTo("diligence.screening.incomplete");
            assertThat(e.violations()).singleElement().extracting(Violation::field).isEqualTo("items[" + first + "]");
        });

        file.assess(first, ItemStatus.WAIVED, "Decided by the board on 2 May", null, ANALYST, NOW);
        file.requireEligible();
    }

    @Test
    void aWaiverNeedsAJustification() {
        long id = file.getItems().get(0).getId();

        assertThatThrownBy(() -> file.assess(id, ItemStatus.WAIVED, "  ", "comment", ANALYST, NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("diligence.item.justification-required"));
        assertThat(file.getItems().get(0).getStatus()).isEqualTo(ItemStatus.PENDING);
    }

    @Test
    void defaultItemsAreAddedOnce() throws Exception {
        int added = file.addDefaultItems(DefaultChecklist.DUE_DILIGENCE, NOW);

        assertThat(added).isEqualTo(DefaultChecklist.DUE_DILIGENCE.size());
        assertThat(file.addDefaultItems(DefaultChecklist.DUE_DILIGENCE, NOW)).isZero();
        assertThat(file.addDefaultItems(DefaultChecklist.SCREENING, NOW)).isZero();
        assertThat(file.getItems()).extracting(ChecklistItem::getCategory).contains(ChecklistCategory.values());
    }

    @Test
    void goingToCommitteeListsEverythingMissingAtOnce() throws Exception {
        file.addDefaultItems(DefaultChecklist.DUE_DILIGENCE, NOW);
        giveIds();
        settleAll(ChecklistCategory.values());
        ChecklistItem issue = file.getItems().get(4);
        ChecklistItem pending = file.getItems().get(5);
        file.assess(issue.getId(), ItemStatus.ISSUE, null, null, ANALYST, NOW);
        file.assess(pending.getId(), ItemStatus.PENDING, null, null, ANALYST, NOW);
        file.rateRisks(Map.of(RiskDimension.FINANCIAL, 3), NOW);

        assertThatThrownBy(file::requireReadyForCommittee).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.key()).isEqualTo("diligence.incomplete");
            assertThat(e.violations()).extracting(Violation::field).containsExactly(
                    "items[" + issue.getId() + "]", "items[" + pending.getId() + "]", "riskRatings.TECHNICAL",
                    "riskRatings.MARKET", "riskRatings.GOVERNANCE", "recommendation");
            assertThat(e.violations().get(0).message()).contains("an issue without a comment");
            assertThat(e.violations().get(1).message()).contains("still pending");
        });
    }

    @Test
    void theRecommendationNeverExceedsTheRequestPerInstrument() {
        assertThatThrownBy(() -> file.recommend(Recommendation.approve(Map.of(Instrument.GRANT,
                Money.eur("30000.00"), Instrument.EQUITY, Money.eur("0.01")), List.of(), "Why"), REQUESTED, ANALYST,
                NOW)).isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("diligence.recommendation.above-requested");
                    assertThat(e.violations()).extracting(Violation::field).containsExactly("amounts.EQUITY");
                });
        assertThatThrownBy(() -> file.recommend(Recommendation.reject(" "), REQUESTED, ANALYST, NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("diligence.recommendation.invalid"));
        assertThat(file.recommendation()).isEmpty();
    }

    @Test
    void fourEyesTheRecommenderCannotReviewItsOwnRecommendation() throws Exception {
        readyForReview();

        assertThatThrownBy(() -> file.review(ReviewOutcome.APPROVED, null, " Analyst@Levier.example", NOW))
                .isInstanceOfSatisfying(Forbidden.class,
                        e -> assertThat(e.key()).isEqualTo("diligence.self-review"));
        assertThat(file.reviewOutcome()).isEmpty();
        assertThat(file.missingForCommittee()).extracting(Violation::field).containsExactly("review");
    }

    @Test
    void aDirectorWhoDidNotRecommendReviewsAndTheFileIsReady() throws Exception {
        readyForReview();

        file.review(ReviewOutcome.APPROVED, null, DIRECTOR, NOW);

        assertThat(file.missingForCommittee()).isEmpty();
        assertThat(file.riskOverall()).contains(2);
        assertThat(file.recommendedAmounts()).containsEntry(Instrument.GRANT, Money.eur("30000.00"))
                .containsEntry(Instrument.EQUITY, Money.ZERO);
        file.requireReadyForCommittee();
    }

    @Test
    void aDirectorWhoRecommendedCannotReviewEither() throws Exception {
        readyForReview();
        file.recommend(Recommendation.defer("Wait for the permit"), REQUESTED, DIRECTOR, NOW);

        assertThatThrownBy(() -> file.review(ReviewOutcome.APPROVED, null, DIRECTOR, NOW))
                .isInstanceOf(Forbidden.class);
        file.review(ReviewOutcome.APPROVED, null, "director2@levier.example", NOW);
        assertThat(file.recommendedAmounts()).isEmpty();
        assertThat(file.getConditions()).isEmpty();
    }

    @Test
    void aReturnedReviewSaysWhyAndKeepsTheFileFromTheCommittee() throws Exception {
        readyForReview();

        assertThatThrownBy(() -> file.review(ReviewOutcome.RETURNED, " ", DIRECTOR, NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("diligence.review.comment-required"));
        file.review(ReviewOutcome.RETURNED, "Check the bank loan", DIRECTOR, NOW);
        assertThat(file.missingForCommittee()).singleElement().extracting(Violation::message).asString()
                .contains("Check the bank loan");
    }

    @Test
    void anyChangeAfterTheReviewVoidsIt() throws Exception {
        readyForReview();
        file.review(ReviewOutcome.APPROVED, null, DIRECTOR, NOW);

        file.rateRisks(Map.of(RiskDimension.MARKET, 5), NOW);

        assertThat(file.reviewVoided()).isTrue();
        assertThat(file.reviewOutcome()).isEmpty();
        assertThat(file.missingForCommittee()).extracting(Violation::field).containsExactly("review");
    }

    @Test
    void noReviewWithoutARecommendationAndADeferralReopensTheFile() throws Exception {
        assertThatThrownBy(() -> file.review(ReviewOutcome.APPROVED, null, DIRECTOR, NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("diligence.review.no-recommendation"));
        readyForReview();
        file.review(ReviewOutcome.APPROVED, null, DIRECTOR, NOW);

        file.reopen(NOW);

        assertThat(file.recommendation()).isEmpty();
        assertThat(file.reviewOutcome()).isEmpty();
        assertThat(file.missingForCommittee()).extracting(Violation::field).containsExactly("recommendation");
    }

    @Test
    void ratingsOutOfRangeAreRefusedAllAtOnce() {
        Map<RiskDimension, Integer> ratings = new EnumMap<>(RiskDimension.class);
        ratings.put(RiskDimension.FINANCIAL, 0);
        ratings.put(RiskDimension.MARKET, 6);
        ratings.put(RiskDimension.GOVERNANCE, null);

        assertThatThrownBy(() -> file.rateRisks(ratings, NOW)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.key()).isEqualTo("diligence.risk.invalid");
            assertThat(e.violations()).extracting(Violation::field).containsExactly("riskRatings.FINANCIAL",
                    "riskRatings.MARKET", "riskRatings.GOVERNANCE");
        });
        assertThat(file.getRiskRatings()).isEqualTo(RiskRatings.NONE);
    }
}

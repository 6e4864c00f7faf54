package org.levier.dossier.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.levier.dossier.control.SubmissionRules.PriorAid;
import org.levier.dossier.control.SubmissionRules.Submission;
import org.levier.dossier.entity.BudgetCategory;
import org.levier.dossier.entity.CofinancingStatus;
import org.levier.dossier.entity.DocumentKind;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierDraft;
import org.levier.dossier.entity.DossierDraft.BudgetItem;
import org.levier.dossier.entity.DossierDraft.CofinancingItem;
import org.levier.dossier.entity.DossierDraft.MilestoneItem;
import org.levier.dossier.entity.SourceType;
import org.levier.programme.entity.AidRegime;
import org.levier.programme.entity.CallForProjects;
import org.levier.programme.entity.Programme;
import org.levier.programme.entity.ProgrammeAction;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.SizeClass;

class SubmissionRulesTest {

    static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    static final Set<DocumentKind> MANDATORY = EnumSet.of(DocumentKind.BUSINESS_PLAN, DocumentKind.BANK_DETAILS);

    final Programme programme = new Programme("TI-DK", "Dunkerque", Money.eur("37500000.00"),
            Money.eur("288000000.00"), 5, NOW);
    final ProgrammeAction eligibleAction;
    final ProgrammeAction otherAction;

    SubmissionRulesTest() {
        programme.addAxis(1, "Écologie industrielle", null);
        eligibleAction = programme.addAction(1, 1, "Écologie industrielle", null);
        otherAction = programme.addAction(1, 2, "Autre action", null);
    }

    /** Open until the end of 2026, 10,000 to 500,000 EUR, grants and advances, 50 % for small organisations. */
    CallForProjects call(AidRegime regime) {
        CallForProjects call = new CallForProjects(programme, "AAP-1", "Appel 1",
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"),
                Money.eur("10000.00"), Money.eur("500000.00"), regime, false);
        call.makeEligible(eligibleAction);
        call.allow(EnumSet.of(Instrument.GRANT, Instrument.REPAYABLE_ADVANCE));
        call.capIntensity(SizeClass.SMALL, new BigDecimal("0.50"));
        return call;
    }

    /** Cost 100,000.00 = grant 40,000.00 + advance 10,000.00 + co-financing 50,000.00 (intensity exactly 50 %). */
    static DossierDraft content(Map<Instrument, Money> requested, String cofinanced) {
        return new DossierDraft("Hydrogen hub", "Turning CO2 into fuel.", LocalDate.of(2026, 7, 1),
                LocalDate.of(2028, 6, 30), requested,
                List.of(new BudgetItem(BudgetCategory.EQUIPMENT, "Electrolyser", Money.eur("70000.00")),
                        new BudgetItem(BudgetCategory.PERSONNEL, "Engineers", Money.eur("30000.00"))),
                List.of(new CofinancingItem(SourceType.BANK_LOAN, "Bank", Money.eur(cofinanced),
                        CofinancingStatus.COMMITTED)),
                List.of(), List.of(new MilestoneItem("Installed", LocalDate.of(2027, 1, 31))));
    }

    static final Map<Instrument, Money> FIFTY_THOUSAND = Map.of(Instrument.GRANT, Money.eur("40000.00"),
            Instrument.REPAYABLE_ADVANCE, Money.eur("10000.00"));

    static Dossier dossier(DossierDraft content) {
        return Dossier.draft(1, 2, 3, 7, "applicant1@levier.example", content, Set.of(), NOW);
    }

    Submission submission(Dossier dossier, CallForProjects call) {
        return new Submission(dossier, call, eligibleAction, SizeClass.SMALL, List.of(), MANDATORY, MANDATORY, NOW);
    }

    static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void aBalancedCompleteDossierUnderAnOpenCallMeetsEveryRule() {
        assertThat(SubmissionRules.check(submission(dossier(content(FIFTY_THOUSAND, "50000.00")),
                call(AidRegime.DE_MINIMIS)))).isEmpty();
    }

    @Test
    void theFinancingPlanMustBalanceToTheCent() {
        List<Violation> short1 = SubmissionRules.check(submission(dossier(content(FIFTY_THOUSAND, "49999.99")),
                call(AidRegime.GBER)));
        assertThat(short1).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("financingPlan");
            assertThat(v.message()).contains("total cost 100000.00 EUR", "resources 99999.99 EUR",
                    "0.01 EUR missing");
        });

        List<Violation> over = SubmissionRules.check(submission(dossier(content(FIFTY_THOUSAND, "50000.01")),
                call(AidRegime.GBER)));
        assertThat(over).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("financingPlan");
            assertThat(v.message()).contains("0.01 EUR too much");
        });
    }

    @Test
    void theRequestedTotalLiesWithinTheCallsBounds() {
        DossierDraft tooLittle = content(Map.of(Instrument.GRANT, Money.eur("9999.99")), "90000.01");
        assertThat(fields(SubmissionRules.check(submission(dossier(tooLittle), call(AidRegime.GBER)))))
                .containsExactly("requested");

        CallForProjects call = call(AidRegime.GBER);
        call.capIntensity(SizeClass.SMALL, BigDecimal.ONE);
        DossierDraft tooMuch = new DossierDraft("Big", "Big project", LocalDate.of(2026, 7, 1),
                LocalDate.of(2027, 6, 30), Map.of(Instrument.GRANT, Money.eur("500000.01")),
                List.of(new BudgetItem(BudgetCategory.WORKS, "Works", Money.eur("500000.01"))), null, null, null);
        assertThat(SubmissionRules.check(submission(dossier(tooMuch), call))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("500000.01 EUR", "minimum 10000.00 EUR",
                        "maximum 500000.00 EUR"));
    }

    @Test
    void onlyTheInstrumentsOfTheCallMayBeRequested() {
        DossierDraft equity = content(Map.of(Instrument.GRANT, Money.eur("40000.00"), Instrument.EQUITY,
                Money.eur("10000.00")), "50000.00");
        assertThat(SubmissionRules.check(submission(dossier(equity), call(AidRegime.GBER)))).singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("requested");
                    assertThat(v.message()).contains("does not fund [EQUITY]");
                });
    }

    @Test
    void theCallMustBeOpenAtSubmission() {
        Dossier dossier = dossier(content(FIFTY_THOUSAND, "50000.00"));
        CallForProjects call = call(AidRegime.GBER);
        Submission late = new Submission(dossier, call, eligibleAction, SizeClass.SMALL, List.of(), MANDATORY,
                MANDATORY, Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(fields(SubmissionRules.check(late))).containsExactly("call");
    }

    @Test
    void theActionMustBeEligibleForTheCall() {
        Submission other = new Submission(dossier(content(FIFTY_THOUSAND, "50000.00")), call(AidRegime.GBER),
                otherAction, SizeClass.SMALL, List.of(), MANDATORY, MANDATORY, NOW);
        assertThat(SubmissionRules.check(other)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("action");
            assertThat(v.message()).contains("action 2");
        });
    }

    @Test
    void everyMandatoryDocumentKindMustBePresent() {
        Submission missing = new Submission(dossier(content(FIFTY_THOUSAND, "50000.00")), call(AidRegime.GBER),
                eligibleAction, SizeClass.SMALL, List.of(), Set.of(DocumentKind.BUSINESS_PLAN, DocumentKind.OTHER),
                MANDATORY, NOW);
        assertThat(SubmissionRules.check(missing)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("documents");
            assertThat(v.message()).contains("BANK_DETAILS").doesNotContain("BUSINESS_PLAN");
        });
    }

    @Test
    void deMinimisCountsAidOfTheLastThreeRollingYearsUpToTheCeiling() {
        Dossier dossier = dossier(content(FIFTY_THOUSAND, "50000.00"));
        CallForProjects call = call(AidRegime.DE_MINIMIS);
        // Submitted 2026-06-15: aid of 2023-06-15 is out of the window, aid of 2023-06-16 is in.
        List<PriorAid> atTheCeiling = List.of(new PriorAid(LocalDate.of(2023, 6, 15), Money.eur("100000.01"), "A"),
                new PriorAid(LocalDate.of(2023, 6, 16), Money.eur("150000.00"), "B"),
                new PriorAid(LocalDate.of(2025, 1, 10), Money.eur("100000.01"), "C"));
        Submission fits = new Submission(dossier, call, eligibleAction, SizeClass.SMALL, atTheCeiling.subList(0, 2),
                MANDATORY, MANDATORY, NOW);
        assertThat(SubmissionRules.check(fits)).isEmpty();

        Submission over = new Submission(dossier, call, eligibleAction, SizeClass.SMALL, atTheCeiling, MANDATORY,
                MANDATORY, NOW);
        assertThat(SubmissionRules.check(over)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("deMinimis");
            assertThat(v.message()).contains("reach 300000.01 EUR", "2023-06-16: 250000.01 EUR",
                    "requested: 50000.00 EUR", "ceiling of 300000.00 EUR");
        });

        Submission gber = new Submission(dossier, call(AidRegime.GBER), eligibleAction, SizeClass.SMALL,
                atTheCeiling, MANDATORY, MANDATORY, NOW);
        assertThat(SubmissionRules.check(gber)).isEmpty();
    }

    @Test
    void deMinimisAtExactlyTheCeilingPasses() {
        Dossier dossier = dossier(content(FIFTY_THOUSAND, "50000.00"));
        Submission exactly = new Submission(dossier, call(AidRegime.DE_MINIMIS), eligibleAction, SizeClass.SMALL,
                List.of(new PriorAid(LocalDate.of(2026, 1, 1), Money.eur("250000.00"), "A")), MANDATORY,
                MANDATORY, NOW);
        assertThat(SubmissionRules.check(exactly)).isEmpty();
        Submission oneCentOver = new Submission(dossier, call(AidRegime.DE_MINIMIS), eligibleAction,
                SizeClass.SMALL, List.of(new PriorAid(LocalDate.of(2026, 1, 1), Money.eur("250000.01"), "A")),
                MANDATORY, MANDATORY, NOW);
        assertThat(fields(SubmissionRules.check(oneCentOver))).containsExactly("deMinimis");
    }

    @Test
    void theAidIntensityStaysWithinTheCallsMaximumForTheSizeClass() {
        // 50,000.01 of aid for 100,000.00 of eligible cost under a 50 % cap: one cent too much.
        DossierDraft oneCentOver = content(Map.of(Instrument.GRANT, Money.eur("40000.01"),
                Instrument.REPAYABLE_ADVANCE, Money.eur("10000.00")), "49999.99");
        assertThat(SubmissionRules.check(submission(dossier(oneCentOver), call(AidRegime.GBER)))).singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("aidIntensity");
                    assertThat(v.message()).contains("50.00 %", "SMALL");
                });

        Submission large = new Submission(dossier(content(FIFTY_THOUSAND, "50000.00")), call(AidRegime.GBER),
                eligibleAction, SizeClass.LARGE, List.of(), MANDATORY, MANDATORY, NOW);
        assertThat(SubmissionRules.check(large)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("aidIntensity");
            assertThat(v.message()).contains("LARGE");
        });
    }

    @Test
    void aCallThatSetsNoIntensityCapsNone() {
        // 90 % of the eligible cost as aid: refused under the 50 % cap, accepted by a call with no caps at all.
        DossierDraft allAid = content(Map.of(Instrument.GRANT, Money.eur("90000.00")), "10000.00");
        assertThat(fields(SubmissionRules.check(submission(dossier(allAid), call(AidRegime.GBER)))))
                .contains("aidIntensity");
        CallForProjects uncapped = call(AidRegime.GBER);
        uncapped.capIntensities(Map.of());
        assertThat(fields(SubmissionRules.check(submission(dossier(allAid), uncapped))))
                .doesNotContain("aidIntensity");
    }

    @Test
    void aSubmittedDossierIsComplete() {
        DossierDraft incomplete = new DossierDraft("Hydrogen hub", null, null, null, FIFTY_THOUSAND, null, null,
                null, null);
        CallForProjects call = call(AidRegime.GBER);
        assertThat(fields(SubmissionRules.check(submission(dossier(incomplete), call))))
                .contains("summary", "startDate", "endDate", "budgetLines", "financingPlan");

        DossierDraft lateMilestone = new DossierDraft("Hydrogen hub", "s", LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 12, 31), FIFTY_THOUSAND, content(FIFTY_THOUSAND, "50000.00").budgetLines(),
                content(FIFTY_THOUSAND, "50000.00").cofinancing(), null,
                List.of(new MilestoneItem("Late", LocalDate.of(2027, 1, 1))));
        assertThat(fields(SubmissionRules.check(submission(dossier(lateMilestone), call))))
                .containsExactly("milestones[0].dueDate");
    }

    @Test
    void everyRuleBrokenAtOnceIsReportedAtOnce() {
        DossierDraft bad = content(Map.of(Instrument.EQUITY, Money.eur("600000.00")), "1.00");
        Submission everything = new Submission(dossier(bad), call(AidRegime.DE_MINIMIS), otherAction,
                SizeClass.SMALL, List.of(), Set.of(), MANDATORY, Instant.parse("2025-12-31T22:59:59Z"));

        assertThat(fields(SubmissionRules.check(everything))).containsExactlyInAnyOrder("financingPlan",
                "requested", "requested", "call", "action", "documents", "deMinimis", "aidIntensity");
    }
}

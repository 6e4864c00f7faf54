package org.levier.dossier.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.levier.dossier.entity.DossierDraft.BudgetItem;
import org.levier.dossier.entity.DossierDraft.CofinancingItem;
import org.levier.dossier.entity.DossierDraft.MilestoneItem;
import org.levier.dossier.entity.DossierDraft.TargetItem;
import org.levier.shared.control.Forbidden;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

class DossierTest {

    static final Set<String> CATALOGUE = Set.of("CO2_AVOIDED", "JOBS_CREATED");
    static final long ORGANISATION = 7;
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    /** 100,000.00 of costs = 40,000.00 grant + 10,000.00 advance + 50,000.00 co-financing. */
    static DossierDraft balancedDraft() {
        return new DossierDraft("Hydrogen hub", "Turning CO2 into fuel.", LocalDate.of(2026, 4, 1),
                LocalDate.of(2028, 3, 31),
                Map.of(Instrument.GRANT, Money.eur("40000.00"), Instrument.REPAYABLE_ADVANCE, Money.eur("10000.00")),
                List.of(new BudgetItem(BudgetCategory.EQUIPMENT, "Electrolyser", Money.eur("70000.00")),
                        new BudgetItem(BudgetCategory.PERSONNEL, "Engineers", Money.eur("30000.00"))),
                List.of(new CofinancingItem(SourceType.OWN_FUNDS, "Applicant", Money.eur("20000.00"),
                                CofinancingStatus.COMMITTED),
                        new CofinancingItem(SourceType.REGION, "Hauts-de-France", Money.eur("30000.00"),
                                CofinancingStatus.APPLIED)),
                List.of(new TargetItem("CO2_AVOIDED", new BigDecimal("1200.5"))),
                List.of(new MilestoneItem("Electrolyser installed", LocalDate.of(2027, 1, 31))));
    }

    static Dossier draft(DossierDraft content) {
        return Dossier.draft(1, 2, 3, ORGANISATION, "applicant1@levier.example", content, CATALOGUE, NOW);
    }

    @Test
    void aDraftHoldsWhatTheApplicantWroteAndItsCreation() {
        Dossier dossier = draft(balancedDraft());

        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.DRAFT);
        assertThat(dossier.reference()).isEmpty();
        assertThat(dossier.getBudgetLines()).extracting(BudgetLine::getPosition).containsExactly(0, 1);
        assertThat(dossier.getBudgetLines()).allSatisfy(l -> assertThat(l.eligible()).isEmpty());
        assertThat(dossier.totalCost()).isEqualTo(Money.eur("100000.00"));
        assertThat(dossier.requestedTotal()).isEqualTo(Money.eur("50000.00"));
        assertThat(dossier.getRequested(Instrument.EQUITY)).isEqualTo(Money.ZERO);
        assertThat(dossier.cofinancingTotal()).isEqualTo(Money.eur("50000.00"));
        assertThat(dossier.financingGap()).isEqualTo(Money.ZERO);
        assertThat(dossier.isBalanced()).isTrue();
        assertThat(dossier.getTransitions()).singleElement().satisfies(t -> {
            assertThat(t.from()).isEmpty();
            assertThat(t.getToStatus()).isEqualTo(DossierStatus.DRAFT);
            assertThat(t.getActor()).isEqualTo("applicant1@levier.example");
        });
    }

    @Test
    void everyMistakeOfADraftIsReportedAtOnce() {
        DossierDraft bad = new DossierDraft("  H ", "x".repeat(Dossier.SUMMARY_MAX + 1), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 1), Map.of(Instrument.GRANT, Money.eur("-1.00")),
                List.of(new BudgetItem(BudgetCategory.WORKS, "Roof", Money.eur("0.00")),
                        new BudgetItem(null, " ", null)),
                List.of(new CofinancingItem(SourceType.BANK_LOAN, "Bank", Money.eur("-5.00"), null)),
                List.of(new TargetItem("UNKNOWN", new BigDecimal("1")),
                        new TargetItem("JOBS_CREATED", new BigDecimal("0.00001"))),
                List.of(new MilestoneItem("", null)));

        assertThatThrownBy(() -> draft(bad)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.key()).isEqualTo("dossier.invalid");
            assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                    "title", "summary", "endDate", "requested.GRANT",
                    "budgetLines[0].amount", "budgetLines[1].category", "budgetLines[1].label",
                    "budgetLines[1].amount", "cofinancing[0].amount", "cofinancing[0].status",
                    "impactTargets[0].indicator", "impactTargets[1].target",
                    "milestones[0].title", "milestones[0].dueDate");
        });
    }

    @Test
    void aDraftMayBeSavedBeforeItsAmountsButNotWithOnlyZeros() {
        Dossier early = draft(DossierDraft.described("Hydrogen hub", null, null, null));
        assertThat(early.requestedTotal()).isEqualTo(Money.ZERO);

        DossierDraft zeros = new DossierDraft("Hydrogen hub", null, null, null,
                Map.of(Instrument.GRANT, Money.ZERO, Instrument.EQUITY, Money.ZERO), null, null, null, null);
        assertThatThrownBy(() -> draft(zeros)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("requested"));
    }

    @Test
    void linesAreBoundedInNumberAndTotal() {
        List<BudgetItem> tooMany = Collections.nCopies(Dossier.MAX_BUDGET_LINES + 1,
                new BudgetItem(BudgetCategory.OTHER, "line", Money.eur("1.00")));
        Dossier dossier = draft(balancedDraft());
        assertThatThrownBy(() -> dossier.replaceBudget(tooMany, NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("budgetLines"));

        List<BudgetItem> huge = List.of(new BudgetItem(BudgetCategory.WORKS, "a", Money.eur(Money.MAX)),
                new BudgetItem(BudgetCategory.WORKS, "b", Money.eur("0.01")));
        assertThatThrownBy(() -> dossier.replaceBudget(huge, NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.violations()).extracting(Violation::message)
                        .singleElement().asString().contains("total cost"));
        assertThat(dossier.totalCost()).isEqualTo(Money.eur("100000.00"));
    }

    @Test
    void onlyTheOwnerOrganisationEditsItsDraft() {
        Dossier dossier = draft(balancedDraft());
        assertThatThrownBy(() -> dossier.editDraft(ORGANISATION + 1, balancedDraft(), CATALOGUE, NOW))
                .isInstanceOf(NotFound.class);

        DossierDraft renamed = DossierDraft.described("Hydrogen hub, phase 2", null, null, null);
        dossier.editDraft(ORGANISATION, renamed, CATALOGUE, NOW.plusSeconds(60));
        assertThat(dossier.getTitle()).isEqualTo("Hydrogen hub, phase 2");
        assertThat(dossier.getBudgetLines()).isEmpty();
        assertThat(dossier.getUpdatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void submissionGivesTheReferenceAndFreezesTheApplicantsContent() {
        Dossier dossier = draft(balancedDraft());
        Instant at = NOW.plusSeconds(3600);

        DossierTransition submitted = dossier.submit("TI-DK-2026-0001", at, "applicant1@levier.example");

        assertThat(submitted.from()).contains(DossierStatus.DRAFT);
        assertThat(submitted.actorRole()).contains("APPLICANT");
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.reference()).contains("TI-DK-2026-0001");
        assertThat(dossier.submittedAt()).contains(at);
        List<Runnable> edits = List.of(
                () -> dossier.editDraft(ORGANISATION, balancedDraft(), CATALOGUE, at),
                () -> dossier.replaceBudget(List.of(), at),
                () -> dossier.replaceCofinancing(List.of(), at),
                () -> dossier.setRequested(Instrument.GRANT, Money.eur("1.00"), at),
                () -> dossier.replaceImpactTargets(List.of(), CATALOGUE, at),
                () -> dossier.replaceMilestones(List.of(), at));
        for (Runnable edit : edits) {
            assertThatThrownBy(edit::run).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.key()).isEqualTo("dossier.readonly"));
        }
        assertThat(dossier.totalCost()).isEqualTo(Money.eur("100000.00"));
        assertThatThrownBy(() -> dossier.submit("TI-DK-2026-0002", at, "applicant1@levier.example"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("dossier.transition.illegal"))
                .hasMessage("SUBMITTED → SUBMITTED is not a move of the dossier lifecycle");
        assertThat(dossier.reference()).contains("TI-DK-2026-0001");
    }

    @Test
    void aDraftIsSubmittedOnlyThroughSubmit() {
        Dossier dossier = draft(balancedDraft());
        assertThatThrownBy(() -> dossier.moveTo(DossierStatus.SUBMITTED, Role.APPLICANT, "a@b.example", null, NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("dossier.submission.required"));
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.DRAFT);
    }

    @Test
    void theFundMovesTheDossierAlongTheLifecycleEachMoveRecorded() {
        Dossier dossier = draft(balancedDraft());
        dossier.submit("TI-DK-2026-0001", NOW, "applicant1@levier.example");

        dossier.moveTo(DossierStatus.ELIGIBILITY_REVIEW, Role.ANALYST, "analyst@levier.example", null, NOW);
        dossier.moveTo(DossierStatus.DUE_DILIGENCE, Role.ANALYST, "analyst@levier.example", " eligible ", NOW);
        dossier.moveTo(DossierStatus.COMMITTEE, Role.ANALYST, "analyst@levier.example", null, NOW);
        assertThatThrownBy(() -> dossier.moveTo(DossierStatus.APPROVED, Role.ANALYST, "analyst@levier.example",
                null, NOW)).isInstanceOf(Forbidden.class).hasMessageContaining("COMMITTEE → APPROVED");
        assertThatThrownBy(() -> dossier.moveTo(DossierStatus.REJECTED, Role.FUND_DIRECTOR,
                "director1@levier.example", "  ", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("dossier.transition.reason-required"));
        dossier.moveTo(DossierStatus.DUE_DILIGENCE, Role.FUND_DIRECTOR, "director1@levier.example",
                "Deferred: bank letter missing", NOW);
        dossier.moveTo(DossierStatus.COMMITTEE, Role.ANALYST, "analyst@levier.example", null, NOW);
        dossier.moveTo(DossierStatus.APPROVED, Role.FUND_DIRECTOR, "director1@levier.example", null, NOW);
        dossier.moveTo(DossierStatus.AGREEMENT_SIGNED, Role.FUND_DIRECTOR, "director1@levier.example", null, NOW);
        assertThatThrownBy(() -> dossier.moveTo(DossierStatus.IN_EXECUTION, Role.FUND_DIRECTOR,
                "director1@levier.example", null, NOW)).isInstanceOf(Forbidden.class);
        dossier.startExecution("first disbursement paid", NOW);
        dossier.moveTo(DossierStatus.COMPLETED, Role.FUND_DIRECTOR, "director1@levier.example", null, NOW);

        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.COMPLETED);
        assertThat(dossier.getTransitions()).extracting(DossierTransition::getToStatus).containsExactly(
                DossierStatus.DRAFT, DossierStatus.SUBMITTED, DossierStatus.ELIGIBILITY_REVIEW,
                DossierStatus.DUE_DILIGENCE, DossierStatus.COMMITTEE, DossierStatus.DUE_DILIGENCE,
                DossierStatus.COMMITTEE, DossierStatus.APPROVED, DossierStatus.AGREEMENT_SIGNED,
                DossierStatus.IN_EXECUTION, DossierStatus.COMPLETED);
        assertThat(dossier.getTransitions().get(3).reason()).contains("eligible");
        assertThat(dossier.getTransitions().get(5).reason()).contains("Deferred: bank letter missing");
        assertThat(dossier.getTransitions().get(9).getActor()).isEqualTo(Dossier.SYSTEM_ACTOR);
        assertThat(dossier.getTransitions().get(9).actorRole()).isEmpty();
    }

    @Test
    void theApplicantWithdrawsUpToTheCommitteeOnly() {
        Dossier dossier = draft(balancedDraft());
        assertThatThrownBy(() -> dossier.withdraw(ORGANISATION + 1, "intruder@x.example", null, NOW))
                .isInstanceOf(NotFound.class);
        DossierTransition withdrawn = dossier.withdraw(ORGANISATION, "applicant1@levier.example", "Project dropped",
                NOW);
        assertThat(withdrawn.from()).contains(DossierStatus.DRAFT);
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThatThrownBy(() -> dossier.withdraw(ORGANISATION, "applicant1@levier.example", null, NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("dossier.transition.illegal"));

        Dossier approved = draft(balancedDraft());
        approved.submit("TI-DK-2026-0002", NOW, "applicant1@levier.example");
        approved.moveTo(DossierStatus.ELIGIBILITY_REVIEW, Role.ANALYST, "analyst@levier.example", null, NOW);
        assertThatThrownBy(() -> approved.moveTo(DossierStatus.WITHDRAWN, Role.ANALYST, "analyst@levier.example",
                "staff may not withdraw", NOW)).isInstanceOf(Forbidden.class);
    }

    @Test
    void aDossierReturnedForCompletionIsCorrectedAndResubmittedUnderItsReference() {
        Dossier dossier = draft(balancedDraft());
        dossier.submit("TI-DK-2026-0001", NOW, "applicant1@levier.example");
        assertThatThrownBy(() -> dossier.moveTo(DossierStatus.RETURNED_FOR_COMPLETION, Role.ANALYST,
                "analyst@levier.example", "fix it", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("dossier.completion.required"));
        assertThatThrownBy(() -> dossier.returnForCompletion(Role.APPLICANT, "applicant1@levier.example", "fix",
                NOW)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> dossier.returnForCompletion(Role.ANALYST, "analyst@levier.example", " ", NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("dossier.transition.reason-required"));

        dossier.returnForCompletion(Role.ANALYST, "analyst@levier.example", "- The summary is too short", NOW);

        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.RETURNED_FOR_COMPLETION);
        DossierDraft corrected = new DossierDraft("Hydrogen hub", "Turning CO2 into fuel, in detail.",
                LocalDate.of(2026, 4, 1), LocalDate.of(2028, 3, 31), Map.of(Instrument.GRANT, Money.eur("40000.00"),
                Instrument.REPAYABLE_ADVANCE, Money.eur("10000.00")), balancedDraft().budgetLines(),
                List.of(new CofinancingItem(SourceType.OWN_FUNDS, "Applicant SA", Money.eur("20000.00"),
                                CofinancingStatus.COMMITTED),
                        new CofinancingItem(SourceType.REGION, "Hauts-de-France", Money.eur("30000.00"),
                                CofinancingStatus.APPLIED)),
                balancedDraft().impactTargets(), balancedDraft().milestones());
        CofinancingLine followed = dossier.getCofinancing().getFirst();
        dossier.editDraft(ORGANISATION, corrected, CATALOGUE, NOW);
        assertThat(dossier.getSummary()).isEqualTo("Turning CO2 into fuel, in detail.");
        assertThat(dossier.getCofinancing().getFirst()).isSameAs(followed);
        assertThat(followed.getFunder()).isEqualTo("Applicant SA");
        assertThatThrownBy(() -> dossier.replaceCofinancing(List.of(corrected.cofinancing().getFirst()), NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("cofinancing"));
        assertThatThrownBy(() -> dossier.moveTo(DossierStatus.SUBMITTED, Role.APPLICANT,
                "applicant1@levier.example", null, NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("dossier.submission.required"));
        assertThatThrownBy(() -> dossier.resubmit(ORGANISATION + 1, "intruder@x.example", NOW))
                .isInstanceOf(NotFound.class);

        DossierTransition resubmitted = dossier.resubmit(ORGANISATION, "applicant1@levier.example",
                NOW.plusSeconds(60));

        assertThat(resubmitted.from()).contains(DossierStatus.RETURNED_FOR_COMPLETION);
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.reference()).contains("TI-DK-2026-0001");
        assertThat(dossier.submittedAt()).contains(NOW);
        assertThat(dossier.getTransitions()).extracting(DossierTransition::getToStatus).containsExactly(
                DossierStatus.DRAFT, DossierStatus.SUBMITTED, DossierStatus.RETURNED_FOR_COMPLETION,
                DossierStatus.SUBMITTED);
        assertThat(dossier.getTransitions().get(2).reason()).contains("- The summary is too short");
        assertThatThrownBy(() -> dossier.editDraft(ORGANISATION, corrected, CATALOGUE, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.key()).isEqualTo("dossier.readonly"));
        assertThatThrownBy(() -> dossier.resubmit(ORGANISATION, "applicant1@levier.example", NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("dossier.transition.illegal"));
    }

    @Test
    void aRequestForCompletionListsWhatToFixByADateAfterToday() {
        LocalDate today = CompletionRequest.fundDate(NOW);
        assertThatThrownBy(() -> CompletionRequest.ask(1, DossierStatus.SUBMITTED, List.of(" ", ""), today,
                "analyst@levier.example", Role.ANALYST, NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("fixes", "dueDate"));
        assertThatThrownBy(() -> CompletionRequest.ask(1, DossierStatus.SUBMITTED,
                Collections.nCopies(3, "x".repeat(900)), today.plusDays(1), "analyst@levier.example", Role.ANALYST,
                NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.violations()).extracting(Violation::message)
                        .containsExactly("at most 2000 characters in all"));

        CompletionRequest request = CompletionRequest.ask(1, DossierStatus.ELIGIBILITY_REVIEW,
                List.of(" Budget: detail the works ", "", "Upload the signed statutes"), today.plusDays(10),
                "analyst@levier.example", Role.ANALYST, NOW);

        assertThat(request.getItems()).containsExactly("Budget: detail the works", "Upload the signed statutes");
        assertThat(request.asText()).isEqualTo("- Budget: detail the works\n- Upload the signed statutes");
        assertThat(request.isOverdue(NOW.plus(java.time.Duration.ofDays(10)))).isFalse();
        assertThat(request.isOverdue(NOW.plus(java.time.Duration.ofDays(11)))).isTrue();
        request.resubmitted("applicant1@levier.example", NOW);
        assertThat(request.getStatus()).isEqualTo(CompletionRequest.Status.RESUBMITTED);
        assertThat(request.isOverdue(NOW.plus(java.time.Duration.ofDays(11)))).isFalse();
        assertThatThrownBy(request::close).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("dossier.completion.not-open"));
    }

    @Test
    void aReasonIsBounded() {
        Dossier dossier = draft(balancedDraft());
        assertThatThrownBy(() -> dossier.withdraw(ORGANISATION, "applicant1@levier.example",
                "x".repeat(Dossier.REASON_MAX + 1), NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("reason"));
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.DRAFT);
    }

    @Test
    void aLineMarkedIneligibleLeavesTheEligibleCost() {
        Dossier dossier = draft(balancedDraft());
        assertThat(dossier.eligibleCost()).isEqualTo(Money.eur("100000.00"));
        List<BudgetItem> lines = new ArrayList<>(balancedDraft().budgetLines());
        lines.add(new BudgetItem(BudgetCategory.OTHER, "Contingency", Money.eur("0.01")));
        dossier.replaceBudget(lines, NOW);
        assertThat(dossier.financingGap()).isEqualTo(Money.eur("-0.01"));
        assertThat(dossier.isBalanced()).isFalse();
    }
}

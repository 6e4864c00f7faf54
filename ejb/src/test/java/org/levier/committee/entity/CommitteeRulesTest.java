package org.levier.committee.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/** Votes, recusal and the rules of a decision, on the entities alone. */
class CommitteeRulesTest {

    static final Instant NOW = Instant.parse("2026-06-15T09:00:00Z");
    static final long DOSSIER = 42;
    static final Map<Instrument, Money> REQUESTED = requested("400000.00", "100000.00", "0.00");

    CommitteeSession session;
    AgendaItem item;

    static Map<Instrument, Money> requested(String grant, String advance, String equity) {
        Map<Instrument, Money> m = new EnumMap<>(Instrument.class);
        m.put(Instrument.GRANT, Money.eur(grant));
        m.put(Instrument.REPAYABLE_ADVANCE, Money.eur(advance));
        m.put(Instrument.EQUITY, Money.eur(equity));
        return m;
    }

    @BeforeEach
    void sessionWithThreeMembers() throws Exception {
        session = CommitteeSession.plan("June committee", LocalDate.of(2026, 6, 15),
                Set.of("Member1@levier.example ", "member2@levier.example", "member3@levier.example"),
                "director1@levier.example", NOW);
        Field id = CommitteeSession.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(session, 7L);
        item = session.schedule(DOSSIER, "director1@levier.example", NOW);
        session.open(NOW);
    }

    Tally tally() {
        return item.tally(session.memberEmails(), session.attendingEmails());
    }

    Decision decide(DecisionRequest request) {
        return item.decide(request, REQUESTED, tally(), "director1@levier.example", NOW);
    }

    static DecisionRequest approve(Map<Instrument, Money> amounts, String... conditions) {
        return new DecisionRequest(DecisionOutcome.APPROVED, amounts, List.of(conditions), null);
    }

    @Test
    void membersAreNormalisedAndPlanningChecksEverythingAtOnce() {
        assertThat(session.memberEmails()).containsExactly("member1@levier.example", "member2@levier.example",
                "member3@levier.example");
        assertThat(session.isMember(" MEMBER1@levier.example")).isTrue();
        assertThatThrownBy(() -> CommitteeSession.plan("x", null, Set.of(), "d", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("committee.session.invalid");
                    assertThat(e.violations()).extracting(RuleViolation.Violation::field)
                            .containsExactly("title", "heldOn", "members");
                });
    }

    @Test
    void aMemberVotesOnceAndMayChangeItsVoteUntilTheDecision() {
        assertThat(item.vote("member1@levier.example", VoteChoice.AGAINST, NOW)).isEmpty();
        assertThat(item.vote("member1@levier.example", VoteChoice.FOR, NOW)).contains(VoteChoice.AGAINST);

        assertThat(item.getVotes()).hasSize(1);
        assertThat(item.votesByMember()).containsEntry("member1@levier.example", VoteChoice.FOR);
    }

    @Test
    void aConflictedMemberCannotVoteAndItsEarlierVoteIsAnnulled() {
        item.vote("member2@levier.example", VoteChoice.FOR, NOW);

        Optional<VoteChoice> annulled = item.declareConflict("member2@levier.example", "Shareholder", NOW);

        assertThat(annulled).contains(VoteChoice.FOR);
        assertThat(item.getVotes()).isEmpty();
        assertThatThrownBy(() -> item.vote("member2@levier.example", VoteChoice.FOR, NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("committee.vote.conflicted"));
        assertThatThrownBy(() -> item.declareConflict("member2@levier.example", null, NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("committee.conflict.exists"));
    }

    @Test
    void anApprovalWithinTheRequestWithQuorumAndMajorityIsRecordedWithItsTally() {
        item.vote("member1@levier.example", VoteChoice.FOR, NOW);
        item.vote("member2@levier.example", VoteChoice.FOR, NOW);
        item.vote("member3@levier.example", VoteChoice.AGAINST, NOW);

        Decision decision = decide(approve(Map.of(Instrument.GRANT, Money.eur("400000.00"),
                Instrument.REPAYABLE_ADVANCE, Money.eur("50000.00")), " Building permit obtained "));

        assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.APPROVED);
        assertThat(decision.approvedAmounts()).containsEntry(Instrument.GRANT, Money.eur("400000.00"))
                .containsEntry(Instrument.REPAYABLE_ADVANCE, Money.eur("50000.00"))
                .containsEntry(Instrument.EQUITY, Money.ZERO);
        assertThat(decision.approvedTotal()).isEqualTo(Money.eur("450000.00"));
        assertThat(decision.getConditions()).containsExactly("Building permit obtained");
        assertThat(decision.getSessionId()).isEqualTo(7L);
        assertThat(decision.getDossierId()).isEqualTo(DOSSIER);
        assertThat(decision.getVotesFor()).isEqualTo(2);
        assertThat(decision.getMembersPresent()).isEqualTo(3);
        assertThat(item.decision()).contains(decision);
    }

    @Test
    void anAmountAboveTheRequestIsRefusedNamingTheInstrument() {
        everyoneVotes(VoteChoice.FOR);

        assertThatThrownBy(() -> decide(approve(Map.of(Instrument.GRANT, Money.eur("400000.01"),
                Instrument.EQUITY, Money.eur("1.00")))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("committee.decision.above-requested");
                    assertThat(e.getMessage()).contains("GRANT").contains("400000.01").contains("EQUITY");
                    assertThat(e.violations()).extracting(RuleViolation.Violation::field)
                            .containsExactly("approved.GRANT", "approved.EQUITY");
                });
        assertThat(item.decision()).isEmpty();
    }

    @Test
    void exactlyTheRequestedAmountIsAllowed() {
        everyoneVotes(VoteChoice.FOR);

        assertThat(decide(approve(REQUESTED)).approvedTotal()).isEqualTo(Money.eur("500000.00"));
    }

    @Test
    void aRecordedDecisionIsFinal() {
        everyoneVotes(VoteChoice.FOR);
        decide(approve(Map.of(Instrument.GRANT, Money.eur("1000.00"))));

        assertThatThrownBy(() -> decide(new DecisionRequest(DecisionOutcome.REJECTED, null, null, "No")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("committee.decision.exists"));
        assertThatThrownBy(() -> item.vote("member1@levier.example", VoteChoice.AGAINST, NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("committee.item.decided"));
    }

    @Test
    void noDecisionWithoutQuorum() {
        item.vote("member1@levier.example", VoteChoice.FOR, NOW); // 1 present of 3: 2 needed

        assertThatThrownBy(() -> decide(new DecisionRequest(DecisionOutcome.DEFERRED, null, null, "More data")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("committee.decision.no-quorum"));
    }

    @Test
    void recusalsCountOutOfTheQuorum() {
        item.declareConflict("member2@levier.example", null, NOW);
        item.declareConflict("member3@levier.example", null, NOW);
        item.vote("member1@levier.example", VoteChoice.FOR, NOW); // 1 present of 1 eligible

        assertThat(decide(approve(Map.of(Instrument.GRANT, Money.eur("1.00")))).getMembersEligible()).isEqualTo(1);
    }

    @Test
    void anApprovalNeedsAMajorityForAndARejectionMustNotOverruleOne() {
        item.vote("member1@levier.example", VoteChoice.FOR, NOW);
        item.vote("member2@levier.example", VoteChoice.ABSTAIN, NOW);

        assertThatThrownBy(() -> decide(approve(Map.of(Instrument.GRANT, Money.eur("1.00")))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("committee.decision.no-majority"));

        item.vote("member2@levier.example", VoteChoice.FOR, NOW);
        assertThatThrownBy(() -> decide(new DecisionRequest(DecisionOutcome.REJECTED, null, null, "Too risky")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("committee.decision.against-vote"));
    }

    @Test
    void aRejectionOrDeferralIsExplainedAndHasNoAmounts() {
        everyoneVotes(VoteChoice.AGAINST);

        assertThatThrownBy(() -> decide(new DecisionRequest(DecisionOutcome.REJECTED,
                Map.of(Instrument.GRANT, Money.eur("5.00")), List.of("c"), " ")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("committee.decision.invalid");
                    assertThat(e.violations()).extracting(RuleViolation.Violation::field)
                            .containsExactly("reasons", "approved", "conditions");
                });
        Decision rejected = decide(new DecisionRequest(DecisionOutcome.REJECTED, null, null, "Market too small"));
        assertThat(rejected.approvedAmounts()).isEmpty();
        assertThat(rejected.reasons()).contains("Market too small");
    }

    @Test
    void anApprovalNeedsAPositiveAmount() {
        everyoneVotes(VoteChoice.FOR);

        assertThatThrownBy(() -> decide(approve(Map.of(Instrument.GRANT, Money.ZERO))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("committee.decision.invalid"));
    }

    @Test
    void sessionsMoveFromPlannedToOpenToClosedAndClosedSessionsTakeNothing() {
        session.close(NOW);

        assertThatThrownBy(() -> session.requireOpen()).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("committee.session.not-open"));
        assertThatThrownBy(() -> session.schedule(43, "d", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("committee.session.closed"));
        assertThatThrownBy(() -> session.open(NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("committee.session.transition"));
        assertThatThrownBy(() -> session.changeMembers(Set.of("a@b.c"))).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.key()).isEqualTo("committee.session.not-planned"));
    }

    @Test
    void aDossierIsOnceOnAnAgenda() {
        assertThatThrownBy(() -> session.schedule(DOSSIER, "d", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("committee.agenda.duplicate"));
    }

    private void everyoneVotes(VoteChoice choice) {
        session.memberEmails().forEach(m -> item.vote(m, choice, NOW));
    }
}

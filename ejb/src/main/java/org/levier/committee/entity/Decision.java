package org.levier.committee.entity;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.levier.shared.control.FundingAmounts;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * The committee's decision on one agenda item: immutable once recorded (no method changes it; the database keeps
 * one per item and one approving decision per dossier). Holds the approved amounts per instrument and the
 * conditions precedent that the funding agreement reads, and a snapshot of the tally for the minutes.
 */
@Entity
@Table(name = "committee_decision")
public class Decision {

    public static final int REASONS_MAX = 2000;
    public static final int CONDITION_MAX = 2000;
    public static final int MAX_CONDITIONS = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", updatable = false)
    private AgendaItem item;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private long dossierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private DecisionOutcome outcome;

    /** The dossier's id for an approval, null otherwise: its unique key allows one approval per dossier. */
    @Column(name = "approved_dossier_id", updatable = false)
    private Long approvedDossierId;

    @Column(name = "approved_grant", updatable = false)
    private Money approvedGrant;

    @Column(name = "approved_advance", updatable = false)
    private Money approvedAdvance;

    @Column(name = "approved_equity", updatable = false)
    private Money approvedEquity;

    @ElementCollection
    @CollectionTable(name = "committee_decision_condition", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    @Column(name = "condition_text", nullable = false, length = CONDITION_MAX)
    private List<String> conditions = new ArrayList<>();

    @Column(updatable = false)
    private String reasons;

    @Column(name = "members_eligible", nullable = false, updatable = false)
    private int membersEligible;

    @Column(name = "members_present", nullable = false, updatable = false)
    private int membersPresent;

    @Column(name = "votes_for", nullable = false, updatable = false)
    private int votesFor;

    @Column(name = "votes_against", nullable = false, updatable = false)
    private int votesAgainst;

    @Column(name = "votes_abstain", nullable = false, updatable = false)
    private int votesAbstain;

    @Column(name = "decided_by", nullable = false, length = 254, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    /** An approval recorded subject to funds: it reserves nothing until a director confirms the funds. */
    @Column(name = "subject_to_funds", nullable = false, updatable = false)
    private boolean subjectToFunds;

    @Column(name = "funds_confirmed_by", length = 254)
    private String fundsConfirmedBy;

    @Column(name = "funds_confirmed_at")
    private Instant fundsConfirmedAt;

    protected Decision() {
    }

    /**
     * Checks a proposed decision against the dossier's request and the item's tally, in this order.
     *
     * @throws RuleViolation {@code committee.decision.invalid} (every violation of its shape: outcome, amounts of an
     *                       approval, conditions, reasons of a rejection or deferral);
     *                       {@code committee.decision.above-requested} naming each instrument above the request;
     *                       {@code committee.decision.no-quorum}; {@code committee.decision.no-majority} (an
     *                       approval without a majority for); {@code committee.decision.against-vote} (a rejection
     *                       of what a majority voted for)
     */
    static Decision record(AgendaItem item, DecisionRequest request, Map<Instrument, Money> requested, Tally tally,
                           String director, Instant now) {
        List<Violation> v = new ArrayList<>();
        String why = request.reasons() == null || request.reasons().isBlank() ? null : request.reasons().strip();
        if (request.outcome() == null) {
            v.add(new Violation("outcome", "APPROVED, REJECTED or DEFERRED"));
        } else if (request.outcome() == DecisionOutcome.APPROVED) {
            v.addAll(FundingAmounts.checkShape(request.approved(), "approved"));
            v.addAll(checkConditions(request.conditions()));
        } else {
            if (why == null) {
                v.add(new Violation("reasons", "a " + request.outcome().name().toLowerCase(java.util.Locale.ROOT)
                        + " is explained to the applicant"));
            }
            if (request.approved().values().stream().anyMatch(m -> m != null && m.isPositive())) {
                v.add(new Violation("approved", "only an approval has amounts"));
            }
            if (!request.conditions().isEmpty()) {
                v.add(new Violation("conditions", "only an approval has conditions precedent"));
            }
            if (request.subjectToFunds()) {
                v.add(new Violation("subjectToFunds", "only an approval is recorded subject to funds"));
            }
        }
        if (why != null && why.length() > REASONS_MAX) {
            v.add(new Violation("reasons", "at most " + REASONS_MAX + " characters"));
        }
        if (!v.isEmpty()) {
            throw new RuleViolation("committee.decision.invalid", "The decision is invalid: see violations", v);
        }
        boolean approval = request.outcome() == DecisionOutcome.APPROVED;
        Map<Instrument, Money> amounts = approval ? FundingAmounts.complete(request.approved()) : null;
        if (approval) {
            List<Violation> above = FundingAmounts.checkWithinRequested(amounts, requested, "approved");
            if (!above.isEmpty()) {
                throw new RuleViolation("committee.decision.above-requested", "The committee cannot approve more"
                        + " than requested: " + String.join("; ", above.stream().map(Violation::message).toList()),
                        above);
            }
        }
        if (!tally.quorumReached()) {
            throw new RuleViolation("committee.decision.no-quorum", "No quorum: " + tally.present()
                    + " eligible members present, " + tally.quorumRequired() + " needed (" + tally.eligible()
                    + " members without a conflict of interest)",
                    List.of(new Violation("quorum", tally.present() + " present of " + tally.quorumRequired()
                            + " needed")));
        }
        if (approval && !tally.majorityFor()) {
            throw new RuleViolation("committee.decision.no-majority", "No majority for approval: " + tally.votesFor()
                    + " for of " + tally.votesCast() + " votes cast",
                    List.of(new Violation("votes", tally.votesFor() + " for, " + tally.votesAgainst() + " against, "
                            + tally.abstentions() + " abstentions")));
        }
        if (request.outcome() == DecisionOutcome.REJECTED && tally.majorityFor()) {
            throw new RuleViolation("committee.decision.against-vote", "A majority voted for the dossier ("
                    + tally.votesFor() + " of " + tally.votesCast() + "): it cannot be rejected",
                    List.of(new Violation("outcome", "the vote approves the dossier")));
        }
        Decision decision = new Decision();
        decision.item = item;
        decision.sessionId = item.getSession().getId();
        decision.dossierId = item.getDossierId();
        decision.outcome = request.outcome();
        decision.approvedDossierId = approval ? item.getDossierId() : null;
        if (approval) {
            decision.approvedGrant = amounts.get(Instrument.GRANT);
            decision.approvedAdvance = amounts.get(Instrument.REPAYABLE_ADVANCE);
            decision.approvedEquity = amounts.get(Instrument.EQUITY);
            request.conditions().forEach(c -> decision.conditions.add(c.strip()));
        }
        decision.reasons = why;
        decision.membersEligible = tally.eligible();
        decision.membersPresent = tally.present();
        decision.votesFor = tally.votesFor();
        decision.votesAgainst = tally.votesAgainst();
        decision.votesAbstain = tally.abstentions();
        decision.decidedBy = director;
        decision.decidedAt = now;
        decision.subjectToFunds = approval && request.subjectToFunds();
        return decision;
    }

    /**
     * A director confirms that funds are available for an approval recorded subject to funds: from now on it
     * reserves its amounts (the caller has checked the room under the programme's lock). The original choice stays
     * recorded.
     *
     * @throws RuleViolation {@code committee.funds.not-subject} (not an approval subject to funds),
     *                       {@code committee.funds.confirmed} (already confirmed)
     */
    public void confirmFunds(String director, Instant now) {
        if (!subjectToFunds) {
            throw new RuleViolation("committee.funds.not-subject", "This decision is not an approval subject to"
                    + " funds: it has nothing to confirm");
        }
        if (fundsConfirmedAt != null) {
            throw new RuleViolation("committee.funds.confirmed", "The funds of this approval were confirmed by "
                    + fundsConfirmedBy + " at " + fundsConfirmedAt);
        }
        this.fundsConfirmedBy = director;
        this.fundsConfirmedAt = now;
    }

    private static List<Violation> checkConditions(List<String> texts) {
        List<Violation> v = new ArrayList<>();
        if (texts.size() > MAX_CONDITIONS) {
            v.add(new Violation("conditions", "at most " + MAX_CONDITIONS + " conditions precedent"));
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

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getDossierId() {
        return dossierId;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    /** The approved amounts, every instrument present; empty unless approved. */
    public Map<Instrument, Money> approvedAmounts() {
        if (outcome != DecisionOutcome.APPROVED) {
            return Map.of();
        }
        Map<Instrument, Money> amounts = new EnumMap<>(Instrument.class);
        amounts.put(Instrument.GRANT, approvedGrant);
        amounts.put(Instrument.REPAYABLE_ADVANCE, approvedAdvance);
        amounts.put(Instrument.EQUITY, approvedEquity);
        return amounts;
    }

    /** The approved total, all instruments together (zero unless approved). */
    public Money approvedTotal() {
        return approvedAmounts().values().stream().reduce(Money.ZERO, Money::plus);
    }

    /** The conditions precedent of an approval, in order. */
    public List<String> getConditions() {
        return Collections.unmodifiableList(conditions);
    }

    public Optional<String> reasons() {
        return Optional.ofNullable(reasons);
    }

    public int getMembersEligible() {
        return membersEligible;
    }

    public int getMembersPresent() {
        return membersPresent;
    }

    public int getVotesFor() {
        return votesFor;
    }

    public int getVotesAgainst() {
        return votesAgainst;
    }

    public int getVotesAbstain() {
        return votesAbstain;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** Recorded as approved subject to funds (stays true after the funds are confirmed). */
    public boolean isSubjectToFunds() {
        return subjectToFunds;
    }

    /** An approval that reserves its amounts: not subject to funds, or with its funds confirmed. */
    public boolean isReserving() {
        return outcome == DecisionOutcome.APPROVED && (!subjectToFunds || fundsConfirmedAt != null);
    }

    /** An approval subject to funds still waiting for them. */
    public boolean isAwaitingFunds() {
        return subjectToFunds && fundsConfirmedAt == null;
    }

    public Optional<String> fundsConfirmedBy() {
        return Optional.ofNullable(fundsConfirmedBy);
    }

    public Optional<Instant> fundsConfirmedAt() {
        return Optional.ofNullable(fundsConfirmedAt);
    }
}

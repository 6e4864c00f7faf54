package org.levier.agreement.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.levier.shared.control.BusinessDates;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * A funding agreement ("convention") of a dossier, signed by a fund director from the committee's decision.
 * Aggregate root of its tranches, conditions precedent and amendments; other components refer to it by id.
 *
 * <p>Lifecycle: {@link #sign} fixes the commitment per instrument (at most the committee's approved amount) and a
 * tranche schedule summing exactly to it per instrument; {@link #markConditionMet} records each condition
 * precedent as met with its evidence (no money moves before all are; {@link #withdrawConditionMet} takes it back
 * while no money depends on it); {@link #admit} decides whether a disbursement fits; {@link #amend} changes commitments and schedule, versioned and
 * justified, never below what is engaged (paid + approved + pending) per instrument and per tranche.
 *
 * <p>The rules that need other rows (envelopes of the programme and action, what disbursements engaged) are
 * computed by the use case under the lock of the programme row (signature, increase) or of this row (amendment,
 * disbursements), and passed in.
 *
 * <p>Size (~550 lines, above the ~400 rule): the aggregate root keeps every state change of its tranches, conditions
 * and commitment in one place (sign, amend, conditions, admit) because each reads and writes the same fields under
 * one lock; the stateless rules on terms live in {@link AgreementTermsRules}, and about a fifth of the class is
 * mapping and getters.
 */
@Entity
@Table(name = "agreement")
public class Agreement {

    public static final int REASON_MAX = 2000;
    public static final int MILESTONE_MAX = 300;
    public static final int CONDITIONS_MAX = 2000;
    public static final int MAX_TRANCHES = 100;
    public static final int MAX_CONDITIONS = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private long dossierId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "action_id", nullable = false, updatable = false)
    private long actionId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "signed_by", nullable = false, length = 254)
    private String signedBy;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "amendment_number", nullable = false)
    private int amendmentNumber;

    @Column(name = "committed_grant", nullable = false)
    private Money committedGrant = Money.ZERO;

    @Column(name = "committed_advance", nullable = false)
    private Money committedAdvance = Money.ZERO;

    @Column(name = "committed_equity", nullable = false)
    private Money committedEquity = Money.ZERO;

    @Column(name = "approved_grant", nullable = false)
    private Money approvedGrant = Money.ZERO;

    @Column(name = "approved_advance", nullable = false)
    private Money approvedAdvance = Money.ZERO;

    @Column(name = "approved_equity", nullable = false)
    private Money approvedEquity = Money.ZERO;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL)
    @OrderBy("position ASC, id ASC")
    private List<Tranche> tranches = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<ConditionPrecedent> conditions = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<Amendment> amendments = new ArrayList<>();

    protected Agreement() {
    }

    /**
     * Signs the agreement of an approved dossier.
     *
     * @throws RuleViolation {@code agreement.commitment.above-approved} (naming each instrument),
     *                       {@code agreement.commitment.empty}, {@code agreement.schedule.unbalanced} (naming each
     *                       instrument and the difference), {@code agreement.invalid} for the shape of the terms
     */
    public static Agreement sign(ApprovedDecision decision, long programmeId, long actionId, long organisationId,
                                 AgreementTerms terms, String signedBy, LocalDate today, Instant now) {
        Map<Instrument, Money> approved = decision.approvedByInstrument();
        Map<Instrument, Money> commitment = AgreementTermsRules.complete(terms.commitment() == null ? approved
                : terms.commitment());
        AgreementTermsRules.Problems problems = new AgreementTermsRules.Problems();
        if (terms.signedOn() == null) {
            problems.add("agreement.invalid", "signedOn", "the date of signature is required");
        } else {
            // The signature is a fact: not after today, and a possible date.
            BusinessDates.asOf(today).fact("signedOn", terms.signedOn()).violations()
                    .forEach(v -> problems.add("agreement.date.invalid", v.field(), v.message()));
        }
        AgreementTermsRules.checkCommitment(commitment, approved, problems);
        AgreementTermsRules.checkTrancheShapes(terms.tranches(), problems);
        List<String> texts = new ArrayList<>(decision.conditionsPrecedent());
        texts.addAll(terms.additionalConditions());
        texts.replaceAll(t -> t == null ? "" : t.strip());
        if (texts.size() > MAX_CONDITIONS) {
            problems.add("agreement.invalid", "conditions", "at most " + MAX_CONDITIONS + " conditions precedent");
        }
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).isEmpty() || texts.get(i).length() > ConditionPrecedent.DESCRIPTION_MAX) {
                problems.add("agreement.invalid", "conditions[" + i + "]",
                        "a condition is 1 to " + ConditionPrecedent.DESCRIPTION_MAX + " characters");
            }
        }
        if (problems.isEmpty()) {
            AgreementTermsRules.checkSums(commitment, terms.tranches(), problems);
        }
        problems.throwIfAny("The agreement cannot be signed");

        Agreement agreement = new Agreement();
        agreement.dossierId = decision.dossierId();
        agreement.programmeId = programmeId;
        agreement.actionId = actionId;
        agreement.organisationId = organisationId;
        agreement.signedOn = terms.signedOn();
        agreement.signedBy = requireText(signedBy, "signedBy");
        agreement.signedAt = now;
        agreement.updatedAt = now;
        agreement.approvedGrant = approved.get(Instrument.GRANT);
        agreement.approvedAdvance = approved.get(Instrument.REPAYABLE_ADVANCE);
        agreement.approvedEquity = approved.get(Instrument.EQUITY);
        agreement.setCommitted(commitment);
        for (TrancheTerms t : terms.tranches()) {
            agreement.tranches.add(new Tranche(agreement, agreement.tranches.size(), t));
        }
        for (String text : texts) {
            agreement.conditions.add(new ConditionPrecedent(agreement, agreement.conditions.size(), text));
        }
        return agreement;
    }

    /**
     * Amends the commitment and the schedule.
     *
     * @param engagedByInstrument what disbursements engaged per instrument (missing: nothing), read under this
     *                            agreement's lock
     * @param engagedByTranche    the same per tranche id
     * @throws RuleViolation {@code agreement.amendment.below-engaged} when a commitment or a tranche would fall below
     *                       what is paid + approved + pending on it, {@code agreement.amendment.tranche-engaged} when
     *                       a tranche with money engaged is left out, {@code agreement.commitment.above-approved},
     *                       {@code agreement.schedule.unbalanced}, {@code agreement.amendment.invalid}
     */
    public Amendment amend(AmendmentTerms terms, Map<Instrument, Engaged> engagedByInstrument,
                           Map<Long, Engaged> engagedByTranche, String amendedBy, Instant now) {
        AgreementTermsRules.Problems problems = new AgreementTermsRules.Problems();
        String reason = terms.reason() == null ? "" : terms.reason().strip();
        if (reason.isEmpty() || reason.length() > REASON_MAX) {
            problems.add("agreement.amendment.invalid", "reason",
                    "an amendment is justified in 1 to " + REASON_MAX + " characters");
        }
        Map<Instrument, Money> previous = committed();
        Map<Instrument, Money> commitment = new EnumMap<>(previous);
        commitment.putAll(terms.commitment());
        AgreementTermsRules.checkCommitment(commitment, approved(), problems);
        for (Instrument instrument : Instrument.values()) {
            Money engaged = engagedByInstrument.getOrDefault(instrument, Engaged.NONE).total();
            if (engaged.isGreaterThan(commitment.get(instrument))) {
                problems.add("agreement.amendment.below-engaged", "commitment." + instrument,
                        "the commitment of " + instrument + " cannot go below " + engaged.toPlainString()
                                + " already paid, approved or pending (asked " + commitment.get(instrument)
                                .toPlainString() + ")");
            }
        }
        AgreementTermsRules.checkTrancheShapes(terms.tranches(), problems);
        Map<Long, Tranche> live = tranches.stream().filter(t -> !t.isWithdrawn())
                .collect(Collectors.toMap(Tranche::getId, t -> t));
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < terms.tranches().size(); i++) {
            TrancheTerms t = terms.tranches().get(i);
            if (t.id() == null) {
                continue;
            }
            Tranche existing = live.get(t.id());
            if (existing == null || !kept.add(t.id())) {
                problems.add("agreement.amendment.invalid", "tranches[" + i + "].id",
                        "no live tranche " + t.id() + " in this agreement (or named twice)");
                continue;
            }
            if (t.instrument() != null && t.instrument() != existing.getInstrument()) {
                problems.add("agreement.amendment.invalid", "tranches[" + i + "].instrument",
                        "a tranche keeps its instrument (" + existing.getInstrument() + ")");
            }
            Money engaged = engagedByTranche.getOrDefault(t.id(), Engaged.NONE).total();
            if (t.amount() != null && engaged.isGreaterThan(t.amount())) {
                problems.add("agreement.amendment.below-engaged", "tranches[" + i + "].amount",
                        "tranche " + t.id() + " cannot go below " + engaged.toPlainString()
                                + " already paid, approved or pending");
            }
        }
        for (Tranche dropped : live.values()) {
            if (!kept.contains(dropped.getId())
                    && engagedByTranche.getOrDefault(dropped.getId(), Engaged.NONE).total().isPositive()) {
                problems.add("agreement.amendment.tranche-engaged", "tranches",
                        "tranche " + dropped.getId() + " (" + dropped.getMilestone() + ") has money engaged:"
                                + " it can be reduced, not withdrawn");
            }
        }
        List<TrancheTerms> resolved = terms.tranches().stream()
                .map(t -> t.id() != null && live.containsKey(t.id()) && t.instrument() == null
                        ? new TrancheTerms(t.id(), live.get(t.id()).getInstrument(), t.amount(), t.plannedOn(),
                        t.milestone(), t.conditions())
                        : t)
                .toList();
        if (problems.isEmpty()) {
            AgreementTermsRules.checkSums(commitment, resolved, problems);
        }
        problems.throwIfAny("The amendment is refused");

        int position = 0;
        for (TrancheTerms t : resolved) {
            if (t.id() == null) {
                tranches.add(new Tranche(this, position, t));
            } else {
                live.get(t.id()).apply(position, t);
            }
            position++;
        }
        for (Tranche dropped : live.values()) {
            if (!kept.contains(dropped.getId())) {
                dropped.withdraw();
            }
        }
        setCommitted(commitment);
        amendmentNumber++;
        updatedAt = now;
        Amendment amendment = new Amendment(this, amendmentNumber, reason, requireText(amendedBy, "amendedBy"), now,
                previous, committed(), describeSchedule(resolved));
        amendments.add(amendment);
        return amendment;
    }

    /**
     * Records a condition precedent as met, on a business date not after today, with the document of the dossier
     * that evidences it (the use case checks that the document is one of the dossier's).
     *
     * @throws NotFound when the agreement has no such condition
     * @throws RuleViolation {@code agreement.condition.already-met}, {@code agreement.condition.invalid} (no date, a
     *                       date after today or impossible, no evidence)
     */
    public ConditionPrecedent markConditionMet(long conditionId, LocalDate metOn, Long evidenceDocumentId,
                                               String by, LocalDate today, Instant now) {
        ConditionPrecedent condition = condition(conditionId);
        if (condition.isMet()) {
            throw new RuleViolation("agreement.condition.already-met", "The condition \""
                    + condition.getDescription() + "\" was already marked met on " + condition.metOn().orElse(null));
        }
        BusinessDates dates = BusinessDates.asOf(today).fact("metOn", metOn);
        List<Violation> violations = new ArrayList<>(dates.violations());
        if (evidenceDocumentId == null) {
            violations.add(new Violation("evidenceDocumentId", "required: the document of the dossier that"
                    + " evidences the condition"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation("agreement.condition.invalid", "The condition cannot be marked met: "
                    + violations.get(0).field() + " " + violations.get(0).message(), violations);
        }
        condition.markMet(metOn, evidenceDocumentId, requireText(by, "by"), now);
        updatedAt = now;
        return condition;
    }

    /**
     * Withdraws the "met" of a condition precedent, with a reason, while no money depends on it: no disbursement of
     * the agreement other than cancelled ones exists (a request, an approval or a payment relied on it).
     *
     * @param moneyDependsOnIt whether a non-cancelled disbursement exists, read under this agreement's lock
     * @throws RuleViolation {@code agreement.condition.not-met}, {@code agreement.condition.money-depends},
     *                       {@code agreement.condition.invalid} without a reason
     */
    public ConditionPrecedent withdrawConditionMet(long conditionId, String reason, boolean moneyDependsOnIt,
                                                   String by, Instant now) {
        ConditionPrecedent condition = condition(conditionId);
        if (!condition.isMet()) {
            throw new RuleViolation("agreement.condition.not-met", "The condition \"" + condition.getDescription()
                    + "\" is not marked met", List.of(new Violation("conditionId", "not met")));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw new RuleViolation("agreement.condition.invalid", "A withdrawal is justified in 1 to "
                    + REASON_MAX + " characters", List.of(new Violation("reason", "1 to " + REASON_MAX
                    + " characters")));
        }
        if (moneyDependsOnIt) {
            throw new RuleViolation("agreement.condition.money-depends", "Money was already requested, approved or"
                    + " paid relying on the conditions precedent: the condition stays met",
                    List.of(new Violation("conditionId", "a disbursement that is not cancelled exists")));
        }
        condition.withdrawMet(why, requireText(by, "by"), now);
        updatedAt = now;
        return condition;
    }

    private ConditionPrecedent condition(long conditionId) {
        return conditions.stream().filter(c -> c.getId() != null && c.getId() == conditionId).findFirst()
                .orElseThrow(() -> new NotFound("condition " + conditionId + " of agreement " + id));
    }

    /** Whether every condition precedent is met (true when there are none). */
    public boolean conditionsMet() {
        return conditions.stream().allMatch(ConditionPrecedent::isMet);
    }

    /**
     * No money moves before the conditions precedent are met (invariant 4).
     *
     * @throws RuleViolation {@code disbursement.conditions-unmet} naming every unmet condition
     */
    public void requireConditionsMet() {
        List<Violation> unmet = conditions.stream().filter(c -> !c.isMet())
                .map(c -> new Violation("conditions[" + c.getPosition() + "]", c.getDescription()))
                .toList();
        if (!unmet.isEmpty()) {
            throw new RuleViolation("disbursement.conditions-unmet", "No disbursement before the conditions"
                    + " precedent are met: " + unmet.size() + " still unmet", unmet);
        }
    }

    /**
     * The tranche a disbursement is requested against.
     *
     * @throws NotFound when the agreement has no such tranche
     * @throws RuleViolation {@code disbursement.tranche-withdrawn} when an amendment withdrew it
     */
    public Tranche requestableTranche(long trancheId) {
        Tranche tranche = tranche(trancheId);
        if (tranche.isWithdrawn()) {
            throw new RuleViolation("disbursement.tranche-withdrawn", "Tranche " + trancheId
                    + " was withdrawn by an amendment", List.of(new Violation("trancheId", "withdrawn")));
        }
        return tranche;
    }

    /**
     * The agreement decides whether a disbursement fits (invariants 1 and 4): the tranche is live, every condition
     * precedent is met, and the amount is within what remains on the tranche and on its instrument.
     *
     * @param byInstrument what disbursements engage per instrument, read under this agreement's lock (missing:
     *                     nothing)
     * @param byTranche    what they engage per tranche id
     * @return the tranche the disbursement is admitted on
     * @throws NotFound for an unknown tranche
     * @throws RuleViolation {@code disbursement.tranche-withdrawn}, {@code disbursement.conditions-unmet},
     *                       {@code disbursement.exceeds-remaining} (naming what remains)
     */
    public Tranche admit(long trancheId, Money amount, Map<Instrument, Engaged> byInstrument,
                         Map<Long, Engaged> byTranche) {
        Tranche tranche = requestableTranche(trancheId);
        requireConditionsMet();
        Engaged onInstrument = byInstrument.getOrDefault(tranche.getInstrument(), Engaged.NONE);
        Engaged onTranche = byTranche.getOrDefault(tranche.getId(), Engaged.NONE);
        Money committed = committed(tranche.getInstrument());
        Money remaining = remainingOn(tranche, onInstrument, onTranche);
        if (amount != null && amount.isGreaterThan(remaining)) {
            throw new RuleViolation("disbursement.exceeds-remaining", "The request of " + amount.toPlainString()
                    + " exceeds what remains on tranche " + trancheId + " (" + tranche.getInstrument() + "): "
                    + remaining.toPlainString() + " (tranche " + tranche.getAmount().toPlainString() + ", commitment "
                    + committed.toPlainString() + ", already paid, approved or pending on the tranche "
                    + onTranche.total().toPlainString() + ", on the instrument "
                    + onInstrument.total().toPlainString() + ")",
                    List.of(new Violation("amount", "at most " + remaining.toPlainString())));
        }
        return tranche;
    }

    /**
     * What may still be requested on a tranche: the smaller of what remains on it (its amount − engaged on it) and
     * on its instrument (the commitment − engaged on the instrument), never below zero; zero once withdrawn.
     */
    public Money remainingOn(long trancheId, Map<Instrument, Engaged> byInstrument, Map<Long, Engaged> byTranche) {
        Tranche tranche = tranche(trancheId);
        return remainingOn(tranche, byInstrument.getOrDefault(tranche.getInstrument(), Engaged.NONE),
                byTranche.getOrDefault(trancheId, Engaged.NONE));
    }

    /** {@link #remainingOn(long, Map, Map)} with the sums of the tranche's instrument and of the tranche. */
    public Money remainingOn(Tranche tranche, Engaged onInstrument, Engaged onTranche) {
        if (tranche.isWithdrawn()) {
            return Money.ZERO;
        }
        Money byInstrument = onInstrument.remainingOf(committed(tranche.getInstrument()));
        Money byTranche = onTranche.remainingOf(tranche.getAmount());
        Money smaller = byInstrument.compareTo(byTranche) <= 0 ? byInstrument : byTranche;
        return smaller.isNegative() ? Money.ZERO : smaller;
    }

    public Tranche tranche(long trancheId) {
        return tranches.stream().filter(t -> t.getId() != null && t.getId() == trancheId).findFirst()
                .orElseThrow(() -> new NotFound("tranche " + trancheId + " of agreement " + id));
    }

    public boolean belongsTo(long organisation) {
        return organisationId == organisation;
    }

    public Money committed(Instrument instrument) {
        return switch (instrument) {
            case GRANT -> committedGrant;
            case REPAYABLE_ADVANCE -> committedAdvance;
            case EQUITY -> committedEquity;
        };
    }

    public Map<Instrument, Money> committed() {
        return Amendment.byInstrument(committedGrant, committedAdvance, committedEquity);
    }

    /** The committee's approved amounts: the ceiling of every commitment, amendments included. */
    public Map<Instrument, Money> approved() {
        return Amendment.byInstrument(approvedGrant, approvedAdvance, approvedEquity);
    }

    public Money totalCommitted() {
        return committedGrant.plus(committedAdvance).plus(committedEquity);
    }

    // --- rules shared by signature and amendment (the shape and sums of terms: AgreementTermsRules) ---

    private void setCommitted(Map<Instrument, Money> commitment) {
        committedGrant = commitment.get(Instrument.GRANT);
        committedAdvance = commitment.get(Instrument.REPAYABLE_ADVANCE);
        committedEquity = commitment.get(Instrument.EQUITY);
    }

    private static String describeSchedule(List<TrancheTerms> tranches) {
        StringBuilder text = new StringBuilder();
        for (TrancheTerms t : tranches) {
            text.append(t.id() == null ? "new" : t.id()).append('|').append(t.instrument()).append('|')
                    .append(t.amount().toPlainString()).append('|').append(t.plannedOn()).append('|')
                    .append(t.milestone().strip()).append('\n');
        }
        return text.toString();
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
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

    public long getProgrammeId() {
        return programmeId;
    }

    public long getActionId() {
        return actionId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public int getAmendmentNumber() {
        return amendmentNumber;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Tranche> getTranches() {
        return Collections.unmodifiableList(tranches);
    }

    public List<ConditionPrecedent> getConditions() {
        return Collections.unmodifiableList(conditions);
    }

    public List<Amendment> getAmendments() {
        return Collections.unmodifiableList(amendments);
    }
}

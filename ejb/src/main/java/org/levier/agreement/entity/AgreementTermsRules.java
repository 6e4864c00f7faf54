package org.levier.agreement.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.levier.shared.control.BusinessDates;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * The rules an agreement's terms obey at signature and at each amendment, apart from the agreement's state: the
 * commitment within the committee's approval and not empty, the tranches' shape (instrument, positive amount,
 * possible planned date, milestone and conditions lengths, at most {@link Agreement#MAX_TRANCHES}), the tranches of
 * each instrument summing to its commitment; and the collection of every violation before one refusal.
 */
final class AgreementTermsRules {

    private AgreementTermsRules() {
    }

    static void checkCommitment(Map<Instrument, Money> commitment, Map<Instrument, Money> approved,
                                        Problems problems) {
        Money total = Money.ZERO;
        for (Instrument instrument : Instrument.values()) {
            Money amount = commitment.get(instrument);
            if (amount.isNegative()) {
                problems.add("agreement.invalid", "commitment." + instrument, "a commitment is not negative");
            } else if (amount.isGreaterThan(approved.get(instrument))) {
                problems.add("agreement.commitment.above-approved", "commitment." + instrument,
                        "the commitment of " + instrument + " (" + amount.toPlainString()
                                + ") exceeds the committee's approved amount (" + approved.get(instrument)
                                .toPlainString() + ") by " + amount.minus(approved.get(instrument)).toPlainString());
            }
            total = total.plus(amount);
        }
        if (!total.isPositive()) {
            problems.add("agreement.commitment.empty", "commitment", "an agreement commits some money");
        }
    }

    static void checkTrancheShapes(List<TrancheTerms> tranches, Problems problems) {
        if (tranches.size() > Agreement.MAX_TRANCHES) {
            problems.add("agreement.invalid", "tranches", "at most " + Agreement.MAX_TRANCHES + " tranches");
        }
        for (int i = 0; i < tranches.size(); i++) {
            TrancheTerms t = tranches.get(i);
            String field = "tranches[" + i + "]";
            if (t == null) {
                problems.add("agreement.invalid", field, "required");
                continue;
            }
            if (t.instrument() == null && t.id() == null) {
                problems.add("agreement.invalid", field + ".instrument", "required");
            }
            if (t.amount() == null || !t.amount().isPositive()) {
                problems.add("agreement.invalid", field + ".amount", "a tranche amount is positive");
            }
            if (t.plannedOn() == null) {
                problems.add("agreement.invalid", field + ".plannedOn", "required");
            } else if (!BusinessDates.isPossible(t.plannedOn())) {
                problems.add("agreement.date.invalid", field + ".plannedOn", "an impossible date: between "
                        + BusinessDates.FIRST + " and " + BusinessDates.LAST);
            }
            if (t.milestone() == null || t.milestone().isBlank() || t.milestone().strip().length() > Agreement.MILESTONE_MAX) {
                problems.add("agreement.invalid", field + ".milestone", "1 to " + Agreement.MILESTONE_MAX + " characters");
            }
            if (t.conditions() != null && t.conditions().strip().length() > Agreement.CONDITIONS_MAX) {
                problems.add("agreement.invalid", field + ".conditions", "at most " + Agreement.CONDITIONS_MAX + " characters");
            }
        }
    }

    /** The tranches of each instrument sum exactly to its commitment; each difference is named. */
    static void checkSums(Map<Instrument, Money> commitment, List<TrancheTerms> tranches, Problems problems) {
        Map<Instrument, Money> sums = new EnumMap<>(Instrument.class);
        for (Instrument instrument : Instrument.values()) {
            sums.put(instrument, Money.ZERO);
        }
        tranches.forEach(t -> sums.merge(t.instrument(), t.amount(), Money::plus));
        for (Instrument instrument : Instrument.values()) {
            Money difference = commitment.get(instrument).minus(sums.get(instrument));
            if (difference.amount().signum() != 0) {
                problems.add("agreement.schedule.unbalanced", "tranches." + instrument,
                        "the tranches of " + instrument + " sum to " + sums.get(instrument).toPlainString()
                                + " but the commitment is " + commitment.get(instrument).toPlainString() + ": "
                                + (difference.isPositive() ? difference.toPlainString() + " missing"
                                : Money.ZERO.minus(difference).toPlainString() + " too much"));
            }
        }
    }

    static Map<Instrument, Money> complete(Map<Instrument, Money> partial) {
        Map<Instrument, Money> all = new EnumMap<>(Instrument.class);
        for (Instrument instrument : Instrument.values()) {
            Money amount = partial.get(instrument);
            all.put(instrument, amount == null ? Money.ZERO : amount);
        }
        return all;
    }

    /** Violations collected all at once; the refusal carries the key of the first one. */
    static final class Problems {
        private final List<Violation> violations = new ArrayList<>();
        private String key;

        void add(String ruleKey, String field, String message) {
            if (key == null) {
                key = ruleKey;
            }
            violations.add(new Violation(field, message));
        }

        boolean isEmpty() {
            return violations.isEmpty();
        }

        void throwIfAny(String what) {
            if (!violations.isEmpty()) {
                throw new RuleViolation(key, what + ": " + violations.get(0).message()
                        + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""),
                        violations);
            }
        }
    }
}

package org.levier.shared.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * The rule shared by the analyst's recommendation and the committee's decision: amounts per instrument, none
 * negative, at least one positive, and each never above what the dossier requested under that instrument.
 */
public final class FundingAmounts {

    private FundingAmounts() {
    }

    /** Every instrument, zero where absent. */
    public static Map<Instrument, Money> complete(Map<Instrument, Money> amounts) {
        Map<Instrument, Money> all = new EnumMap<>(Instrument.class);
        for (Instrument instrument : Instrument.values()) {
            Money amount = amounts == null ? null : amounts.get(instrument);
            all.put(instrument, amount == null ? Money.ZERO : amount);
        }
        return all;
    }

    /** Unknown instruments, missing or negative amounts, nothing positive; each named {@code <field>.<INSTRUMENT>}. */
    public static List<Violation> checkShape(Map<Instrument, Money> amounts, String field) {
        List<Violation> v = new ArrayList<>();
        boolean positive = false;
        for (Map.Entry<Instrument, Money> e : amounts.entrySet()) {
            if (e.getKey() == null) {
                v.add(new Violation(field, "unknown instrument"));
            } else if (e.getValue() == null) {
                v.add(new Violation(field + "." + e.getKey(), "an amount is required (0 for none)"));
            } else if (e.getValue().isNegative()) {
                v.add(new Violation(field + "." + e.getKey(), "must not be negative"));
            } else if (e.getValue().isPositive()) {
                positive = true;
            }
        }
        if (v.isEmpty() && !positive) {
            v.add(new Violation(field, "an amount under at least one instrument"));
        }
        return v;
    }

    /** The instruments whose amount is above the requested one, each naming both amounts. */
    public static List<Violation> checkWithinRequested(Map<Instrument, Money> amounts,
                                                       Map<Instrument, Money> requested, String field) {
        List<Violation> v = new ArrayList<>();
        Map<Instrument, Money> asked = complete(requested);
        complete(amounts).forEach((instrument, amount) -> {
            if (amount.isGreaterThan(asked.get(instrument))) {
                v.add(new Violation(field + "." + instrument, instrument + ": " + amount.toPlainString()
                        + " is above the " + asked.get(instrument).toPlainString() + " requested"));
            }
        });
        return v;
    }
}

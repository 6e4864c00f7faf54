package org.levier.diligence.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * The analyst's recommendation as proposed: APPROVE with amounts per instrument (absent: zero) and conditions, or
 * REJECT / DEFER (no amounts, no conditions); always with a rationale. Copies keep nulls so that the rules can
 * report them.
 */
public record Recommendation(RecommendationOutcome outcome, Map<Instrument, Money> amounts, List<String> conditions,
                             String rationale) {

    public Recommendation {
        amounts = amounts == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(amounts));
        conditions = conditions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(conditions));
    }

    public static Recommendation approve(Map<Instrument, Money> amounts, List<String> conditions, String rationale) {
        return new Recommendation(RecommendationOutcome.APPROVE, amounts, conditions, rationale);
    }

    public static Recommendation reject(String rationale) {
        return new Recommendation(RecommendationOutcome.REJECT, Map.of(), List.of(), rationale);
    }

    public static Recommendation defer(String rationale) {
        return new Recommendation(RecommendationOutcome.DEFER, Map.of(), List.of(), rationale);
    }
}

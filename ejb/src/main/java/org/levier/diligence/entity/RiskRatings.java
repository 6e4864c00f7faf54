package org.levier.diligence.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The four risk ratings of a dossier, each 1 (low) to 5 (high) or not yet given (null), and the overall score.
 *
 * <p>The overall score is the <b>mean of the four ratings rounded up</b> to a whole grade, computed in integers
 * ({@code (sum + 3) / 4}). The mean, not the maximum: the committee weighs a project on all four dimensions, and the
 * maximum would rate a project with one weak point like one that is weak everywhere. Rounded up, not to the nearest:
 * between two grades the fund takes the prudent one. The worst single rating stays visible beside it
 * ({@link #highest()}), so one alarming dimension is never averaged out of sight.
 */
public record RiskRatings(Integer financial, Integer technical, Integer market, Integer governance) {

    public static final int MIN = 1;
    public static final int MAX = 5;
    public static final RiskRatings NONE = new RiskRatings(null, null, null, null);

    public RiskRatings {
        for (Integer rating : new Integer[] {financial, technical, market, governance}) {
            if (rating != null && (rating < MIN || rating > MAX)) {
                throw new IllegalArgumentException("a risk rating is between " + MIN + " and " + MAX);
            }
        }
    }

    public static boolean isValid(Integer rating) {
        return rating != null && rating >= MIN && rating <= MAX;
    }

    public Optional<Integer> of(RiskDimension dimension) {
        return Optional.ofNullable(switch (dimension) {
            case FINANCIAL -> financial;
            case TECHNICAL -> technical;
            case MARKET -> market;
            case GOVERNANCE -> governance;
        });
    }

    /** These ratings with some replaced (the others kept). */
    public RiskRatings with(Map<RiskDimension, Integer> changes) {
        Map<RiskDimension, Integer> all = asMap();
        all.putAll(changes);
        return new RiskRatings(all.get(RiskDimension.FINANCIAL), all.get(RiskDimension.TECHNICAL),
                all.get(RiskDimension.MARKET), all.get(RiskDimension.GOVERNANCE));
    }

    /** Every dimension, null where not rated. */
    public Map<RiskDimension, Integer> asMap() {
        Map<RiskDimension, Integer> map = new EnumMap<>(RiskDimension.class);
        for (RiskDimension d : RiskDimension.values()) {
            map.put(d, of(d).orElse(null));
        }
        return map;
    }

    public List<RiskDimension> missing() {
        List<RiskDimension> missing = new ArrayList<>();
        for (RiskDimension d : RiskDimension.values()) {
            if (of(d).isEmpty()) {
                missing.add(d);
            }
        }
        return missing;
    }

    public boolean isComplete() {
        return missing().isEmpty();
    }

    /** The rounded-up mean of the four ratings; empty until all four are given. */
    public OptionalInt overall() {
        if (!isComplete()) {
            return OptionalInt.empty();
        }
        int sum = financial + technical + market + governance;
        return OptionalInt.of((sum + 3) / 4);
    }

    /** The worst rating given so far; empty when none is. */
    public OptionalInt highest() {
        return asMap().values().stream().filter(r -> r != null).mapToInt(Integer::intValue).max();
    }
}

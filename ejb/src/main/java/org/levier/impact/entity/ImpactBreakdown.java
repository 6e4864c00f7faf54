package org.levier.impact.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How target-versus-actual rows are cut: per indicator (the programme), per action or per axis and indicator. */
public enum ImpactBreakdown {
    INDICATOR, ACTION, AXIS;

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImpactBreakdown> fromParameter(String text) {
        return Arrays.stream(values()).filter(b -> b.parameter().equals(text)).findFirst();
    }
}

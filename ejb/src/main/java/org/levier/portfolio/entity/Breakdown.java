package org.levier.portfolio.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the leverage rows are cut: per axis, action, co-financing source type, or dossier. */
public enum Breakdown {
    AXIS, ACTION, SOURCE, DOSSIER;

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Breakdown> fromParameter(String text) {
        return Arrays.stream(values()).filter(b -> b.parameter().equals(text)).findFirst();
    }
}

package org.levier.portfolio.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The three bases of the leverage (DOMAIN.md, Co-financing and leverage), each fixing which dossiers count, what
 * the fund's contribution is and which co-financing lines count:
 * <ul>
 * <li>{@code REQUESTED} (as submitted): dossiers submitted and still alive or funded — every status but
 * {@code DRAFT}, {@code WITHDRAWN}, {@code INELIGIBLE} and {@code REJECTED}; the fund's contribution is the requested
 * amounts (all instruments); every co-financing line counts whatever its status.</li>
 * <li>{@code COMMITTED}: dossiers the committee approved — {@code APPROVED}, {@code AGREEMENT_SIGNED},
 * {@code IN_EXECUTION}, {@code COMPLETED}, {@code TERMINATED}; the fund's contribution is the agreement's current
 * commitment when it is signed, otherwise the committee's approved amounts; only {@code COMMITTED} and
 * {@code RECEIVED} co-financing counts. Total project cost = that contribution + that co-financing.</li>
 * <li>{@code REALISED}: dossiers with a signed agreement ({@code AGREEMENT_SIGNED} and later); the fund's
 * contribution is the {@code PAID} disbursements; only {@code RECEIVED} co-financing counts.</li>
 * </ul>
 */
public enum Basis {
    REQUESTED(List.of("SUBMITTED", "ELIGIBILITY_REVIEW", "RETURNED_FOR_COMPLETION", "DUE_DILIGENCE", "COMMITTEE", "APPROVED",
            "AGREEMENT_SIGNED", "IN_EXECUTION", "COMPLETED", "TERMINATED"),
            Set.of("PLANNED", "APPLIED", "COMMITTED", "RECEIVED")),
    COMMITTED(List.of("APPROVED", "AGREEMENT_SIGNED", "IN_EXECUTION", "COMPLETED", "TERMINATED"),
            Set.of("COMMITTED", "RECEIVED")),
    REALISED(List.of("AGREEMENT_SIGNED", "IN_EXECUTION", "COMPLETED", "TERMINATED"), Set.of("RECEIVED"));

    private final List<String> dossierStatuses;
    private final Set<String> cofinancingStatuses;

    Basis(List<String> dossierStatuses, Set<String> cofinancingStatuses) {
        this.dossierStatuses = dossierStatuses;
        this.cofinancingStatuses = cofinancingStatuses;
    }

    /** The dossier statuses that count on this basis (names of {@code DossierStatus}). */
    public List<String> dossierStatuses() {
        return dossierStatuses;
    }

    /** The co-financing statuses that count on this basis (names of {@code CofinancingStatus}). */
    public List<String> cofinancingStatuses() {
        return cofinancingStatuses.stream().sorted().toList();
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Basis> fromParameter(String text) {
        return Arrays.stream(values()).filter(b -> b.parameter().equals(text)).findFirst();
    }
}

package org.levier.dossier.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * Everything the applicant writes in a draft, as one value: the whole draft is replaced at each save (a PUT), and
 * {@link Dossier} checks all of it at once so that every mistake is reported together. Absent collections are
 * empty; an empty {@code requested} map means the amounts step has not been filled in yet.
 */
public record DossierDraft(String title, String summary, LocalDate startDate, LocalDate endDate,
                           Map<Instrument, Money> requested, List<BudgetItem> budgetLines,
                           List<CofinancingItem> cofinancing, List<TargetItem> impactTargets,
                           List<MilestoneItem> milestones) {

    public DossierDraft {
        // Null elements are kept so that the dossier can report them by position, not fail on the copy.
        requested = requested == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(requested));
        budgetLines = copy(budgetLines);
        cofinancing = copy(cofinancing);
        impactTargets = copy(impactTargets);
        milestones = copy(milestones);
    }

    /** A draft with only its description (the first step of the form). */
    public static DossierDraft described(String title, String summary, LocalDate startDate, LocalDate endDate) {
        return new DossierDraft(title, summary, startDate, endDate, null, null, null, null, null);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** A cost of the project. */
    public record BudgetItem(BudgetCategory category, String label, Money amount) {
    }

    /** A resource of the financing plan other than the fund. */
    public record CofinancingItem(SourceType sourceType, String funder, Money amount, CofinancingStatus status) {
    }

    /** A target value for an indicator of the catalogue. */
    public record TargetItem(String indicator, BigDecimal target) {
    }

    /** A dated step of the project. */
    public record MilestoneItem(String title, LocalDate dueDate) {
    }
}

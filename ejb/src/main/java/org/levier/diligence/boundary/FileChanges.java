package org.levier.diligence.boundary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.diligence.entity.ItemStatus;
import org.levier.diligence.entity.Recommendation;
import org.levier.diligence.entity.RiskDimension;

/**
 * A batch of changes to a due-diligence file, applied together or not at all ({@link Diligences#apply}): item
 * assessments, budget-line eligibility (by line id), risk ratings and the recommendation, each part optional.
 */
public record FileChanges(List<ItemChange> items, Map<Long, Boolean> budgetLines, Map<RiskDimension, Integer> risks,
                          Recommendation recommendation) {

    /** The new status, justification and comment of one checklist item. */
    public record ItemChange(long id, ItemStatus status, String justification, String comment) {
    }

    public FileChanges {
        items = items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
        budgetLines = budgetLines == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(budgetLines));
        risks = risks == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(risks));
    }

    public boolean isEmpty() {
        return items.isEmpty() && budgetLines.isEmpty() && risks.isEmpty() && recommendation == null;
    }
}

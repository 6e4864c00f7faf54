package org.levier.impact.entity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a beneficiary submits, as typed: the narrative, the actual value per indicator code and the expenses
 * incurred, numbers still as text, so that {@link ProgressReport#submit} reports every mistake at once.
 */
public record ProgressSubmission(String narrative, Map<String, String> actuals, String expenses) {

    public ProgressSubmission {
        actuals = actuals == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(actuals));
    }
}

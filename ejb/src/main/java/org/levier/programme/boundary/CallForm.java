package org.levier.programme.boundary;

import java.util.List;
import java.util.Map;

/**
 * A call for projects as typed in a form or sent as JSON. {@code opensAt}/{@code closesAt}: an ISO date-time with
 * an offset ({@code 2027-01-15T09:00:00+01:00}, {@code ...Z}) or a local date-time, read in Europe/Paris.
 * {@code maxIntensity}: size class → maximum aid intensity between 0 and 1. {@code checklist}: the due-diligence
 * checklist template (empty or absent: the fund's default). {@code version}: required to revise.
 */
public record CallForm(String programme, String code, String title, String opensAt, String closesAt,
                       List<Integer> actions, List<String> instruments, String aidRegime, String minAmount,
                       String maxAmount, List<String> mandatoryDocuments, Map<String, String> maxIntensity,
                       List<ChecklistItemForm> checklist, Long version) {

    /** One item of the checklist template. */
    public record ChecklistItemForm(String code, String category, String label) {
    }
}

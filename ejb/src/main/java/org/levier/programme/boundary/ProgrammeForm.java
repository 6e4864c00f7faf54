package org.levier.programme.boundary;

import java.util.List;

/**
 * A programme as typed in a form or sent as JSON: amounts and dates as strings ({@code "37500000.00"},
 * {@code "2026-01-01"}), so that {@link ProgrammeSetups} names every wrong field at once. {@code version}: the
 * version edited (required to revise; a stale one is refused).
 */
public record ProgrammeForm(String code, String name, String allotment, String targetTotalProjects,
                            String startDate, String endDate, List<AxisForm> axes, Long version) {

    /** An axis and its actions. */
    public record AxisForm(Integer number, String title, String titleEn, List<ActionForm> actions) {
    }

    /** An action; {@code titleEn} blank: no English title; {@code envelope} blank: none. */
    public record ActionForm(Integer number, String title, String summary, String envelope, String titleEn) {
    }
}

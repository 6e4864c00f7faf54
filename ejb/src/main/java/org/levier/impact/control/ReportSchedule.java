package org.levier.impact.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.levier.impact.entity.ReportKind;

/**
 * The rule that dates a dossier's progress reports, from the agreement's date of signature and the project's end
 * date (see {@code org.levier.impact} for the rule in words).
 *
 * <p>Interim report {@code k} (1, 2, ...) covers {@code [signedOn + (k-1)·P months, signedOn + k·P months - 1 day]}
 * — months always counted from the signature, so a signature on the 31st never drifts — and is due
 * {@code dueDays} after its period ends; there is one for each such period that ends before the project's end. The
 * final report covers the rest, from the end of the last interim period to the project's end, and is due
 * {@code finalDueDays} after it. No project end date: the final report covers the first period. A project that
 * ended before the signature: one final report for the day of signature. At most {@value #MAX_REPORTS} reports
 * (the final one then covers the remaining years).
 *
 * @param periodMonths P, the length of a reporting period in months (1..24)
 * @param dueDays      days after an interim period's end the report is due (0..365)
 * @param finalDueDays days after the project's end the final report is due (0..365)
 */
public record ReportSchedule(int periodMonths, int dueDays, int finalDueDays) {

    public static final int MAX_REPORTS = 60;

    /** One report of the schedule. */
    public record Slot(int number, ReportKind kind, LocalDate from, LocalDate to, LocalDate due) {
    }

    public ReportSchedule {
        if (periodMonths < 1 || periodMonths > 24) {
            throw new IllegalArgumentException("a reporting period lasts 1 to 24 months, not " + periodMonths);
        }
        if (dueDays < 0 || dueDays > 365 || finalDueDays < 0 || finalDueDays > 365) {
            throw new IllegalArgumentException("reports are due 0 to 365 days after their period");
        }
    }

    public List<Slot> slots(LocalDate signedOn, LocalDate projectEnd) {
        LocalDate end = projectEnd == null ? signedOn.plusMonths(periodMonths).minusDays(1)
                : projectEnd.isBefore(signedOn) ? signedOn : projectEnd;
        List<Slot> slots = new ArrayList<>();
        int k = 1;
        while (k < MAX_REPORTS) {
            LocalDate from = signedOn.plusMonths((long) (k - 1) * periodMonths);
            LocalDate to = signedOn.plusMonths((long) k * periodMonths).minusDays(1);
            if (!to.isBefore(end)) {
                break;
            }
            slots.add(new Slot(k, ReportKind.INTERIM, from, to, to.plusDays(dueDays)));
            k++;
        }
        LocalDate from = signedOn.plusMonths((long) (k - 1) * periodMonths);
        slots.add(new Slot(k, ReportKind.FINAL, from, end, end.plusDays(finalDueDays)));
        return slots;
    }
}

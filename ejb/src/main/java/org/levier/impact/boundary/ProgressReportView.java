package org.levier.impact.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.levier.impact.entity.ProgressReport;
import org.levier.impact.entity.ReportKind;
import org.levier.impact.entity.ReportStatus;
import org.levier.shared.entity.Money;

/**
 * A progress report as its reader sees it, with the overdue flag computed at the time of reading (the day of
 * Paris). For the applicant, {@code reviewedBy} is null: the staff member stays private.
 */
public record ProgressReportView(long id, long dossierId, int number, ReportKind kind, LocalDate periodFrom,
                                 LocalDate periodTo, LocalDate dueOn, ReportStatus status, boolean overdue,
                                 String narrative, Money expenses, Map<String, BigDecimal> actuals,
                                 String submittedBy, Instant submittedAt, String reviewedBy, Instant reviewedAt,
                                 String returnReason, Instant reminderSentAt, Instant overdueRemindedAt,
                                 long version) {

    static ProgressReportView of(ProgressReport r, Instant now, boolean showStaff) {
        return new ProgressReportView(r.getId(), r.getDossierId(), r.getNumber(), r.getKind(), r.getPeriodFrom(),
                r.getPeriodTo(), r.getDueOn(), r.getStatus(), r.isOverdueAt(now), r.narrative().orElse(null),
                r.expenses().orElse(null), r.actuals(), r.submittedBy().orElse(null), r.submittedAt().orElse(null),
                showStaff ? r.reviewedBy().orElse(null) : null, r.reviewedAt().orElse(null),
                r.returnReason().orElse(null), r.reminderSentAt().orElse(null), r.overdueRemindedAt().orElse(null),
                r.getVersion());
    }

    /** Whether the beneficiary may (re)submit it now. */
    public boolean open() {
        return status.isAwaitingBeneficiary();
    }
}

package org.levier.diligence.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.levier.diligence.entity.DocumentRequest;
import org.levier.diligence.entity.DocumentRequestStatus;

/**
 * A document request as its reader sees it, with the overdue flag computed at the time of reading (the day of
 * Paris). For the applicant, {@code requestedBy} is null: the staff member stays private.
 */
public record DocumentRequestView(long id, long dossierId, String what, LocalDate dueDate,
                                  DocumentRequestStatus status, boolean overdue, Long documentId,
                                  String requestedBy, Instant requestedAt, Instant answeredAt, Instant cancelledAt,
                                  String cancelReason, Instant reminderSentAt, long version) {

    static DocumentRequestView of(DocumentRequest r, Instant now, boolean showStaff) {
        return new DocumentRequestView(r.getId(), r.getDossierId(), r.getWhat(), r.getDueDate(), r.getStatus(),
                r.isOverdueAt(now), r.documentId().orElse(null), showStaff ? r.getRequestedBy() : null,
                r.getRequestedAt(), r.answeredAt().orElse(null), r.cancelledAt().orElse(null),
                r.cancelReason().orElse(null), r.reminderSentAt().orElse(null), r.getVersion());
    }
}

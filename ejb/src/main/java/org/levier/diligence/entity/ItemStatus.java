package org.levier.diligence.entity;

/** Where a checklist item stands; {@code WAIVED} needs a justification, {@code ISSUE} a comment. */
public enum ItemStatus {
    PENDING, SATISFIED, ISSUE, WAIVED, NOT_APPLICABLE
}

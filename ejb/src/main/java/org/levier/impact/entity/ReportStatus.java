package org.levier.impact.entity;

/**
 * Where a progress report stands: {@code DUE} (owed, nothing submitted yet), {@code SUBMITTED} (waiting for the
 * fund's review), {@code ACCEPTED} (its values count in the impact figures), {@code RETURNED} (the staff sent it back
 * with a reason; the beneficiary submits it again).
 */
public enum ReportStatus {
    DUE, SUBMITTED, ACCEPTED, RETURNED;

    /** The beneficiary still owes it: nothing submitted yet, or returned. */
    public boolean isAwaitingBeneficiary() {
        return this == DUE || this == RETURNED;
    }
}

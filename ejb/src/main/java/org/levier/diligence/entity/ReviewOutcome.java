package org.levier.diligence.entity;

/** The second reviewer's verdict: the file may go to the committee, or goes back to the analyst (with a comment). */
public enum ReviewOutcome {
    APPROVED, RETURNED
}

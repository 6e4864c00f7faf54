package org.levier.committee.entity;

/** A session is PLANNED (members and agenda set), then OPEN (attendance, votes, decisions), then CLOSED. */
public enum SessionStatus {
    PLANNED, OPEN, CLOSED
}

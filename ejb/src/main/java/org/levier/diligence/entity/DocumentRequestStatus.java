package org.levier.diligence.entity;

/** A document request is OPEN until the applicant answers it with a document or the staff cancels it. */
public enum DocumentRequestStatus {
    OPEN, ANSWERED, CANCELLED
}

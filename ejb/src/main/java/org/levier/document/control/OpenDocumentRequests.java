package org.levier.document.control;

/**
 * Whether the fund's staff asked the applicant of a dossier for a document that is not answered yet: the diligence
 * component owns the document requests and answers this question; the document component only asks it, when an
 * applicant uploads to a dossier it can no longer edit (so it depends on no component downstream of the dossier).
 * In the caller's transaction.
 */
public interface OpenDocumentRequests {

    /** Whether a document request of the dossier is open. */
    boolean anyOpen(long dossierId);
}

/**
 * Documents of a dossier: uploaded files kept with their metadata (kind, sanitised name, content type detected from
 * the bytes, size, SHA-256, version, uploader, time) and their bytes, in the transaction of the upload.
 * Invariants: only PDF, PNG, JPEG, ODF, OOXML and CSV content is accepted, whatever the file is called; a file name
 * is metadata only and never reaches a file system; size and count stay within configuration; an applicant uploads
 * to its own draft only and reads its own organisation's documents.
 */
package org.levier.document;

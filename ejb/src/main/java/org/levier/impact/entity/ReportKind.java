package org.levier.impact.entity;

/** An interim report covers one reporting period; the final report the last stretch up to the project's end. */
public enum ReportKind {
    INTERIM, FINAL
}

/**
 * Impact follow-up: the indicator catalogue, progress reports of signed agreements and target versus actual.
 * Schedule (scheduled when the agreement is signed, in the signature's transaction; agreements signed earlier get
 * theirs when first read or by the hourly run): half-yearly interim reports counted from the date of signature
 * ({@code levier.impact.report-period-months}, default 6), each due 30 days after its period
 * ({@code levier.impact.report-due-days}), for every period ending before the project's end date, then one final
 * report up to the project's end due 60 days after it ({@code levier.impact.final-report-due-days}).
 * A report moves DUE → SUBMITTED (by the beneficiary, with narrative, a value ≥ 0 for every target indicator and
 * expenses) → ACCEPTED, or → RETURNED (with a reason) → SUBMITTED; it is overdue while owed after its due date in
 * Paris; each reminder (before the due date, and once overdue) is sent once, claimed by a conditional update.
 * Figures: only dossiers with a signed agreement that are AGREEMENT_SIGNED, IN_EXECUTION or COMPLETED count; actual
 * = the latest accepted value per dossier and indicator; indicators are never added together.
 * <p>A read model: target versus actual joins its progress reports to the dossiers' impact targets and indicators,
 * their programme's actions and axes and their agreements' signature, so its queries read those components' tables
 * directly (a GROUP BY in the database, not entities summed in Java). It writes only its own tables.
 */
@ReadModel(reads = {"programme", "dossier", "agreement"})
package org.levier.impact;

import org.levier.shared.ReadModel;

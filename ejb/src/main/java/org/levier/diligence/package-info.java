/**
 * Instruction of a dossier before the committee: the screening (eligibility checklist leading to INELIGIBLE or
 * DUE_DILIGENCE), the due-diligence file (checklist by category, risk ratings with an overall score, eligibility of
 * budget lines, the analyst's recommendation and a second review by another person), and the document requests to
 * the applicant with their once-only reminders.
 * Invariants: a dossier goes to the committee only with a complete file and an approving review by a fund director
 * who did not recommend (four eyes), whatever the entry point (the gate observes every move of the dossier); any
 * change after the review voids it; each reminder is sent once across nodes (claimed by a conditional update).
 */
package org.levier.diligence;

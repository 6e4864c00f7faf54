/**
 * Dossiers (applications for funding): the draft an applicant writes, its submission under the submission rules
 * with a gapless reference per programme and year, and its lifecycle up to completion.
 * Invariants: only the owner organisation sees and edits its draft; after submission the applicant's content is
 * frozen; every move follows the transition table of {@code DossierStatus}, by a role it allows, and is kept in the
 * history and the audit trail.
 */
package org.levier.dossier;

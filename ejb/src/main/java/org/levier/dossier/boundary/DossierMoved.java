package org.levier.dossier.boundary;

import org.levier.dossier.entity.DossierStatus;

/**
 * A dossier moved along its lifecycle (by {@link Dossiers#moveTo} or a withdrawal), fired synchronously inside the
 * transaction of the move, after the dossier changed and before anything commits. Other components observe it to
 * guard the moves that are theirs ({@code DUE_DILIGENCE → COMMITTEE} needs a complete, reviewed due diligence; a
 * dossier leaves {@code COMMITTEE} only by a recorded decision) by throwing, which rolls the move back, or to react
 * (open the due-diligence file, tell the applicant). Observers lock their own rows only after the dossier's.
 */
public record DossierMoved(long dossierId, DossierStatus from, DossierStatus to, String actor, String reason) {
}

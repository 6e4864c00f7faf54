package org.levier.dossier.boundary;

import java.time.Instant;
import org.levier.dossier.entity.DossierStatus;

/**
 * A step of a dossier's history as its reader may see it: {@code from} is null for the creation; for an applicant,
 * {@code actor} is null when a member of the fund's staff acted (the role says who, the person stays private).
 */
public record HistoryEntry(DossierStatus from, DossierStatus to, Instant occurredAt, String actor, String actorRole,
                           String reason) {
}

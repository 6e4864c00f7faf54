package org.levier.dossier.boundary;

import org.levier.dossier.entity.DossierStatus;

/**
 * Filters of the dossier list, each optional (null: any): status, programme code, axis number, action number, and
 * {@code q}, a piece of the title or of the reference (case-insensitive).
 */
public record DossierFilter(DossierStatus status, String programme, Integer axis, Integer action, String q) {

    public static final DossierFilter ALL = new DossierFilter(null, null, null, null, null);

    public DossierFilter {
        programme = programme == null || programme.isBlank() ? null : programme.strip();
        q = q == null || q.isBlank() ? null : q.strip();
    }
}

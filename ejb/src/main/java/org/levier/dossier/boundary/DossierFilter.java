package org.levier.dossier.boundary;

import org.levier.dossier.entity.DossierStatus;

/**
 * Filters of the dossier list, each optional (null: any): status, programme code, axis number, action number, call
 * id, and {@code q}, a piece of the title, of the reference or of the organisation's legal name
 * (case-insensitive).
 */
public record DossierFilter(DossierStatus status, String programme, Integer axis, Integer action, Long call,
                            String q) {

    public static final DossierFilter ALL = new DossierFilter(null, null, null, null, null, null);

    public DossierFilter {
        programme = programme == null || programme.isBlank() ? null : programme.strip();
        q = q == null || q.isBlank() ? null : q.strip();
    }

    /** Without a call filter. */
    public DossierFilter(DossierStatus status, String programme, Integer axis, Integer action, String q) {
        this(status, programme, axis, action, null, q);
    }

    /** The same filter for any status (what the counts per status group by). */
    public DossierFilter anyStatus() {
        return new DossierFilter(null, programme, axis, action, call, q);
    }
}

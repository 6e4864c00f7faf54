package org.levier.shared.control;

import jakarta.ejb.ApplicationException;

/**
 * The caller is signed in but its role may not do this to this record (a rule of segregation of duties that
 * depends on data, which {@code @RolesAllowed} cannot express). REST: 403 problem+json with the key as type.
 */
@ApplicationException(rollback = true)
public class Forbidden extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public Forbidden(String key, String message) {
        super(message);
        this.key = key;
    }

    /** Stable identifier of the refusal, e.g. {@code dossier.transition.forbidden}. */
    public String key() {
        return key;
    }
}

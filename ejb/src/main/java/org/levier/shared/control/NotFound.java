package org.levier.shared.control;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist, or is not the caller's to see (REST: 404, never a hint which). */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String what) {
        super(what + " not found");
    }
}

package org.levier.shared.control;

import jakarta.ejb.ApplicationException;
import jakarta.persistence.OptimisticLockException;

/**
 * The caller edited a version of a record that someone else has changed meanwhile. A subclass of
 * {@link OptimisticLockException} so that one mapping (REST: 409) covers both the version the client sent and the
 * one JPA checks at flush; an application exception so the container neither wraps nor logs it as a failure.
 */
@ApplicationException(rollback = true)
public class StaleVersion extends OptimisticLockException {

    private static final long serialVersionUID = 1L;

    public StaleVersion(String what, long expected, long actual) {
        super(what + " was changed meanwhile (you edited version " + expected + ", it is now at version " + actual
                + "): reload it and apply your change again");
    }

    public StaleVersion(String what, Throwable cause) {
        super(what + " was changed meanwhile: reload it and apply your change again", cause);
    }
}

package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.Programme;
import org.levier.shared.control.NotFound;

/**
 * The programme a report is about: the one whose code is given, else the first one set up (several programmes may
 * live side by side: an added one never becomes the default).
 */
@ApplicationScoped
public class ProgrammeLookup {

    @Inject
    Programmes programmes;

    /** 404 for an unknown code. */
    public Programme get(String code) {
        if (code != null && !code.isBlank()) {
            return programmes.getByCode(code);
        }
        return programmes.first().orElseThrow(() -> new NotFound("programme"));
    }
}

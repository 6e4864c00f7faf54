package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.Programme;
import org.levier.shared.control.NotFound;

/** The programme a report is about: the one whose code is given, else the first (Levier runs one programme). */
@ApplicationScoped
public class ProgrammeLookup {

    @Inject
    Programmes programmes;

    /** 404 for an unknown code. */
    public Programme get(String code) {
        if (code != null && !code.isBlank()) {
            return programmes.getByCode(code);
        }
        return programmes.list().stream().findFirst().orElseThrow(() -> new NotFound("programme"));
    }
}

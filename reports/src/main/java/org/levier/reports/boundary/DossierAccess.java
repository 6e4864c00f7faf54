package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.ImpactIndicator;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Role;

/**
 * The dossier a per-dossier report is about, as its caller may see it: an applicant only its own organisation's (any
 * other answers 404, as everywhere), staff in the report's audience any dossier, anyone else 403.
 */
@ApplicationScoped
public class DossierAccess {

    /** Fund managers (analysts, directors) and auditors. */
    public static final String[] MANAGERS_AND_AUDITORS = {Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME,
            Role.AUDITOR_NAME};

    @Inject
    Dossiers dossiers;

    /**
     * The requested dossier: 422 without the {@code dossier} parameter; for an applicant its own (404 otherwise);
     * for staff, 403 unless in one of {@code staffAudience}.
     */
    public Dossier dossier(ReportCall call, String... staffAudience) {
        Long id = call.request().dossier();
        if (id == null) {
            throw new RuleViolation("report.dossier.required", "The report " + call.request().type().apiName()
                    + " needs the dossier parameter", List.of(new RuleViolation.Violation("dossier", "required")));
        }
        if (call.applicant() != null) {
            return dossiers.getOwn(call.applicant(), id);
        }
        call.requireAnyRole("the fund's managers, auditors and the dossier's applicant", staffAudience);
        return dossiers.get(id);
    }

    public List<ImpactIndicator> indicators() {
        return dossiers.indicators();
    }

    /** The dossier's reference, or {@code dossier-<id>} for a draft (used in file names). */
    public static String subject(Dossier dossier) {
        return dossier.reference().orElse("dossier-" + dossier.getId());
    }
}

package org.levier.agreement.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.levier.dossier.boundary.DossierMoved;
import org.levier.dossier.entity.DossierStatus;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;

/**
 * The agreement's gate on dossier moves: a dossier enters AGREEMENT_SIGNED only with its signed agreement (the
 * signature persists the agreement before it moves the dossier, in the same transaction), so not through the
 * generic transitions endpoint, which would leave an approved dossier "signed" with nothing committed.
 */
@Stateless
@PermitAll
public class AgreementGates {

    @PersistenceContext
    EntityManager em;

    public void onMove(@Observes DossierMoved moved) {
        if (moved.to() != DossierStatus.AGREEMENT_SIGNED) {
            return;
        }
        Long agreements = em.createQuery("select count(a) from Agreement a where a.dossierId = :dossier", Long.class)
                .setParameter("dossier", moved.dossierId())
                .getSingleResult();
        if (agreements == 0) {
            throw new RuleViolation("agreement.signature.required", "A dossier becomes AGREEMENT_SIGNED only by the"
                    + " signature of its agreement", List.of(new Violation("to",
                    "POST /api/v1/dossiers/" + moved.dossierId() + "/agreement instead")));
        }
    }
}

package org.levier.committee.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.levier.committee.entity.DecisionOutcome;
import org.levier.dossier.boundary.DossierMoved;
import org.levier.dossier.control.DossierIds;
import org.levier.dossier.entity.DossierStatus;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;

/**
 * The committee's gate on dossier moves: a dossier leaves COMMITTEE for APPROVED, REJECTED or DUE_DILIGENCE only
 * by a decision with that outcome recorded since it last entered COMMITTEE (so not through the generic transitions
 * endpoint). A withdrawal by the applicant stays possible.
 */
@Stateless
@PermitAll
public class CommitteeGates {

    static final Map<DossierStatus, DecisionOutcome> OUTCOME_OF = Map.of(
            DossierStatus.APPROVED, DecisionOutcome.APPROVED,
            DossierStatus.REJECTED, DecisionOutcome.REJECTED,
            DossierStatus.DUE_DILIGENCE, DecisionOutcome.DEFERRED);

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierIds dossierIds;

    public void onMove(@Observes DossierMoved moved) {
        if (moved.from() != DossierStatus.COMMITTEE || !OUTCOME_OF.containsKey(moved.to())) {
            return;
        }
        DecisionOutcome outcome = OUTCOME_OF.get(moved.to());
        // The latest entry into COMMITTEE, from the dossier's history.
        Instant since = dossierIds.lastMovedTo(moved.dossierId(), DossierStatus.COMMITTEE).orElse(null);
        Long decisions = em.createQuery("select count(d) from Decision d where d.dossierId = :dossier"
                        + " and d.outcome = :outcome and d.decidedAt >= :since", Long.class)
                .setParameter("dossier", moved.dossierId())
                .setParameter("outcome", outcome)
                .setParameter("since", since == null ? Instant.EPOCH : since)
                .getSingleResult();
        if (decisions == 0) {
            throw new RuleViolation("committee.decision.required", "A dossier leaves the committee ("
                    + moved.from() + " → " + moved.to() + ") only by a recorded committee decision ("
                    + outcome + ")", List.of(new Violation("to", "record the committee's decision instead")));
        }
    }

    /** The dossier status a decision moves the dossier to. */
    public static DossierStatus targetOf(DecisionOutcome outcome) {
        return switch (outcome) {
            case APPROVED -> DossierStatus.APPROVED;
            case REJECTED -> DossierStatus.REJECTED;
            case DEFERRED -> DossierStatus.DUE_DILIGENCE;
        };
    }
}

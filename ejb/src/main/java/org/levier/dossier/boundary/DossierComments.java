package org.levier.dossier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.audit.boundary.AuditTrail;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierComment;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.NotFound;
import org.levier.shared.entity.InstantConverter;
import org.levier.shared.entity.Role;

/**
 * Internal comments of the fund's staff on a dossier. No method here is open to applicants: the portal never reads
 * them. Auditors read them.
 */
@Stateless
public class DossierComments {

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public DossierComment write(long dossierId, String body) {
        if (em.find(Dossier.class, dossierId) == null) {
            throw new NotFound("dossier " + dossierId);
        }
        Role role = context.isCallerInRole(Role.ANALYST_NAME) ? Role.ANALYST : Role.FUND_DIRECTOR;
        DossierComment comment = DossierComment.write(dossierId, invocation.caller(), role, body,
                InstantConverter.toColumnPrecision(clock.instant()));
        em.persist(comment);
        em.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("dossierId", dossierId);
        changes.put("length", comment.getBody().length());
        audit.record("dossier.comment.written", "DossierComment", comment.getId(),
                "Internal comment on dossier #" + dossierId, changes);
        return comment;
    }

    /** The comments of a dossier, oldest first. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public List<DossierComment> list(long dossierId) {
        if (em.find(Dossier.class, dossierId) == null) {
            throw new NotFound("dossier " + dossierId);
        }
        return em.createQuery("select c from DossierComment c where c.dossierId = :dossier"
                        + " order by c.createdAt, c.id", DossierComment.class)
                .setParameter("dossier", dossierId)
                .getResultList();
    }
}

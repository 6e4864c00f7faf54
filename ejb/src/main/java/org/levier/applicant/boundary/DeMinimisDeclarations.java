package org.levier.applicant.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.levier.applicant.entity.DeMinimisAid;
import org.levier.audit.boundary.AuditTrail;
import org.levier.dossier.control.SubmissionRules;
import org.levier.identity.boundary.Users;
import org.levier.identity.entity.Role;
import org.levier.identity.entity.User;
import org.levier.shared.control.Clocks;
import org.levier.shared.control.Forbidden;
import org.levier.shared.entity.Money;

/**
 * The de minimis aid an applicant's organisation declares having received. The caller's organisation is the one
 * declared for: an applicant never declares for another. Submission reads them for the DE_MINIMIS rule.
 */
@Stateless
public class DeMinimisDeclarations {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Users users;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed(Role.APPLICANT_NAME)
    public DeMinimisAid declare(LocalDate grantedOn, Money amount, String grantingBody) {
        long organisationId = callersOrganisation();
        DeMinimisAid aid = new DeMinimisAid(organisationId, grantedOn, amount, grantingBody,
                context.getCallerPrincipal().getName(), LocalDate.now(clock.withZone(Clocks.FUND_ZONE)),
                clock.instant());
        em.persist(aid);
        em.flush();
        audit.record("de-minimis.declared", "Organisation", organisationId,
                "De minimis aid of " + amount.toPlainString() + " EUR declared",
                Map.of("grantedOn", grantedOn, "amount", amount, "grantingBody", aid.getGrantingBody(),
                        "declarationId", aid.getId()));
        return aid;
    }

    /** The caller's organisation's declarations, newest grant first. */
    @RolesAllowed(Role.APPLICANT_NAME)
    public List<DeMinimisAid> own() {
        return of(callersOrganisation());
    }

    /** What the submission rule needs for an organisation (every declaration: the rule keeps the 3-year window). */
    @RolesAllowed({Role.APPLICANT_NAME, Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public List<SubmissionRules.PriorAid> priorAid(long organisationId) {
        return of(organisationId).stream()
                .map(a -> new SubmissionRules.PriorAid(a.getGrantedOn(), a.getAmount(), a.getGrantingBody()))
                .toList();
    }

    private List<DeMinimisAid> of(long organisationId) {
        return em.createQuery("select a from DeMinimisAid a where a.organisationId = :organisation"
                        + " order by a.grantedOn desc, a.id desc", DeMinimisAid.class)
                .setParameter("organisation", organisationId)
                .getResultList();
    }

    private long callersOrganisation() {
        return users.findByEmail(context.getCallerPrincipal().getName())
                .map(User::getOrganisationId)
                .orElseThrow(() -> new Forbidden("applicant.required",
                        "Only an applicant acting for an organisation may do this"));
    }
}

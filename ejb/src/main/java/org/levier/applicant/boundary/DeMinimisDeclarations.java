package org.levier.applicant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.applicant.entity.DeMinimisAid;
import org.levier.applicant.entity.DeMinimisCorrection;
import org.levier.audit.boundary.AuditTrail;
import org.levier.dossier.control.SubmissionRules;
import org.levier.identity.boundary.Users;
import org.levier.identity.entity.User;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.Clocks;
import org.levier.shared.control.Forbidden;
import org.levier.shared.control.NotFound;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * The de minimis aid an applicant's organisation declares having received. The caller's organisation is the one
 * declared for: an applicant never declares for another. Submission reads them for the DE_MINIMIS rule.
 */
@Stateless
public class DeMinimisDeclarations {

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

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
                invocation.caller(), LocalDate.now(clock.withZone(Clocks.FUND_ZONE)),
                clock.instant());
        em.persist(aid);
        em.flush();
        audit.record("de-minimis.declared", "Organisation", organisationId,
                "De minimis aid of " + amount.toPlainString() + " EUR declared",
                Map.of("grantedOn", grantedOn, "amount", amount, "grantingBody", aid.getGrantingBody(),
                        "declarationId", aid.getId()));
        return aid;
    }

    /**
     * Corrects one of the caller's organisation's declarations with a reason: the declaration takes the new values,
     * the values before and after are appended to its history, and the correction is audited. Another
     * organisation's declaration does not exist for the caller (404).
     */
    @RolesAllowed(Role.APPLICANT_NAME)
    public DeMinimisAid correct(long aidId, LocalDate grantedOn, Money amount, String grantingBody, String reason) {
        long organisationId = callersOrganisation();
        DeMinimisAid aid = em.find(DeMinimisAid.class, aidId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (aid == null || aid.getOrganisationId() != organisationId) {
            throw new NotFound("de minimis declaration " + aidId);
        }
        DeMinimisCorrection correction = aid.correct(grantedOn, amount, grantingBody, reason,
                invocation.caller(), LocalDate.now(clock.withZone(Clocks.FUND_ZONE)),
                clock.instant());
        em.persist(correction);
        em.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("declarationId", aidId);
        changes.put("grantedOn", correction.getPreviousGrantedOn() + " -> " + correction.getGrantedOn());
        changes.put("amount", correction.getPreviousAmount().toPlainString() + " -> "
                + correction.getAmount().toPlainString());
        changes.put("grantingBody", correction.getPreviousGrantingBody() + " -> " + correction.getGrantingBody());
        changes.put("reason", correction.getReason());
        audit.record("de-minimis.corrected", "Organisation", organisationId, "De minimis declaration #" + aidId
                + " corrected: " + correction.getAmount().toPlainString() + " EUR", changes);
        return aid;
    }

    /** The corrections of the caller's organisation's declaration, oldest first. */
    @RolesAllowed(Role.APPLICANT_NAME)
    public List<DeMinimisCorrection> correctionsOwn(long aidId) {
        DeMinimisAid aid = em.find(DeMinimisAid.class, aidId);
        if (aid == null || aid.getOrganisationId() != callersOrganisation()) {
            throw new NotFound("de minimis declaration " + aidId);
        }
        return corrections(List.of(aidId));
    }

    /**
     * For staff and auditors: an organisation's declarations (newest grant first), their corrections and the total
     * received over the 3 rolling years that the submission rule counts (granted after today minus 3 years).
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public DeMinimisStatement statement(long organisationId) {
        List<DeMinimisAid> aids = of(organisationId);
        LocalDate today = LocalDate.now(clock.withZone(Clocks.FUND_ZONE));
        LocalDate windowStart = today.minusYears(SubmissionRules.DE_MINIMIS_YEARS);
        Money rolling = aids.stream().filter(a -> a.getGrantedOn().isAfter(windowStart)).map(DeMinimisAid::getAmount)
                .reduce(Money.ZERO, Money::plus);
        return new DeMinimisStatement(organisationId, aids, corrections(aids.stream().map(DeMinimisAid::getId)
                .toList()), windowStart.plusDays(1), today, rolling, SubmissionRules.DE_MINIMIS_CEILING);
    }

    private List<DeMinimisCorrection> corrections(List<Long> aidIds) {
        if (aidIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from DeMinimisCorrection c where c.aidId in :ids"
                        + " order by c.correctedAt, c.id", DeMinimisCorrection.class)
                .setParameter("ids", aidIds)
                .getResultList();
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
        return users.findByEmail(invocation.caller())
                .map(User::getOrganisationId)
                .orElseThrow(() -> new Forbidden("applicant.required",
                        "Only an applicant acting for an organisation may do this"));
    }
}

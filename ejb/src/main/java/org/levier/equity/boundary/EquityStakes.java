package org.levier.equity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.levier.agreement.entity.Agreement;
import org.levier.audit.boundary.AuditTrail;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.equity.entity.EquityExit;
import org.levier.equity.entity.EquityStake;
import org.levier.equity.entity.StakeTerms;
import org.levier.equity.entity.Valuation;
import org.levier.equity.entity.ValuationMethod;
import org.levier.identity.entity.Role;
import org.levier.shared.control.Clocks;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.StaleVersion;
import org.levier.shared.entity.InstantConverter;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * Equity stakes of agreements: recording the investment (under the agreement's lock, within its equity commitment),
 * valuations and exits (under the stake's lock), reading with multiple and IRR. Audit last.
 */
@Stateless
public class EquityStakes {

    static final String ENTITY = "EquityStake";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** @throws RuleViolation {@code equity.stake-exists}, {@code equity.above-commitment}, {@code equity.invalid} */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public StakeView record(long dossierId, StakeTerms terms) {
        Long agreementId = em.createQuery("select a.id from Agreement a where a.dossierId = :dossier", Long.class)
                .setParameter("dossier", dossierId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("agreement of dossier " + dossierId));
        Agreement agreement = em.find(Agreement.class, agreementId, LockModeType.PESSIMISTIC_WRITE);
        if (!em.createQuery("select s.id from EquityStake s where s.agreementId = :a", Long.class)
                .setParameter("a", agreementId).getResultList().isEmpty()) {
            throw new RuleViolation("equity.stake-exists", "The agreement already has its equity stake");
        }
        EquityStake stake = EquityStake.record(agreementId, terms, caller(), now());
        Money committed = agreement.committed(Instrument.EQUITY);
        if (stake.getInvested().isGreaterThan(committed)) {
            throw new RuleViolation("equity.above-commitment", "The investment (" + stake.getInvested()
                    .toPlainString() + ") exceeds the agreement's equity commitment (" + committed.toPlainString()
                    + ")");
        }
        em.persist(stake);
        em.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("agreementId", agreementId);
        changes.put("investedOn", stake.getInvestedOn());
        changes.put("invested", stake.getInvested());
        changes.put("shares", stake.getShares());
        changes.put("pricePerShare", stake.getPricePerShare().toPlainString());
        changes.put("ownershipPercentage", stake.getOwnershipPercentage().toPlainString());
        audit.record("equity.invested", ENTITY, stake.getId(), "Equity stake of " + stake.getInvested()
                .toPlainString() + " recorded", changes);
        return StakeView.of(stake, today());
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public StakeView value(long dossierId, LocalDate valuedOn, Money value, ValuationMethod method) {
        EquityStake stake = lock(dossierId);
        Valuation valuation = stake.value(valuedOn, value, method, caller(), now());
        flush(stake);
        audit.record("equity.valued", ENTITY, stake.getId(), "Stake valued at " + value.toPlainString() + " on "
                + valuedOn, Map.of("valuedOn", valuedOn, "value", value, "method", valuation.getMethod()));
        return StakeView.of(stake, today());
    }

    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public StakeView exit(long dossierId, LocalDate exitedOn, long sharesSold, Money proceeds, String buyer) {
        EquityStake stake = lock(dossierId);
        EquityExit exit = stake.exit(exitedOn, sharesSold, proceeds, buyer, caller(), now());
        flush(stake);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("exitedOn", exitedOn);
        changes.put("sharesSold", sharesSold);
        changes.put("proceeds", proceeds);
        changes.put("buyer", exit.buyer().orElse(null));
        changes.put("sharesHeld", stake.sharesHeld());
        audit.record("equity.exited", ENTITY, stake.getId(), sharesSold + " shares sold for "
                + proceeds.toPlainString(), changes);
        return StakeView.of(stake, today());
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public StakeView get(long dossierId) {
        return StakeView.of(stake(dossierId, null), today());
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public StakeView getOwn(ApplicantContext applicant, long dossierId) {
        return StakeView.of(stake(dossierId, applicant.organisationId()), today());
    }

    private EquityStake stake(long dossierId, Long organisationId) {
        var query = em.createQuery("select s from EquityStake s, Agreement a where s.agreementId = a.id"
                + " and a.dossierId = :dossier" + (organisationId == null ? ""
                : " and a.organisationId = :organisation"), EquityStake.class).setParameter("dossier", dossierId);
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        return query.getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("equity stake of dossier " + dossierId));
    }

    private EquityStake lock(long dossierId) {
        Long id = em.createQuery("select s.id from EquityStake s, Agreement a where s.agreementId = a.id"
                        + " and a.dossierId = :dossier", Long.class)
                .setParameter("dossier", dossierId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("equity stake of dossier " + dossierId));
        return em.find(EquityStake.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private void flush(EquityStake stake) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion("equity stake " + stake.getId(), e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.FUND_ZONE));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private Instant now() {
        return InstantConverter.toColumnPrecision(clock.instant());
    }
}

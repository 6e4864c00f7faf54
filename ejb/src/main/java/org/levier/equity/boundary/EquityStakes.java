package org.levier.equity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.agreement.control.AgreementIds;
import org.levier.agreement.control.AgreementLoader;
import org.levier.audit.boundary.AuditTrail;
import org.levier.disbursement.boundary.DisbursementPaid;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.equity.control.EquityFlows;
import org.levier.equity.control.EquityMetrics.Dated;
import org.levier.equity.entity.EquityExit;
import org.levier.equity.entity.EquityStake;
import org.levier.equity.entity.StakeTerms;
import org.levier.equity.entity.Valuation;
import org.levier.equity.entity.ValuationMethod;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.Clocks;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * Equity stakes of agreements: recording the investment (under the agreement's lock; it is the equity actually
 * paid, and follows further payments), valuations and exits (under the stake's lock; their dates are facts), reading
 * with multiple and IRR over the dated flows (equity paid at value dates). Audit last.
 */
@Stateless
public class EquityStakes {

    static final String ENTITY = "EquityStake";

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AgreementIds agreementIds;

    @Inject
    AgreementLoader agreements;

    @Inject
    AuditTrail audit;

    @Inject
    EquityFlows flows;

    /**
     * Records the stake bought with the equity paid under the dossier's agreement (the investment is the sum of its
     * paid EQUITY disbursements, dated by the first; it follows later payments: {@link #onPaid}).
     *
     * @throws RuleViolation {@code equity.stake-exists}, {@code equity.nothing-paid}, {@code equity.invalid}
     */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public StakeView record(long dossierId, StakeTerms terms) {
        Long agreementId = agreementIds.ofDossier(dossierId)
                .orElseThrow(() -> new NotFound("agreement of dossier " + dossierId));
        agreements.lock(agreementId);
        if (!em.createQuery("select s.id from EquityStake s where s.agreementId = :a", Long.class)
                .setParameter("a", agreementId).getResultList().isEmpty()) {
            throw new RuleViolation("equity.stake-exists", "The agreement already has its equity stake");
        }
        List<Dated> paidIn = flows.paidIn(agreementId);
        EquityStake stake = EquityStake.record(agreementId, terms, EquityFlows.total(paidIn),
                paidIn.isEmpty() ? null : paidIn.get(0).on(), invocation.caller(), invocation.now());
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
        return view(stake);
    }

    /**
     * The investment follows the equity paid: a further EQUITY disbursement paid on an agreement with a stake raises
     * it, in the payment's transaction (under the agreement's lock the payment holds, then the stake's).
     */
    @PermitAll
    public void onPaid(@Observes DisbursementPaid paid) {
        if (paid.instrument() != Instrument.EQUITY) {
            return;
        }
        Long id = em.createQuery("select s.id from EquityStake s where s.agreementId = :a", Long.class)
                .setParameter("a", paid.agreementId()).getResultStream().findFirst().orElse(null);
        if (id == null) {
            return;
        }
        EquityStake stake = em.find(EquityStake.class, id, LockModeType.PESSIMISTIC_WRITE);
        Money before = stake.getInvested();
        List<Dated> paidIn = flows.paidIn(paid.agreementId());
        if (!stake.follow(EquityFlows.total(paidIn), paidIn.isEmpty() ? null : paidIn.get(0).on())) {
            return;
        }
        invocation.flush("equity stake " + stake.getId());
        audit.record("equity.invested.followed", ENTITY, stake.getId(), "Equity investment follows the money paid: "
                + stake.getInvested().toPlainString() + " (was " + before.toPlainString() + ")",
                Map.of("disbursementId", paid.disbursementId(), "investedBefore", before,
                        "invested", stake.getInvested()));
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public StakeView value(long dossierId, LocalDate valuedOn, Money value, ValuationMethod method) {
        EquityStake stake = lock(dossierId);
        Valuation valuation = stake.value(valuedOn, value, method, invocation.caller(), today(), invocation.now());
        invocation.flush("equity stake " + stake.getId());
        audit.record("equity.valued", ENTITY, stake.getId(), "Stake valued at " + value.toPlainString() + " on "
                + valuedOn, Map.of("valuedOn", valuedOn, "value", value, "method", valuation.getMethod()));
        return view(stake);
    }

    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public StakeView exit(long dossierId, LocalDate exitedOn, long sharesSold, Money proceeds, String buyer) {
        EquityStake stake = lock(dossierId);
        EquityExit exit = stake.exit(exitedOn, sharesSold, proceeds, buyer, invocation.caller(), today(),
                invocation.now());
        invocation.flush("equity stake " + stake.getId());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("exitedOn", exitedOn);
        changes.put("sharesSold", sharesSold);
        changes.put("proceeds", proceeds);
        changes.put("buyer", exit.buyer().orElse(null));
        changes.put("sharesHeld", stake.sharesHeld());
        audit.record("equity.exited", ENTITY, stake.getId(), sharesSold + " shares sold for "
                + proceeds.toPlainString(), changes);
        return view(stake);
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public StakeView get(long dossierId) {
        return view(stake(dossierId, null));
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public StakeView getOwn(ApplicantContext applicant, long dossierId) {
        return view(stake(dossierId, applicant.organisationId()));
    }

    private StakeView view(EquityStake stake) {
        return StakeView.of(stake, today(), flows.paidIn(stake.getAgreementId()));
    }

    private EquityStake stake(long dossierId, Long organisationId) {
        return agreementIds.ofDossier(dossierId, organisationId).flatMap(agreement -> em.createQuery(
                        "select s from EquityStake s where s.agreementId = :agreement", EquityStake.class)
                .setParameter("agreement", agreement).getResultStream().findFirst())
                .orElseThrow(() -> new NotFound("equity stake of dossier " + dossierId));
    }

    private EquityStake lock(long dossierId) {
        Long id = agreementIds.ofDossier(dossierId).flatMap(agreement -> em.createQuery(
                        "select s.id from EquityStake s where s.agreementId = :agreement", Long.class)
                .setParameter("agreement", agreement).getResultStream().findFirst())
                .orElseThrow(() -> new NotFound("equity stake of dossier " + dossierId));
        return em.find(EquityStake.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.FUND_ZONE));
    }
}

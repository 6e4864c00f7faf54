package org.levier.committee.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.audit.boundary.AuditTrail;
import org.levier.budget.control.BudgetLedger;
import org.levier.budget.entity.ProgrammeBudget;
import org.levier.committee.control.WhatIfCumulation.Effect;
import org.levier.committee.control.WhatIfCumulation.Proposal;
import org.levier.committee.control.WhatIfCumulation;
import org.levier.committee.entity.Decision;
import org.levier.committee.entity.DecisionOutcome;
import org.levier.dossier.control.DossierIds;
import org.levier.portfolio.boundary.Portfolios;
import org.levier.portfolio.control.CommitteeAgendas;
import org.levier.portfolio.entity.Leverage;
import org.levier.programme.control.ProgrammeLoader;
import org.levier.programme.entity.Programme;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.InstantConverter;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * The committee's budget: the what-if of a session's agenda before deciding, and the confirmation of funds for an
 * approval recorded subject to funds.
 *
 * <p>Locks of {@link #confirmFunds}: the programme row first (as every use case that reserves money), then the
 * decision row; the room is read after the locks.
 */
@Stateless
public class CommitteeBudgets {

    /** One agenda item's what-if. {@code counted}: a proposed approval (undecided, approving recommendation). */
    public record WhatIfItem(int position, long dossierId, String reference, String title, String programme,
                             int actionNumber, String status, String recommendation,
                             Map<Instrument, Money> recommended, Money recommendedTotal, boolean counted,
                             boolean decided, Effect effect) {
    }

    /** The what-if of a session: its items in agenda order, cumulated. */
    public record WhatIf(long sessionId, List<WhatIfItem> items) {

        /** Whether every proposed approval fits, in agenda order. */
        public boolean allFit() {
            return items.stream().allMatch(i -> i.effect().fits());
        }
    }

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeLoader programmeLoader;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Committees committees;

    @Inject
    BudgetLedger budget;

    @Inject
    Portfolios portfolios;

    @Inject
    CommitteeAgendas agendas;

    @Inject
    DossierIds dossierIds;

    /**
     * Per agenda item in agenda order: the recommended amounts (due diligence's approving recommendation), the
     * allotment and envelope left and the programme's committed leverage before and after approving them,
     * cumulated over the agenda. A member reads only the sessions it sits on. A few aggregate queries: the agenda
     * with its recommendations, each programme's budget and committed sums, the agenda's co-financing.
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME, Role.COMMITTEE_MEMBER_NAME})
    public WhatIf whatIf(long sessionId) {
        committees.get(sessionId); // 404 and the reader rule
        @SuppressWarnings("unchecked")
        List<Object[]> rows = agendas.withRecommendations(sessionId);
        Map<Long, ProgrammeBudget> budgets = new HashMap<>();
        Map<Long, Leverage> leverages = new HashMap<>();
        Map<Long, String> codes = new HashMap<>();
        List<Long> dossierIds = rows.stream().map(r -> ((Number) r[1]).longValue()).toList();
        Map<Long, Leverage> cofinancing = portfolios.committedCofinancing(dossierIds);
        List<Proposal> proposals = new ArrayList<>();
        for (Object[] r : rows) {
            long programmeId = ((Number) r[4]).longValue();
            if (!budgets.containsKey(programmeId)) {
                Programme programme = programmeLoader.find(programmeId).orElseThrow();
                budgets.put(programmeId, budget.budget(programme));
                leverages.put(programmeId, portfolios.committedSums(programme.getCode()));
                codes.put(programmeId, programme.getCode());
            }
            long dossierId = ((Number) r[1]).longValue();
            boolean counted = "COMMITTEE".equals(r[7]) && "APPROVE".equals(r[8]) && ((Number) r[12]).intValue() == 0;
            proposals.add(new Proposal(dossierId, programmeId, ((Number) r[5]).longValue(),
                    counted ? total(r) : Money.ZERO, cofinancing.getOrDefault(dossierId, Leverage.NONE), counted));
        }
        List<Effect> effects = WhatIfCumulation.cumulate(proposals, budgets, leverages);
        List<WhatIfItem> items = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            Object[] r = rows.get(k);
            Effect effect = effects.get(k);
            items.add(new WhatIfItem(((Number) r[0]).intValue(), effect.proposal().dossierId(), (String) r[2],
                    (String) r[3], codes.get(effect.proposal().programmeId()), ((Number) r[6]).intValue(),
                    (String) r[7], (String) r[8], amounts(r), total(r), effect.proposal().counted(),
                    ((Number) r[12]).intValue() > 0, effect));
        }
        return new WhatIf(sessionId, items);
    }

    /**
     * A director confirms that funds are now available for an approval recorded subject to funds: it then reserves
     * its approved total, which must fit what is left (the same rule as a decision).
     *
     * @throws RuleViolation {@code committee.funds.not-subject}, {@code committee.funds.confirmed},
     *                       {@code committee.funds.signed} (the agreement is signed: it committed the funds),
     *                       {@code committee.budget.programme-exceeded} / {@code committee.budget.action-exceeded}
     */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public Decision confirmFunds(long sessionId, long dossierId) {
        Long decisionId = em.createQuery("select d.id from Decision d where d.sessionId = :session"
                        + " and d.dossierId = :dossier and d.outcome = :approved", Long.class)
                .setParameter("session", sessionId)
                .setParameter("dossier", dossierId)
                .setParameter("approved", DecisionOutcome.APPROVED)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("approval of dossier " + dossierId + " in committee session "
                        + sessionId));
        Programme programme = budget.lock(programmeIdOf(dossierId));
        Decision decision = em.find(Decision.class, decisionId, LockModeType.PESSIMISTIC_WRITE);
        DossierIds.Standing dossier = dossierIds.standing(dossierId)
                .orElseThrow(() -> new NotFound("dossier " + dossierId));
        if (!"APPROVED".equals(String.valueOf(dossier.status()))) {
            throw new RuleViolation("committee.funds.signed", "Dossier " + dossier.reference() + " is "
                    + dossier.status() + ": its agreement committed the funds when it was signed");
        }
        if (decision.isAwaitingFunds()) {
            budget.requireRoom(programme, dossier.actionId(), decision.approvedTotal(), Money.ZERO,
                    Committees.BUDGET_KEY);
        }
        decision.confirmFunds(invocation.caller(),
                InstantConverter.toColumnPrecision(clock.instant()));
        em.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("sessionId", sessionId);
        changes.put("dossierId", dossierId);
        changes.put("reserved", decision.approvedTotal());
        audit.record("committee.decision.funds-confirmed", Committees.DECISION, decision.getId(), "Funds confirmed"
                + " for the approval of dossier " + dossier.reference() + ": " + decision.approvedTotal().toPlainString()
                + " reserved", changes);
        decision.getConditions().size();
        return decision;
    }

    private long programmeIdOf(long dossierId) {
        return dossierIds.standing(dossierId).map(DossierIds.Standing::programmeId)
                .orElseThrow(() -> new NotFound("dossier " + dossierId));
    }

    private static Map<Instrument, Money> amounts(Object[] r) {
        Map<Instrument, Money> amounts = new EnumMap<>(Instrument.class);
        amounts.put(Instrument.GRANT, money(r[9]));
        amounts.put(Instrument.REPAYABLE_ADVANCE, money(r[10]));
        amounts.put(Instrument.EQUITY, money(r[11]));
        return amounts;
    }

    private static Money total(Object[] r) {
        return money(r[9]).plus(money(r[10])).plus(money(r[11]));
    }

    private static Money money(Object value) {
        return value == null ? Money.ZERO
                : Money.eur(new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.UNNECESSARY));
    }
}

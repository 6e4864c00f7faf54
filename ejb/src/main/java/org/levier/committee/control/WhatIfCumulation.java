package org.levier.committee.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.budget.entity.ProgrammeBudget;
import org.levier.budget.entity.Room;
import org.levier.portfolio.entity.Leverage;
import org.levier.shared.entity.Money;

/**
 * The arithmetic of the committee's what-if: the agenda's proposed approvals applied one after the other, in agenda
 * order, to the programmes' budgets and committed leverage, so that each item's "before" is the previous item's
 * "after" (per programme and per action). An item that does not fit what is left (allotment or envelope) changes
 * nothing: approving it would be refused, or recorded subject to funds and kept out of the reservation. Items not
 * counted (decided, no approving recommendation) change nothing either.
 */
public final class WhatIfCumulation {

    /**
     * One agenda item as proposed: the recommended total and the dossier's co-financing on the committed basis
     * (fund contribution zero).
     */
    public record Proposal(long dossierId, long programmeId, long actionId, Money amount, Leverage cofinancing,
                           boolean counted) {
    }

    /** The item's effect: figures before and after it; {@code envelope} (and its left) null without an envelope. */
    public record Effect(Proposal proposal, Money allotment, Money allotmentLeftBefore, Money allotmentLeftAfter,
                         Money envelope, Money envelopeLeftBefore, Money envelopeLeftAfter, BigDecimal leverageBefore,
                         BigDecimal leverageAfter, boolean fitsAllotment, boolean fitsEnvelope) {

        public boolean fits() {
            return fitsAllotment && fitsEnvelope;
        }
    }

    private WhatIfCumulation() {
    }

    /**
     * @param budgets   the budget of every programme of the proposals, by programme id
     * @param leverages the committed-basis sums of every programme of the proposals, by programme id
     */
    public static List<Effect> cumulate(List<Proposal> proposals, Map<Long, ProgrammeBudget> budgets,
                                        Map<Long, Leverage> leverages) {
        Map<Long, Room> programmes = new HashMap<>();
        Map<Long, Room> actions = new HashMap<>();
        Map<Long, Leverage> sums = new HashMap<>(leverages);
        budgets.forEach((id, budget) -> {
            programmes.put(id, budget.total());
            budget.actions().forEach(a -> actions.put(a.actionId(), a.room()));
        });
        List<Effect> effects = new ArrayList<>();
        for (Proposal p : proposals) {
            Room programme = programmes.get(p.programmeId());
            Room action = actions.getOrDefault(p.actionId(), Room.of(null));
            Leverage leverage = sums.getOrDefault(p.programmeId(), Leverage.NONE);
            boolean fitsAllotment = programme.fits(p.amount(), Money.ZERO);
            boolean fitsEnvelope = action.fits(p.amount(), Money.ZERO);
            Room programmeAfter = programme;
            Room actionAfter = action;
            Leverage leverageAfter = leverage;
            if (p.counted() && fitsAllotment && fitsEnvelope) {
                programmeAfter = programme.reserving(p.amount());
                actionAfter = action.reserving(p.amount());
                leverageAfter = leverage.plus(new Leverage(p.amount().amount(), p.cofinancing().cofinancing(),
                        p.cofinancing().privateMoney()));
                programmes.put(p.programmeId(), programmeAfter);
                actions.put(p.actionId(), actionAfter);
                sums.put(p.programmeId(), leverageAfter);
            }
            effects.add(new Effect(p, programme.limit(), programme.left(), programmeAfter.left(), action.limit(),
                    action.left(), actionAfter.left(), leverage.leverage(), leverageAfter.leverage(),
                    !p.counted() || fitsAllotment, !p.counted() || fitsEnvelope));
        }
        return effects;
    }
}

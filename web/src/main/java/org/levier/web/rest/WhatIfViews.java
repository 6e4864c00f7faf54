package org.levier.web.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.budget.entity.ProgrammeBudget;
import org.levier.budget.entity.Room;
import org.levier.committee.boundary.CommitteeBudgets;
import org.levier.committee.control.WhatIfCumulation.Effect;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/** The JSON of the committee's what-if and of a programme's budget (money as strings, ratios to 4 decimals). */
final class WhatIfViews {

    private WhatIfViews() {
    }

    /** One action's budget: {@code envelope} and {@code left} null when the action has no envelope. */
    @JsonbNillable
    public record ActionBudgetView(int number, String title, String envelope, String committed, String reserved,
                                   String awaitingFunds, String left) {
    }

    /** A programme's budget: the allotment's figures and each action's. */
    public record BudgetView(String programme, String allotment, String committed, String reserved,
                             String awaitingFunds, String left, List<ActionBudgetView> actions) {
    }

    /** One agenda item's what-if. */
    @JsonbNillable
    public record WhatIfItemView(int position, long dossierId, String reference, String title, String programme,
                                 int actionNumber, String status, String recommendation,
                                 Map<String, String> recommended, String recommendedTotal, boolean counted,
                                 boolean decided, String allotment, String allotmentLeftBefore,
                                 String allotmentLeftAfter, String envelope, String envelopeLeftBefore,
                                 String envelopeLeftAfter, String leverageBefore, String leverageAfter,
                                 boolean fits, boolean fitsAllotment, boolean fitsEnvelope) {
    }

    /** The what-if of a session; {@code allFit}: every proposed approval fits, in agenda order. */
    public record WhatIfView(long sessionId, boolean allFit, List<WhatIfItemView> items) {
    }

    static WhatIfView view(CommitteeBudgets.WhatIf whatIf) {
        return new WhatIfView(whatIf.sessionId(), whatIf.allFit(), whatIf.items().stream().map(i -> {
            Effect e = i.effect();
            Map<String, String> recommended = new LinkedHashMap<>();
            for (Instrument instrument : Instrument.values()) {
                recommended.put(instrument.name(), ApiFormat.money(i.recommended().getOrDefault(instrument,
                        Money.ZERO)));
            }
            return new WhatIfItemView(i.position(), i.dossierId(), i.reference(), i.title(), i.programme(),
                    i.actionNumber(), i.status(), i.recommendation(), recommended,
                    ApiFormat.money(i.recommendedTotal()), i.counted(), i.decided(), ApiFormat.money(e.allotment()),
                    ApiFormat.money(e.allotmentLeftBefore()), ApiFormat.money(e.allotmentLeftAfter()),
                    ApiFormat.money(e.envelope()), ApiFormat.money(e.envelopeLeftBefore()),
                    ApiFormat.money(e.envelopeLeftAfter()), ratio(e.leverageBefore()), ratio(e.leverageAfter()),
                    e.fits(), e.fitsAllotment(), e.fitsEnvelope());
        }).toList());
    }

    static BudgetView view(ProgrammeBudget budget) {
        Room t = budget.total();
        return new BudgetView(budget.code(), ApiFormat.money(t.limit()), ApiFormat.money(t.committed()),
                ApiFormat.money(t.reserved()), ApiFormat.money(t.awaitingFunds()), ApiFormat.money(t.left()),
                budget.actions().stream().map(a -> new ActionBudgetView(a.number(), a.title(),
                        ApiFormat.money(a.room().limit()), ApiFormat.money(a.room().committed()),
                        ApiFormat.money(a.room().reserved()), ApiFormat.money(a.room().awaitingFunds()),
                        ApiFormat.money(a.room().left()))).toList());
    }

    private static String ratio(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}

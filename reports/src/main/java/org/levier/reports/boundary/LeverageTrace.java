package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.levier.dossier.entity.Dossier;
import org.levier.portfolio.boundary.Portfolios;
import org.levier.portfolio.entity.Basis;
import org.levier.portfolio.entity.Breakdown;
import org.levier.portfolio.entity.Leverage;
import org.levier.programme.entity.Programme;

/**
 * How one dossier contributes to each leverage figure of its programme (the evidence pack's
 * {@code leverage-trace.json}): its inputs (requested amounts, co-financing lines and on which bases each counts),
 * then per basis (requested, committed, realised) and per scope (its action, its axis, the programme) the figure's
 * formula, the dossier's own sums, the scope's sums and ratios, and the scope without the dossier — so that the
 * dossier's effect can be recomputed by hand. Figures come from the portfolio boundary (the same as the leverage
 * API and reports), never recomputed here.
 */
@ApplicationScoped
public class LeverageTrace {

    static final String FORMULA = "leverage = totalProjectCost / fundContribution;"
            + " totalProjectCost = fundContribution + cofinancing;"
            + " cofinancingMultiplier = cofinancing / fundContribution;"
            + " privateLeverage = privateMoney / fundContribution (4 decimals, half-even, once, from the sums)";

    @Inject
    Portfolios portfolios;

    @PersistenceContext
    EntityManager em;

    public JsonObject of(Dossier dossier, Programme programme) {
        Object[] place = (Object[]) em.createNativeQuery("SELECT a.number, ax.number FROM programme_action a"
                + " JOIN axis ax ON ax.id = a.axis_id WHERE a.id = ?").setParameter(1, dossier.getActionId())
                .getSingleResult();
        String action = String.valueOf(((Number) place[0]).longValue());
        String axis = String.valueOf(((Number) place[1]).longValue());
        String id = String.valueOf(dossier.getId());
        JsonArrayBuilder figures = Json.createArrayBuilder();
        for (Basis basis : Basis.values()) {
            Optional<Leverage> own = row(portfolios.leverage(programme.getCode(), basis, Breakdown.DOSSIER), id);
            Leverage mine = own.orElse(Leverage.NONE);
            Portfolios.LeverageReport byAction = portfolios.leverage(programme.getCode(), basis, Breakdown.ACTION);
            Portfolios.LeverageReport byAxis = portfolios.leverage(programme.getCode(), basis, Breakdown.AXIS);
            figures.add(figure(basis, "action " + action, own.isPresent(), mine,
                    row(byAction, action).orElse(Leverage.NONE), null));
            figures.add(figure(basis, "axis " + axis, own.isPresent(), mine,
                    row(byAxis, axis).orElse(Leverage.NONE), null));
            figures.add(figure(basis, "programme " + programme.getCode(), own.isPresent(), mine, byAxis.total(),
                    byAxis.target()));
        }
        return Json.createObjectBuilder()
                .add("dossier", Json.createObjectBuilder()
                        .add("id", dossier.getId())
                        .add("reference", dossier.reference().orElse(""))
                        .add("title", dossier.getTitle())
                        .add("status", dossier.getStatus().name())
                        .add("programme", programme.getCode())
                        .add("axis", axis)
                        .add("action", action))
                .add("definitions", Json.createObjectBuilder()
                        .add("formula", FORMULA)
                        .add("requested", "dossiers submitted and alive; fund = requested amounts; every"
                                + " co-financing line as submitted")
                        .add("committed", "dossiers approved by the committee; fund = the signed agreement's"
                                + " commitment, else the committee's approved amounts; COMMITTED and RECEIVED"
                                + " co-financing at its confirmed amount")
                        .add("realised", "dossiers with a signed agreement; fund = paid disbursements net of"
                                + " recoveries received; RECEIVED co-financing at its confirmed amount")
                        .add("privateMoney", "co-financing from private investors and bank loans, and own funds of"
                                + " private organisations"))
                .add("inputs", inputs(dossier))
                .add("figures", figures)
                .build();
    }

    private static Optional<Leverage> row(Portfolios.LeverageReport report, String key) {
        return report.rows().stream().filter(r -> r.key().equals(key)).map(Portfolios.LeverageRow::sums)
                .findFirst();
    }

    private static JsonObject figure(Basis basis, String scope, boolean counts, Leverage mine, Leverage scopeSums,
                                     BigDecimal target) {
        Leverage without = new Leverage(scopeSums.fundContribution().subtract(mine.fundContribution()),
                scopeSums.cofinancing().subtract(mine.cofinancing()),
                scopeSums.privateMoney().subtract(mine.privateMoney()));
        JsonObjectBuilder figure = Json.createObjectBuilder()
                .add("basis", basis.parameter())
                .add("scope", scope)
                .add("dossierCounts", counts)
                .add("formula", "leverage = (" + scopeSums.fundContribution().toPlainString() + " + "
                        + scopeSums.cofinancing().toPlainString() + ") / " + scopeSums.fundContribution()
                        .toPlainString())
                .add("dossier", sums(mine))
                .add("result", sums(scopeSums))
                .add("withoutDossier", sums(without));
        if (target != null) {
            figure.add("target", target.toPlainString());
        }
        BigDecimal share = Leverage.ratio(mine.fundContribution(), scopeSums.fundContribution());
        figure.add("dossierShareOfFundContribution", share == null ? "" : share.toPlainString());
        return figure.build();
    }

    private static JsonObject sums(Leverage sums) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("fundContribution", sums.fundContribution().toPlainString())
                .add("cofinancing", sums.cofinancing().toPlainString())
                .add("privateMoney", sums.privateMoney().toPlainString())
                .add("totalProjectCost", sums.totalProjectCost().toPlainString());
        ratio(json, "leverage", sums.leverage());
        ratio(json, "cofinancingMultiplier", sums.cofinancingMultiplier());
        ratio(json, "privateLeverage", sums.privateLeverage());
        return json.build();
    }

    private static void ratio(JsonObjectBuilder json, String name, BigDecimal value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toPlainString());
        }
    }

    private JsonObject inputs(Dossier dossier) {
        JsonObjectBuilder requested = Json.createObjectBuilder();
        dossier.requested().forEach((instrument, money) -> requested.add(instrument.name(), money.toPlainString()));
        JsonArrayBuilder lines = Json.createArrayBuilder();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.source_type, c.funder, c.amount, c.confirmed_amount,"
                + " c.status FROM dossier_cofinancing c WHERE c.dossier_id = ? ORDER BY c.position, c.id")
                .setParameter(1, dossier.getId()).getResultList();
        for (Object[] row : rows) {
            String status = (String) row[4];
            JsonArrayBuilder bases = Json.createArrayBuilder();
            for (Basis basis : Basis.values()) {
                if (basis.cofinancingStatuses().contains(status)) {
                    bases.add(basis.parameter());
                }
            }
            JsonObjectBuilder line = Json.createObjectBuilder()
                    .add("sourceType", (String) row[0])
                    .add("funder", (String) row[1])
                    .add("amount", ((BigDecimal) row[2]).toPlainString())
                    .add("status", status)
                    .add("countsOn", bases);
            if (row[3] != null) {
                line.add("confirmedAmount", ((BigDecimal) row[3]).toPlainString());
            }
            lines.add(line);
        }
        return Json.createObjectBuilder().add("requested", requested).add("cofinancingLines", lines).build();
    }
}

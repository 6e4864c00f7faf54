package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.equity.boundary.EquityPortfolios;
import org.levier.equity.control.EquityMetrics;

/**
 * {@code /api/v1/programmes/{code}/equity} (staff and auditors): the programme's equity portfolio as of today —
 * {@code paidIn} (EQUITY disbursements paid), {@code distributed} (exit proceeds), {@code residualValue} (what the
 * stakes still hold; equity paid without a recorded stake at cost), {@code tvpi} = (distributed + residual) /
 * paid-in, {@code dpi} = distributed / paid-in (4 decimals), {@code irr} (XIRR over the dated flows, a decimal
 * fraction: "0.123456" is 12.3456 %; null without a rate) and one line per agreement in {@code stakes}.
 */
@Path("programmes/{code}/equity")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeEquityResource {

    @Inject
    EquityPortfolios portfolios;

    @JsonbNillable
    @JsonbPropertyOrder({"programme", "asOf", "paidIn", "distributed", "residualValue", "tvpi", "dpi", "irr",
            "stakes"})
    public record EquityJson(String programme, String asOf, String paidIn, String distributed, String residualValue,
                             String tvpi, String dpi, String irr, List<StakeLineJson> stakes) {
    }

    @JsonbNillable
    public record StakeLineJson(long agreementId, long dossierId, String dossierReference, boolean stakeRecorded,
                                String paidIn, String distributed, String residualValue, String tvpi, String irr) {
    }

    @GET
    @Operation(operationId = "getProgrammeEquity",
            summary = "The programme's equity portfolio: paid-in, distributed, residual value, TVPI, DPI, IRR")
    public EquityJson get(@PathParam("code") String code) {
        EquityPortfolios.PortfolioView view = portfolios.of(code);
        EquityMetrics.Figures f = view.figures();
        return new EquityJson(view.programme(), f.asOf().toString(), ApiFormat.money(f.paidIn()),
                ApiFormat.money(f.distributed()), ApiFormat.money(f.residualValue()), plain(f.tvpi()),
                plain(f.dpi()), plain(f.irr()), view.stakes().stream().map(l -> new StakeLineJson(l.agreementId(),
                        l.dossierId(), l.dossierReference(), l.stakeRecorded(), ApiFormat.money(l.paidIn()),
                        ApiFormat.money(l.distributed()), ApiFormat.money(l.residualValue()), plain(l.tvpi()),
                        plain(l.irr()))).toList());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}

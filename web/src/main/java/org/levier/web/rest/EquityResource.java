package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.equity.boundary.EquityStakes;
import org.levier.equity.boundary.StakeView;
import org.levier.equity.entity.StakeTerms;
import org.levier.equity.entity.ValuationMethod;
import org.levier.shared.entity.Money;
import org.levier.web.rest.MoneyViews.StakeJson;

/**
 * {@code /api/v1/dossiers/{id}/equity}: the fund's equity stake under the dossier's agreement. A fund director
 * records the stake ({@code {"shares","pricePerShare","ownershipPercentage"}}) once equity was paid: the investment
 * is the agreement's paid EQUITY disbursements ({@code invested}, {@code investedOn} optional, and then must be the
 * money's) and follows further payments; and the exits ({@code .../exit}); staff add valuations ({@code .../valuations}). Read by the
 * applicant (its own), staff and auditors with {@code currentValue}, {@code multiple} and {@code irr} (XIRR,
 * Actual/365, as a decimal fraction: {@code "0.123456"} is 12.3456 %).
 */
@Path("dossiers/{id}/equity")
@Produces(MediaType.APPLICATION_JSON)
public class EquityResource {

    @Inject
    EquityStakes stakes;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the equity investment (fund director)")
    public Response invest(@PathParam("id") long dossierId, String body) {
        JsonObject json = JsonFields.body(body);
        JsonFields fields = new JsonFields();
        LocalDate investedOn = fields.date(json, "investedOn", "investedOn", false);
        Money invested = fields.money(json, "invested", "invested", false);
        Long shares = fields.longValue(json, "shares", "shares", true);
        BigDecimal price = fields.decimal(json, "pricePerShare", "pricePerShare", true);
        BigDecimal percentage = fields.decimal(json, "ownershipPercentage", "ownershipPercentage", true);
        fields.refuseIfAny("equity.invalid", "The investment is invalid");
        StakeView view = stakes.record(dossierId, new StakeTerms(investedOn, invested, shares, price, percentage));
        return Response.created(uri.getAbsolutePath()).entity(MoneyViews.of(view)).build();
    }

    @GET
    @Operation(summary = "The stake: valuations, exits, current value, multiple and IRR")
    public StakeJson get(@PathParam("id") long dossierId) {
        return MoneyViews.of(caller.isApplicant() ? stakes.getOwn(caller.applicant(), dossierId)
                : stakes.get(dossierId));
    }

    @POST
    @Path("valuations")
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Value the stake: {\"valuedOn\",\"value\",\"method\"} (staff)")
    public Response value(@PathParam("id") long dossierId, String body) {
        JsonObject json = JsonFields.body(body);
        JsonFields fields = new JsonFields();
        LocalDate valuedOn = fields.date(json, "valuedOn", "valuedOn", true);
        Money value = fields.money(json, "value", "value", true);
        ValuationMethod method = fields.enumValue(json, "method", "method", ValuationMethod.class, true);
        fields.refuseIfAny("equity.invalid", "The valuation is invalid");
        return Response.status(Response.Status.CREATED)
                .entity(MoneyViews.of(stakes.value(dossierId, valuedOn, value, method))).build();
    }

    @POST
    @Path("exit")
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sell shares: {\"exitedOn\",\"sharesSold\",\"proceeds\",\"buyer\"} (fund director)")
    public Response exit(@PathParam("id") long dossierId, String body) {
        JsonObject json = JsonFields.body(body);
        JsonFields fields = new JsonFields();
        LocalDate exitedOn = fields.date(json, "exitedOn", "exitedOn", true);
        Long sharesSold = fields.longValue(json, "sharesSold", "sharesSold", true);
        Money proceeds = fields.money(json, "proceeds", "proceeds", true);
        String buyer = fields.text(json, "buyer", "buyer", false);
        fields.refuseIfAny("equity.invalid", "The exit is invalid");
        return Response.status(Response.Status.CREATED)
                .entity(MoneyViews.of(stakes.exit(dossierId, exitedOn, sharesSold, proceeds, buyer))).build();
    }
}

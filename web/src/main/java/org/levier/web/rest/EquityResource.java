package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.levier.equity.boundary.EquityStakes;
import org.levier.equity.boundary.StakeView;
import org.levier.equity.entity.StakeTerms;
import org.levier.equity.entity.ValuationMethod;
import org.levier.web.core.Caller;
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

    static final String INVALID = "equity.invalid";

    /** The equity investment: when, how much, the shares, their price and the fund's ownership. */
    public record InvestmentBody(
            @Schema(type = SchemaType.STRING, format = "date", pattern = IsoDate.PATTERN, example = IsoDate.EXAMPLE)
            @IsoDate String investedOn,
            @Schema(type = SchemaType.STRING, pattern = Amount.PATTERN, example = "50000.00",
                    description = Amount.DESCRIPTION) @Amount String invested,
            @Schema(example = "5000") @NotNull(message = "required") Long shares,
            @Schema(type = SchemaType.STRING, pattern = Bodies.DECIMAL, example = "10.00")
            @Pattern(regexp = Bodies.DECIMAL, message = Bodies.DECIMAL_MESSAGE)
            @NotNull(message = "required") String pricePerShare,
            @Schema(type = SchemaType.STRING, pattern = Bodies.DECIMAL, example = "12.5")
            @Pattern(regexp = Bodies.DECIMAL, message = Bodies.DECIMAL_MESSAGE)
            @NotNull(message = "required") String ownershipPercentage) {
    }

    /** A valuation of the stake. */
    public record ValuationBody(
            @Schema(type = SchemaType.STRING, format = "date", pattern = IsoDate.PATTERN, example = IsoDate.EXAMPLE)
            @NotNull(message = "required") @IsoDate String valuedOn,
            @Schema(type = SchemaType.STRING, pattern = Amount.PATTERN, example = "65000.00",
                    description = Amount.DESCRIPTION) @NotNull(message = "required") @Amount String value,
            @Schema(type = SchemaType.STRING, enumeration = {"COST", "PRICE_OF_RECENT_INVESTMENT", "MULTIPLES",
                    "DISCOUNTED_CASH_FLOWS", "NET_ASSETS", "MARKET_PRICE", "OTHER"}) @OneOf(ValuationMethod.class)
            @NotNull(message = "required") String method) {
    }

    /** A sale of shares. */
    public record ExitBody(
            @Schema(type = SchemaType.STRING, format = "date", pattern = IsoDate.PATTERN, example = IsoDate.EXAMPLE)
            @NotNull(message = "required") @IsoDate String exitedOn,
            @Schema(example = "1000") @NotNull(message = "required") Long sharesSold,
            @Schema(type = SchemaType.STRING, pattern = Amount.PATTERN, example = "15000.00",
                    description = Amount.DESCRIPTION) @NotNull(message = "required") @Amount String proceeds,
            @Schema(example = "Holding régionale") @Text(multiline = false) @Size(max = Bodies.TEXT_MAX) String buyer) {
    }

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
    @APIResponseSchema(value = MoneyViews.StakeJson.class, responseCode = "201")
    public Response invest(@PathParam("id") long dossierId, InvestmentBody body) {
        InvestmentBody b = Bodies.valid(body, INVALID, "The investment is invalid");
        StakeView view = stakes.record(dossierId, new StakeTerms(Bodies.date(b.investedOn()),
                Bodies.money(b.invested()), b.shares(), Bodies.decimal(b.pricePerShare()),
                Bodies.decimal(b.ownershipPercentage())));
        return Response.created(uri.getAbsolutePath()).entity(MoneyViews.of(view)).build();
    }

    @GET
    @Operation(operationId = "getEquityStake",
            summary = "The stake: valuations, exits, current value, multiple and IRR")
    public StakeJson get(@PathParam("id") long dossierId) {
        return MoneyViews.of(caller.isApplicant() ? stakes.getOwn(caller.applicant(), dossierId)
                : stakes.get(dossierId));
    }

    @POST
    @Path("valuations")
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Value the stake: {\"valuedOn\",\"value\",\"method\"} (staff)")
    @APIResponseSchema(value = MoneyViews.StakeJson.class, responseCode = "201")
    public Response value(@PathParam("id") long dossierId, ValuationBody body) {
        ValuationBody b = Bodies.valid(body, INVALID, "The valuation is invalid");
        return Response.status(Response.Status.CREATED).entity(MoneyViews.of(stakes.value(dossierId,
                Bodies.date(b.valuedOn()), Bodies.money(b.value()), Bodies.named(b.method(), ValuationMethod.class))))
                .build();
    }

    @POST
    @Path("exit")
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sell shares: {\"exitedOn\",\"sharesSold\",\"proceeds\",\"buyer\"} (fund director)")
    @APIResponseSchema(value = MoneyViews.StakeJson.class, responseCode = "201")
    public Response exit(@PathParam("id") long dossierId, ExitBody body) {
        ExitBody b = Bodies.valid(body, INVALID, "The exit is invalid");
        return Response.status(Response.Status.CREATED).entity(MoneyViews.of(stakes.exit(dossierId,
                Bodies.date(b.exitedOn()), b.sharesSold(), Bodies.money(b.proceeds()), b.buyer()))).build();
    }
}

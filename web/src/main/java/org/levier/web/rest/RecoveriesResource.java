package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.levier.recovery.boundary.Recoveries;
import org.levier.recovery.entity.RecoveryOrder;
import org.levier.shared.control.Clocks;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Money;
import org.levier.web.rest.PaymentViews.ReceiptJson;
import org.levier.web.rest.PaymentViews.RecoveryJson;

/**
 * {@code /api/v1/dossiers/{id}/recoveries}: recovery orders of the dossier's agreement ({@code POST
 * {"amount","reason","dueOn"}}, a fund director; at most what was paid minus what is already ordered back), their
 * receipts ({@code POST .../{rid}/receipts {"amount","receivedOn","bankReference"}}; at most what is outstanding,
 * not dated in the future), and the list with what was paid, ordered and received.
 */
@Path("dossiers/{id}/recoveries")
@Produces(MediaType.APPLICATION_JSON)
public class RecoveriesResource {

    /** The order body. */
    public record OrderBody(String amount, String reason, String dueOn) {
    }

    /** The receipt body. */
    public record ReceiptBody(String amount, String receivedOn, String bankReference) {
    }

    /** A dossier's recoveries. */
    public record DossierRecoveriesJson(long dossierId, String paid, String ordered, String received,
                                        String recoverable, List<RecoveryJson> items) {
    }

    @Inject
    Recoveries recoveries;

    @Inject
    Clock clock;

    @POST
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Order a recovery (fund director)")
    @APIResponseSchema(value = PaymentViews.RecoveryJson.class, responseCode = "201")
    public Response order(@PathParam("id") long dossierId, OrderBody body) {
        PaymentViews.required(body);
        List<Violation> violations = new ArrayList<>();
        Money amount = PaymentViews.money(body.amount(), "amount", violations);
        LocalDate dueOn = PaymentViews.date(body.dueOn(), "dueOn", violations);
        PaymentViews.refuseIfAny("recovery.invalid", "The recovery order is invalid", violations);
        RecoveryOrder order = recoveries.order(dossierId, amount, body.reason(), dueOn);
        return Response.status(Response.Status.CREATED).entity(PaymentViews.of(order, today())).build();
    }

    @GET
    @Operation(operationId = "listDossierRecoveries",
            summary = "The dossier's recovery orders, with what was paid, ordered and received")
    public DossierRecoveriesJson list(@PathParam("id") long dossierId) {
        Recoveries.DossierRecoveries found = recoveries.ofDossier(dossierId);
        LocalDate today = today();
        return new DossierRecoveriesJson(dossierId, found.paid().toPlainString(), found.ordered().toPlainString(),
                found.received().toPlainString(), found.recoverable().toPlainString(),
                found.orders().stream().map(o -> PaymentViews.of(o, today)).toList());
    }

    @POST
    @Path("{rid}/receipts")
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record money received on a recovery order (fund director)")
    public Response receive(@PathParam("id") long dossierId, @PathParam("rid") long orderId, ReceiptBody body) {
        PaymentViews.required(body);
        List<Violation> violations = new ArrayList<>();
        Money amount = PaymentViews.money(body.amount(), "amount", violations);
        LocalDate receivedOn = PaymentViews.date(body.receivedOn(), "receivedOn", violations);
        PaymentViews.refuseIfAny("recovery.receipt-invalid", "The receipt is invalid", violations);
        ReceiptJson receipt = PaymentViews.of(recoveries.receive(dossierId, orderId, amount, receivedOn,
                body.bankReference()));
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.FUND_ZONE));
    }
}

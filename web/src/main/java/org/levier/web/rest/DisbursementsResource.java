package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.levier.disbursement.boundary.Disbursements;
import org.levier.disbursement.entity.Disbursement;
import org.levier.disbursement.entity.DisbursementStatus;
import org.levier.shared.control.Page;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.web.core.Caller;
import org.levier.web.rest.MoneyViews.DisbursementJson;
import org.levier.web.rest.MoneyViews.DisbursementList;

/**
 * {@code /api/v1/disbursements}: the approval queue of the fund's staff ({@code ?status=PENDING}, oldest first),
 * one disbursement (the applicant reads its organisation's only: another's is 404), and the moves of money:
 * {@code approve} (a fund director who is not the requester), {@code pay} (a fund director, value date between the
 * signature or the approval and today, a bank reference unique across the fund), {@code cancel} (staff before
 * payment; the applicant its own request while pending; a {@code reason} is required). Every answer names the
 * disbursement's dossier ({@code dossierId}, {@code dossierReference}) and tranche ({@code tranche}: id, milestone,
 * amount and what remains to be requested on it). A move that the
 * state no longer allows, e.g. the second of two concurrent approvals, is 422 {@code disbursement.transition.illegal}.
 */
@Path("disbursements")
@Produces(MediaType.APPLICATION_JSON)
public class DisbursementsResource {

    /** A payment made: its value date and the bank's reference. */
    public record PaymentBody(
            @Schema(type = SchemaType.STRING, format = "date", pattern = IsoDate.PATTERN, example = IsoDate.EXAMPLE)
            @NotNull(message = "required") @IsoDate String valueDate,
            @Schema(example = "VIR-2026-000123") @NotBlank(message = "required") @Text(multiline = false)
            @Size(max = Bodies.TEXT_MAX) String bankReference) {
    }

    /** A cancellation's reason (required). */
    public record ReasonBody(@Schema(example = "Facture en double") @NotBlank(message = "required") @Text
    @Size(max = Bodies.TEXT_MAX)
                             String reason) {
    }

    @Inject
    Disbursements disbursements;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The approval queue: pending requests across every agreement (or of the dossier whose"
            + " reference is given), oldest first (staff)")
    public DisbursementList queue(@QueryParam("status") @DefaultValue("PENDING") String status,
                                  @QueryParam("dossier") String dossierReference,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        if (!DisbursementStatus.PENDING.name().equals(status.strip())) {
            throw new RuleViolation("parameter.invalid", "Only the queue of PENDING requests is listed here; the"
                    + " disbursements of a dossier are at /api/v1/dossiers/{id}/disbursements",
                    List.of(new Violation("status", "PENDING")));
        }
        Page<Disbursement> result = disbursements.awaitingApproval(dossierReference, page, size);
        return new DisbursementList(MoneyViews.of(result.items(), disbursements), result.page(), result.size(),
                result.total());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDisbursement",
            summary = "One disbursement")
    public DisbursementJson get(@PathParam("id") long id) {
        Disbursement d = caller.isApplicant() ? disbursements.getOwn(caller.applicant(), id) : disbursements.get(id);
        return MoneyViews.of(d, disbursements);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a pending request (a fund director other than the requester)")
    public DisbursementJson approve(@PathParam("id") long id) {
        return MoneyViews.of(disbursements.approve(id), disbursements);
    }

    @POST
    @Path("{id}/pay")
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pay an approved disbursement: {\"valueDate\",\"bankReference\"} (fund director)")
    public DisbursementJson pay(@PathParam("id") long id, PaymentBody body) {
        PaymentBody request = Bodies.valid(body, "disbursement.invalid", "The payment is invalid");
        return MoneyViews.of(disbursements.pay(id, Bodies.date(request.valueDate()), request.bankReference()),
                disbursements);
    }

    @POST
    @Path("{id}/cancel")
    @SmallJson
    @Operation(operationId = "cancelDisbursement",
            summary = "Cancel before payment: {\"reason\"} required (staff; the applicant its own pending request)")
    public DisbursementJson cancel(@PathParam("id") long id, ReasonBody body) {
        String reason = Bodies.validOrEmpty(body, () -> new ReasonBody(null), "disbursement.cancel.reason-required",
                "A cancellation gives its reason").reason();
        Disbursement d = caller.isApplicant() ? disbursements.cancelOwn(caller.applicant(), id, reason)
                : disbursements.cancel(id, reason);
        return MoneyViews.of(d, disbursements);
    }
}

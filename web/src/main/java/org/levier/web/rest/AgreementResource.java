package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.levier.agreement.boundary.AgreementView;
import org.levier.agreement.boundary.Agreements;
import org.levier.agreement.entity.AgreementTerms;
import org.levier.agreement.entity.AmendmentTerms;
import org.levier.agreement.entity.ApprovedDecision;
import org.levier.committee.boundary.CommitteeDecisions;
import org.levier.committee.entity.Decision;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.entity.DossierStatus;
import org.levier.shared.control.Forbidden;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Role;
import org.levier.web.core.Caller;
import org.levier.web.rest.MoneyViews.AgreementJson;

/**
 * {@code /api/v1/dossiers/{id}/agreement}: a fund director signs the agreement of an approved dossier and amends it;
 * staff record its conditions precedent as met; the applicant reads its own agreement (another organisation's is
 * 404), staff and auditors every one, with what was paid and what remains.
 *
 * <p>The committee's decision (approved amounts, conditions precedent) is read from the committee component,
 * never from the request: the body only shapes the agreement within it. Amendments name the version they were made
 * on ({@code version} member or {@code If-Match}): a stale one is 409.
 */
@Path("dossiers/{id}/agreement")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

    /** A condition precedent met: when, and the document of the dossier that proves it. */
    public record ConditionMetBody(
            @Schema(type = SchemaType.STRING, format = "date", pattern = IsoDate.PATTERN, example = IsoDate.EXAMPLE)
            @NotNull(message = "required") @IsoDate String metOn,
            @Schema(example = "12") @NotNull(message = "required") Long evidenceDocumentId) {
    }

    /** Why a condition's "met" is withdrawn. */
    public record WithdrawalBody(@Schema(example = "Pièce non conforme") @NotBlank(message = "required")
                                 @Text @Size(max = Bodies.TEXT_MAX) String reason) {
    }

    @Inject
    Agreements agreements;

    @Inject
    CommitteeDecisions decisions;

    @Inject
    Dossiers dossiers;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @POST
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign the agreement of an approved dossier (fund director)")
    @APIResponseSchema(value = MoneyViews.AgreementJson.class, responseCode = "201")
    public Response sign(@PathParam("id") long dossierId, AgreementBodies.SignBody body) {
        if (!security.isUserInRole(Role.FUND_DIRECTOR_NAME)) {
            // Before reading the committee's decision: the role answers first, whatever the dossier's state.
            throw new Forbidden("agreement.director-only", "Only a fund director signs an agreement");
        }
        AgreementBodies.SignBody request = Bodies.valid(body, "agreement.invalid", "The agreement is invalid");
        Decision decision = decisions.approvedDecision(dossierId).orElseThrow(() -> notApproved(dossierId));
        ApprovedDecision approved = new ApprovedDecision(dossierId, decision.approvedAmounts(),
                decision.getConditions());
        AgreementView view = agreements.sign(approved, new AgreementTerms(Bodies.date(request.signedOn()),
                AgreementBodies.commitment(request.commitment()), AgreementBodies.terms(request.tranches()),
                request.conditions()));
        return Response.created(uri.getAbsolutePath()).tag(etag(view)).entity(json(view)).build();
    }

    @GET
    @Operation(operationId = "getAgreement",
            summary = "The agreement: commitment per instrument, tranches, conditions, paid and remaining")
    @APIResponseSchema(value = MoneyViews.AgreementJson.class, responseCode = "200")
    public Response get(@PathParam("id") long dossierId) {
        AgreementView view = caller.isApplicant() ? agreements.getOwn(caller.applicant(), dossierId)
                : agreements.get(dossierId);
        return Response.ok(json(view)).tag(etag(view)).build();
    }

    @POST
    @Path("amendments")
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Amend commitments and schedule, justified, never below what is engaged (fund director)")
    @APIResponseSchema(value = MoneyViews.AgreementJson.class, responseCode = "201")
    public Response amend(@PathParam("id") long dossierId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          AgreementBodies.AmendBody body) {
        AgreementBodies.AmendBody request = Bodies.valid(body, "agreement.amendment.invalid",
                "The amendment is invalid");
        Long version = request.version() != null ? request.version() : DossiersResource.parseIfMatch(ifMatch);
        if (version == null) {
            throw new RuleViolation("agreement.amendment.invalid", "The amendment is invalid: name its version",
                    List.of(new Violation("version", "required: the version of the agreement you amended (or"
                            + " If-Match)")));
        }
        AgreementView view = agreements.amend(dossierId, version, new AmendmentTerms(
                Bodies.amounts(request.commitment()), AgreementBodies.terms(request.tranches()), request.reason()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.amendmentNumber())).build())
                .tag(etag(view)).entity(json(view)).build();
    }

    @POST
    @Path("conditions/{conditionId}/met")
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a condition precedent as met: {\"metOn\" (not after today),"
            + " \"evidenceDocumentId\" (a document of the dossier)} (analyst, fund director)")
    @APIResponseSchema(value = MoneyViews.AgreementJson.class, responseCode = "200")
    public Response conditionMet(@PathParam("id") long dossierId, @PathParam("conditionId") long conditionId,
                                 ConditionMetBody body) {
        ConditionMetBody request = Bodies.valid(body, "agreement.condition.invalid",
                "The condition cannot be marked met");
        AgreementView view = agreements.markConditionMet(dossierId, conditionId, Bodies.date(request.metOn()),
                request.evidenceDocumentId());
        return Response.ok(json(view)).tag(etag(view)).build();
    }

    @POST
    @Path("conditions/{conditionId}/withdrawal")
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a condition's \"met\" with a {\"reason\"}, while no disbursement that is not"
            + " cancelled exists (analyst, fund director)")
    @APIResponseSchema(value = MoneyViews.AgreementJson.class, responseCode = "200")
    public Response conditionWithdrawn(@PathParam("id") long dossierId, @PathParam("conditionId") long conditionId,
                                       WithdrawalBody body) {
        WithdrawalBody request = Bodies.valid(body, "agreement.condition.invalid", "The withdrawal is invalid");
        AgreementView view = agreements.withdrawConditionMet(dossierId, conditionId, request.reason());
        return Response.ok(json(view)).tag(etag(view)).build();
    }

    private RuleViolation notApproved(long dossierId) {
        DossierStatus status = dossiers.get(dossierId).getStatus();
        return new RuleViolation("agreement.dossier-not-approved", "Only a dossier the committee approved gets an"
                + " agreement: this one is " + status, List.of(new Violation("status", status.name())));
    }

    private AgreementJson json(AgreementView view) {
        return MoneyViews.of(view, caller.isApplicant() ? null : agreements.amendments(view.dossierId()));
    }

    static EntityTag etag(AgreementView view) {
        return new EntityTag(String.valueOf(view.version()));
    }
}

package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.levier.disbursement.boundary.DisbursementRequest;
import org.levier.disbursement.boundary.DisbursementRequests;
import org.levier.disbursement.boundary.Disbursements;
import org.levier.disbursement.boundary.Requested;
import org.levier.disbursement.entity.Disbursement;
import org.levier.dossier.boundary.Dossiers;
import org.levier.shared.control.Page;
import org.levier.web.core.Caller;
import org.levier.web.rest.MoneyViews.DisbursementList;

/**
 * {@code /api/v1/dossiers/{id}/disbursements}: an analyst, or the applicant for its own agreement (with evidence
 * documents of the dossier), requests money against a tranche; everyone who may read the agreement lists its
 * disbursements, newest first.
 *
 * <p>{@code Idempotency-Key} (optional header, at most 100 characters): the first request with a key answers
 * {@code 201 Created}; a repeat of the same request by the same caller with the same key creates nothing and answers
 * {@code 200 OK} with the same disbursement (its current state, same {@code id}), {@code Location} and the header
 * {@code Idempotency-Replayed: true}. The same key with a different tranche or amount is 422
 * {@code disbursement.idempotency-key-reused}. Concurrent repeats queue on the agreement's lock, so exactly one
 * creates.
 */
@Path("dossiers/{id}/disbursements")
@Produces(MediaType.APPLICATION_JSON)
public class DossierDisbursementsResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotency-Replayed";

    /** A disbursement request: the tranche, the amount and the evidence (documents of the dossier). */
    public record RequestBody(
            @Schema(example = "7") @NotNull(message = "required") Long trancheId,
            @Schema(type = SchemaType.STRING, pattern = Amount.PATTERN, example = "20000.00",
                    description = Amount.DESCRIPTION)
            @NotNull(message = "required") @Amount String amount,
            @Schema(type = SchemaType.ARRAY, implementation = Long.class,
                    description = "Ids of documents of the dossier", example = "[12, 13]")
            @Size(max = Bodies.LIST_MAX) List<@NotNull(message = "a document id") Long> evidence) {
    }

    @Inject
    Disbursements disbursements;

    @Inject
    DisbursementRequests requests;

    @Inject
    Dossiers dossiers;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request a disbursement against a tranche (analyst; the applicant with evidence)")
    @APIResponseSchema(value = MoneyViews.DisbursementJson.class, responseCode = "201")
    public Response request(@PathParam("id") long dossierId, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                            RequestBody body) {
        RequestBody asked = Bodies.valid(body, "disbursement.invalid", "The request is invalid");
        DisbursementRequest request = new DisbursementRequest(asked.trancheId(), Bodies.money(asked.amount()),
                asked.evidence() == null ? Set.of() : new LinkedHashSet<>(asked.evidence()), idempotencyKey);
        Requested requested = caller.isApplicant()
                ? requests.requestOwn(caller.applicant(), dossierId, request)
                : requests.request(dossierId, request);
        Disbursement d = requested.disbursement();
        UriBuilder location = uri.getBaseUriBuilder().path("disbursements").path(String.valueOf(d.getId()));
        if (requested.replay()) {
            return Response.ok(MoneyViews.of(d, disbursements)).location(location.build()).header(REPLAYED, "true")
                    .build();
        }
        return Response.created(location.build()).entity(MoneyViews.of(d, disbursements)).build();
    }

    @GET
    @Operation(operationId = "listDossierDisbursements",
            summary = "The disbursements of the dossier's agreement, newest first")
    public DisbursementList list(@PathParam("id") long dossierId, @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("50") int size) {
        Page<Disbursement> result;
        if (caller.isApplicant()) {
            // Another organisation's dossier does not exist for the applicant (404), rather than an empty list.
            dossiers.getOwn(caller.applicant(), dossierId);
            result = disbursements.ofOwnDossier(caller.applicant(), dossierId, page, size);
        } else {
            result = disbursements.ofDossier(dossierId, page, size);
        }
        return new DisbursementList(MoneyViews.of(result.items(), disbursements), result.page(), result.size(),
                result.total());
    }
}

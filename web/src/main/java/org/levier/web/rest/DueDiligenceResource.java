package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.levier.diligence.boundary.Diligences;
import org.levier.diligence.boundary.FileChanges;
import org.levier.diligence.entity.ChecklistCategory;
import org.levier.diligence.entity.DueDiligence;
import org.levier.diligence.entity.ReviewOutcome;
import org.levier.diligence.entity.RiskDimension;
import org.levier.dossier.boundary.Dossiers;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.web.rest.InstructionViews.DueDiligenceView;

/**
 * {@code /api/v1/dossiers/{id}/due-diligence} (analysts and fund directors; auditors read): the file with its
 * checklist by category, risk ratings, budget-line eligibility, recommendation and second review. {@code PUT}
 * applies a batch of changes in one transaction (all or nothing); the finer resources below change one thing each.
 * The file's {@code version} is its ETag; the review must name the version the reviewer read (409 otherwise).
 */
@Path("dossiers/{id}/due-diligence")
@Produces(MediaType.APPLICATION_JSON)
public class DueDiligenceResource {

    @Inject
    Diligences diligences;

    @Inject
    Dossiers dossiers;

    @PathParam("id")
    long dossierId;

    @GET
    @Operation(operationId = "getDueDiligence",
            summary = "The due-diligence file (404 before screening starts)")
    @APIResponseSchema(value = InstructionViews.DueDiligenceView.class, responseCode = "200")
    public Response get() {
        return answer(diligences.get(dossierId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply a batch: {\"version\",\"items\":[{\"id\",\"status\",\"justification\",\"comment\"}],"
            + "\"budgetLines\":[{\"id\",\"eligible\"}],\"risks\":{\"FINANCIAL\":3,...},\"recommendation\":{...}}")
    @APIResponseSchema(value = InstructionViews.DueDiligenceView.class, responseCode = "200")
    public Response apply(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DiligenceBodies.FileBody body) {
        DiligenceBodies.FileBody request = Bodies.valid(body, Bodies.REQUEST_INVALID, "The changes are invalid");
        Long version = request.version() != null ? request.version() : DossiersResource.parseIfMatch(ifMatch);
        return answer(diligences.apply(dossierId, version, request.changes()));
    }

    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an item of the analyst's own: {\"category\",\"label\"}")
    @APIResponseSchema(value = InstructionViews.DueDiligenceView.class, responseCode = "201")
    public Response addItem(DiligenceBodies.NewItemBody body) {
        DiligenceBodies.NewItemBody request = Bodies.valid(body, Bodies.REQUEST_INVALID, "The item is invalid");
        DueDiligence file = diligences.addItem(dossierId, Bodies.named(request.category(), ChecklistCategory.class),
                request.label());
        return Response.status(Response.Status.CREATED).entity(view(file)).tag(etag(file)).build();
    }

    @PUT
    @Path("items/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assess one item: {\"status\",\"justification\",\"comment\"} (WAIVED needs a justification)")
    @APIResponseSchema(value = InstructionViews.DueDiligenceView.class, responseCode = "200")
    public Response assess(@PathParam("itemId") long itemId, DiligenceBodies.ItemBody body) {
        FileChanges.ItemChange change = Bodies.valid(body, Bodies.REQUEST_INVALID, "The assessment is invalid")
                .change(itemId);
        return answer(diligences.assess(dossierId, itemId, change.status(), change.justification(),
                change.comment()));
    }

    @POST
    @Path("items/{itemId}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link a document of the dossier to an item: {\"documentId\"}")
    @APIResponseSchema(value = InstructionViews.DueDiligenceView.class, responseCode = "200")
    public Response link(@PathParam("itemId") long itemId, DiligenceBodies.DocumentBody body) {
        long documentId = Bodies.valid(body, Bodies.REQUEST_INVALID, "The link is invalid").documentId();
        return answer(diligences.linkDocument(dossierId, itemId, documentId));
    }

    @PUT
    @Path("risks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate risks 1 (low) to 5 (high): {\"FINANCIAL\":3,\"TECHNICAL\":2,...}")
    @APIResponseSchema(value = InstructionViews.DueDiligenceView.class, responseCode = "200")
    public Response rate(@RequestBody(content = @Content(schema = @Schema(implementation = Map.class,
            description = "Grades 1 (low) to 5 (high) per RiskDimension", example = "{\"FINANCIAL\": 3}")))
                         Map<String, Integer> body) {
        DiligenceBodies.RisksBody request = Bodies.valid(body == null ? null : new DiligenceBodies.RisksBody(body),
                Bodies.REQUEST_INVALID, "The ratings are invalid");
        return answer(diligences.rateRisks(dossierId, DiligenceBodies.ratings(request.risks())));
    }

    @PUT
    @Path("budget-lines/{lineId}/eligibility")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare a budget line eligible or not: {\"eligible\":true}")
    @APIResponseSchema(value = InstructionViews.DueDiligenceView.class, responseCode = "200")
    public Response eligibility(@PathParam("lineId") long lineId, DiligenceBodies.EligibilityBody body) {
        boolean eligible = Bodies.valid(body, Bodies.REQUEST_INVALID, "The eligibility is invalid").eligible();
        diligences.decideBudgetLine(dossierId, lineId, eligible);
        return answer(diligences.get(dossierId));
    }

    @POST
    @Path("recommendation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recommend: {\"outcome\":\"APPROVE|REJECT|DEFER\",\"amounts\":{\"GRANT\":\"…\"},"
            + "\"conditions\":[…],\"rationale\"}")
    @APIResponseSchema(value = InstructionViews.DueDiligenceView.class, responseCode = "200")
    public Response recommend(DiligenceBodies.RecommendationBody body) {
        return answer(diligences.recommend(dossierId, Bodies.valid(body, "diligence.recommendation.invalid",
                "The recommendation is invalid").recommendation()));
    }

    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Second review by another fund director: {\"outcome\":\"APPROVED|RETURNED\",\"comment\","
            + "\"version\"} (the version of the file read; or If-Match)")
    @APIResponseSchema(value = InstructionViews.DueDiligenceView.class, responseCode = "200")
    public Response review(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DiligenceBodies.ReviewBody body) {
        DiligenceBodies.ReviewBody request = Bodies.valid(body, Bodies.REQUEST_INVALID, "The review is invalid");
        Long version = request.version() != null ? request.version() : DossiersResource.parseIfMatch(ifMatch);
        if (version == null) {
            throw new RuleViolation("diligence.version-required", "Name the version of the file you reviewed: its"
                    + " version member, or its ETag in If-Match", List.of(new Violation("version", "required")));
        }
        return answer(diligences.review(dossierId, version, Bodies.named(request.outcome(), ReviewOutcome.class),
                request.comment()));
    }

    @POST
    @Path("send-to-committee")
    @Operation(summary = "DUE_DILIGENCE → COMMITTEE when the file is complete and reviewed (422 lists what is"
            + " missing); the same gate as POST /dossiers/{id}/transitions {\"to\":\"COMMITTEE\"}")
    @APIResponseSchema(value = DossierViews.DossierView.class, responseCode = "200")
    public Response sendToCommittee() {
        return Response.ok(DossierViews.of(diligences.sendToCommittee(dossierId))).build();
    }

    // --- answers ---

    private Response answer(DueDiligence file) {
        return Response.ok(view(file)).tag(etag(file)).build();
    }

    private DueDiligenceView view(DueDiligence file) {
        return InstructionViews.of(file, dossiers.get(dossierId));
    }

    private static EntityTag etag(DueDiligence file) {
        return new EntityTag(String.valueOf(file.getVersion()));
    }
}

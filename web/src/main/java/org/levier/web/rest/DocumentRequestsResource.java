package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.levier.diligence.boundary.DocumentRequestView;
import org.levier.diligence.boundary.DocumentRequests;
import org.levier.web.core.Caller;
import org.levier.web.rest.InstructionViews.DocumentRequestJson;

/**
 * {@code /api/v1/dossiers/{id}/document-requests}: the fund's staff ask the applicant for documents (with a due
 * date; the applicant is e-mailed) and cancel requests; the applicant answers with a document it uploaded first
 * through {@code POST /dossiers/{id}/documents} (allowed on a submitted dossier while a request is open). Both read
 * the requests with their overdue flag; another organisation's dossier answers 404.
 */
@Path("dossiers/{id}/document-requests")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentRequestsResource {

    /** The list answer. */
    public record RequestList(List<DocumentRequestJson> items) {
    }

    /** What the analyst asks the applicant for, and by when. */
    public record AskBody(@Schema(example = "Attestation de régularité fiscale") @NotNull(message = "required")
                          @Text @Size(max = Bodies.TEXT_MAX) String what,
                          @Schema(type = SchemaType.STRING, format = "date", pattern = IsoDate.PATTERN,
                                  example = IsoDate.EXAMPLE) @IsoDate String dueDate) {
    }

    /** The document (of the dossier) that answers a request. */
    public record AnswerBody(@Schema(example = "12") @NotNull(message = "required") Long documentId) {
    }

    /** A reason, optional. */
    public record ReasonBody(@Schema(example = "Pièce reçue par courrier") @Text
    @Size(max = Bodies.TEXT_MAX) String reason) {
    }

    @Inject
    DocumentRequests requests;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @PathParam("id")
    long dossierId;

    @GET
    @Operation(operationId = "listDocumentRequests",
            summary = "The dossier's document requests, oldest first (staff, auditors, the owner)")
    public RequestList list() {
        List<DocumentRequestView> found = caller.isApplicant() ? requests.listOwn(caller.applicant(), dossierId)
                : requests.list(dossierId);
        return new RequestList(found.stream().map(InstructionViews::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a document: {\"what\",\"dueDate\"} (staff) → 201")
    @APIResponseSchema(value = InstructionViews.DocumentRequestJson.class, responseCode = "201")
    public Response ask(AskBody body) {
        AskBody request = Bodies.valid(body, Bodies.REQUEST_INVALID, "The document request is invalid");
        DocumentRequestView asked = requests.ask(dossierId, request.what(), Bodies.date(request.dueDate()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(asked.id())).build())
                .entity(InstructionViews.of(asked)).build();
    }

    @POST
    @Path("{rid}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer with a document of the dossier: {\"documentId\"} (the owner)")
    public DocumentRequestJson answer(@PathParam("rid") long requestId, AnswerBody body) {
        AnswerBody request = Bodies.valid(body, Bodies.REQUEST_INVALID, "The answer is invalid");
        return InstructionViews.of(requests.answer(caller.applicant(), dossierId, requestId, request.documentId()));
    }

    @POST
    @Path("{rid}/cancel")
    @Operation(operationId = "cancelDocumentRequest",
            summary = "Cancel an open request: {\"reason\"} (optional; staff)")
    public DocumentRequestJson cancel(@PathParam("rid") long requestId, ReasonBody body) {
        ReasonBody request = Bodies.validOrEmpty(body, () -> new ReasonBody(null), Bodies.REQUEST_INVALID,
                "The cancellation is invalid");
        return InstructionViews.of(requests.cancel(dossierId, requestId, request.reason()));
    }
}

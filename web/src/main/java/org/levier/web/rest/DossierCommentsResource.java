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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.levier.dossier.boundary.DossierComments;
import org.levier.dossier.entity.DossierComment;
import org.levier.web.rest.InstructionViews.CommentView;

/**
 * {@code /api/v1/dossiers/{id}/comments}: the staff's internal comments on a dossier (analysts and directors write,
 * auditors read). Never the applicant's: its calls answer 403 and show nothing.
 */
@Path("dossiers/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
public class DossierCommentsResource {

    /** The list answer. */
    public record CommentList(List<CommentView> items) {
    }

    /** An internal comment. */
    public record CommentBody(@Schema(example = "Plan de financement à confirmer avec la Région")
                              @NotNull(message = "required") @Text @Size(max = Bodies.TEXT_MAX) String body) {
    }

    @Inject
    DossierComments comments;

    @Context
    UriInfo uri;

    @PathParam("id")
    long dossierId;

    @GET
    @Operation(operationId = "listDossierComments",
            summary = "Internal comments, oldest first (staff, auditors)")
    public CommentList list() {
        return new CommentList(comments.list(dossierId).stream().map(InstructionViews::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write an internal comment: {\"body\"} (analysts, directors) → 201")
    @APIResponseSchema(value = InstructionViews.CommentView.class, responseCode = "201")
    public Response write(CommentBody body) {
        CommentBody request = Bodies.valid(body, "dossier.comment.invalid", "The comment is invalid");
        DossierComment comment = comments.write(dossierId, request.body());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(comment.getId())).build())
                .entity(InstructionViews.of(comment)).build();
    }
}

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    @Inject
    DossierComments comments;

    @Context
    UriInfo uri;

    @PathParam("id")
    long dossierId;

    @GET
    @Operation(summary = "Internal comments, oldest first (staff, auditors)")
    public CommentList list() {
        return new CommentList(comments.list(dossierId).stream().map(InstructionViews::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write an internal comment: {\"body\"} (analysts, directors) → 201")
    public Response write(String body) {
        JsonObject json = JsonBodies.object(body, false);
        DossierComment comment = comments.write(dossierId, JsonBodies.string(json, "body"));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(comment.getId())).build())
                .entity(InstructionViews.of(comment)).build();
    }
}

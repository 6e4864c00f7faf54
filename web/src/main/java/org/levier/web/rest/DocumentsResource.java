package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.levier.document.boundary.Documents.DocumentFile;
import org.levier.document.boundary.Documents.DocumentInfo;
import org.levier.document.boundary.Documents;
import org.levier.dossier.entity.DocumentKind;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.web.core.Caller;
import org.levier.web.core.Downloads;
import org.levier.web.rest.DossierViews.DocumentView;

/**
 * {@code /api/v1/dossiers/{id}/documents}: upload (multipart {@code file} and {@code kind}), list and download a
 * dossier's documents. The content type is the one detected from the bytes at upload, never the client's; a
 * download is always an attachment with {@code nosniff}, so a browser never renders it in Levier's origin.
 */
@Path("dossiers/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    /** The multipart form of an upload as {@code /openapi} describes it (the parts are read by name). */
    @Schema(name = "DocumentUpload", requiredProperties = {"file", "kind"})
    public record UploadForm(@Schema(type = SchemaType.STRING, format = "binary") String file,
                             @Schema(type = SchemaType.STRING, example = "OTHER") String kind) {
    }

    /** The list answer. */
    public record DocumentList(List<DocumentView> items) {
    }

    @Inject
    Documents documents;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadDocument",
            summary = "Upload a document (multipart: file, kind)")
    @APIResponseSchema(value = DossierViews.DocumentView.class, responseCode = "201")
    public Response upload(@PathParam("id") long dossierId,
                           @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                                   schema = @Schema(ref = "DocumentUpload"))) List<EntityPart> parts) {
        EntityPart file = part(parts, "file").orElseThrow(() -> missing("file"));
        String kindName = part(parts, "kind").map(DocumentsResource::text).orElseThrow(() -> missing("kind")).strip();
        DocumentKind kind = Bodies.named(kindName, DocumentKind.class);
        if (kind == null) {
            throw new RuleViolation("document.kind", "Unknown document kind " + kindName,
                    List.of(new Violation("kind", "one of " + java.util.Arrays.toString(DocumentKind.values()))));
        }
        String fileName = file.getFileName().map(DocumentsResource::utf8).orElse(null);
        DocumentInfo stored;
        try (InputStream content = file.getContent()) {
            stored = caller.isApplicant()
                    ? documents.upload(caller.applicant(), dossierId, kind, fileName, content)
                    : documents.uploadAsStaff(dossierId, kind, fileName, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(stored.id())).build())
                .entity(DossierViews.of(stored)).build();
    }

    @GET
    @Operation(operationId = "listDocuments",
            summary = "The dossier's documents (metadata)")
    public DocumentList list(@PathParam("id") long dossierId) {
        List<DocumentInfo> found = caller.isApplicant() ? documents.listOwn(caller.applicant(), dossierId)
                : documents.list(dossierId);
        return new DocumentList(found.stream().map(DossierViews::of).toList());
    }

    @GET
    @Path("{docId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadDocument",
            summary = "Download a document: its bytes, as an attachment, with the detected content type")
    public Response download(@PathParam("id") long dossierId, @PathParam("docId") long documentId) {
        DocumentFile file = caller.isApplicant() ? documents.downloadOwn(caller.applicant(), dossierId, documentId)
                : documents.download(dossierId, documentId);
        return Response.ok(file.content(), file.info().contentType())
                .header("Content-Disposition", Downloads.attachment(file.info().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-SHA256", file.info().sha256())
                .build();
    }

    /**
     * Browsers send the file name as raw UTF-8 bytes in the part header (HTML's form encoding), which the
     * multipart reader decodes as ISO-8859-1: read those bytes again as UTF-8 when they are valid UTF-8.
     */
    static String utf8(String headerValue) {
        if (headerValue.chars().anyMatch(c -> c > 0xFF) || headerValue.chars().allMatch(c -> c < 0x80)) {
            return headerValue;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(headerValue.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return headerValue;
        }
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty()
                : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    private static String text(EntityPart part) {
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(101);
            if (bytes.length > 100) {
                throw new RuleViolation("document.kind", "The document kind is too long",
                        List.of(new Violation("kind", "a document kind")));
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuleViolation missing(String name) {
        return new RuleViolation("document.part-missing", "The multipart part '" + name + "' is required",
                List.of(new Violation(name, "required")));
    }
}

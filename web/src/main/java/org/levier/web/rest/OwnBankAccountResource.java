package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.levier.banking.boundary.BankAccounts;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.web.core.Caller;
import org.levier.web.rest.PaymentViews.BankAccountBody;
import org.levier.web.rest.PaymentViews.BankAccountJson;

/**
 * {@code /api/v1/organisations/me/bank-account}: the applicant's organisation's payment account. {@code POST
 * .../evidence} (multipart {@code file}) uploads the bank document; {@code PUT} declares the account with it
 * ({@code {"iban","bic","holder","evidenceDocumentId"}}) as a new pending version (payments are suspended until a
 * member of the fund's staff verifies it); {@code GET} shows the live version, IBAN masked.
 */
@Path("organisations/me/bank-account")
@Produces(MediaType.APPLICATION_JSON)
public class OwnBankAccountResource {

    /** The multipart form of a bank document's upload as {@code /openapi} describes it. */
    @Schema(name = "BankEvidenceUpload", requiredProperties = "file")
    public record EvidenceForm(@Schema(type = SchemaType.STRING, format = "binary") String file) {
    }

    /** An uploaded bank document as answered (the boundary's {@code EvidenceInfo}), for {@code /openapi}. */
    @Schema(name = "BankEvidenceView")
    public record BankEvidenceView(long id, long organisationId, String fileName, String contentType, long size,
                                   String sha256, String uploadedBy, String uploadedAt) {
    }

    @Inject
    BankAccounts bankAccounts;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getOwnBankAccount",
            summary = "The organisation's bank account (live version, IBAN masked)")
    public BankAccountJson get() {
        return bankAccounts.own(caller.applicant()).map(a -> PaymentViews.of(a, false))
                .orElseThrow(() -> new NotFound("bank account"));
    }

    @PUT
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declareOwnBankAccount",
            summary = "Declare the organisation's bank account (a new version awaiting verification)")
    public BankAccountJson declare(BankAccountBody body) {
        PaymentViews.required(body);
        return PaymentViews.of(bankAccounts.declareOwn(caller.applicant(), new BankAccounts.Declaration(body.iban(),
                body.bic(), body.holder(), body.evidenceDocumentId())), false);
    }

    @POST
    @Path("evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadOwnBankEvidence",
            summary = "Upload the bank document (multipart: file)")
    @APIResponseSchema(value = BankEvidenceView.class, responseCode = "201")
    public Response evidence(@RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(ref = "BankEvidenceUpload"))) List<EntityPart> parts) {
        EntityPart file = filePart(parts);
        try (InputStream content = file.getContent()) {
            return Response.status(Response.Status.CREATED).entity(bankAccounts.uploadOwnEvidence(caller.applicant(),
                    file.getFileName().map(DocumentsResource::utf8).orElse(null), content)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EntityPart filePart(List<EntityPart> parts) {
        return (parts == null ? List.<EntityPart>of() : parts).stream().filter(p -> "file".equals(p.getName()))
                .findFirst().orElseThrow(() -> new RuleViolation("request.invalid", "The part 'file' is required",
                        List.of(new Violation("file", "required"))));
    }
}

package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.levier.banking.boundary.BankAccounts;
import org.levier.shared.control.NotFound;
import org.levier.web.core.Downloads;
import org.levier.web.rest.PaymentViews.BankAccountBody;
import org.levier.web.rest.PaymentViews.BankAccountJson;

/**
 * {@code /api/v1/organisations/{id}/bank-account}, for the fund's staff: the live version with its full IBAN and
 * every earlier version ({@code /history}), the bank document, a declaration recorded from a paper form, and
 * {@code POST .../verify} (an analyst or director other than the declarant: else 422
 * {@code bank-account.self-verification}).
 */
@Path("organisations/{id}/bank-account")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationBankAccountResource {

    /** The versions of an account, newest first. */
    public record History(List<BankAccountJson> items) {
    }

    @Inject
    BankAccounts bankAccounts;

    @GET
    @Operation(operationId = "getOrganisationBankAccount",
            summary = "The organisation's live bank account (staff: full IBAN)")
    public BankAccountJson get(@PathParam("id") long organisationId) {
        return bankAccounts.ofOrganisation(organisationId).map(a -> PaymentViews.of(a, true))
                .orElseThrow(() -> new NotFound("bank account of organisation " + organisationId));
    }

    @GET
    @Path("history")
    @Operation(operationId = "getBankAccountHistory",
            summary = "Every version of the organisation's bank account, newest first")
    public History history(@PathParam("id") long organisationId) {
        return new History(bankAccounts.history(organisationId).stream().map(a -> PaymentViews.of(a, true)).toList());
    }

    @PUT
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declareOrganisationBankAccount",
            summary = "Record the organisation's bank account from a paper form (verified by someone else)")
    public BankAccountJson declare(@PathParam("id") long organisationId, BankAccountBody body) {
        PaymentViews.required(body);
        return PaymentViews.of(bankAccounts.declareFor(organisationId, new BankAccounts.Declaration(body.iban(),
                body.bic(), body.holder(), body.evidenceDocumentId())), true);
    }

    @POST
    @Path("verify")
    @Operation(operationId = "verifyBankAccount",
            summary = "Verify the pending bank account against its bank document (not the declarant)")
    public BankAccountJson verify(@PathParam("id") long organisationId) {
        return PaymentViews.of(bankAccounts.verify(organisationId), true);
    }

    @POST
    @Path("evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadOrganisationBankEvidence",
            summary = "Upload a bank document for the organisation (multipart: file)")
    @APIResponseSchema(value = OwnBankAccountResource.BankEvidenceView.class, responseCode = "201")
    public Response upload(@PathParam("id") long organisationId,
                           @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                                   schema = @Schema(ref = "BankEvidenceUpload")))
                           List<EntityPart> parts) {
        EntityPart file = OwnBankAccountResource.filePart(parts);
        try (InputStream content = file.getContent()) {
            return Response.status(Response.Status.CREATED).entity(bankAccounts.uploadEvidence(organisationId,
                    file.getFileName().map(DocumentsResource::utf8).orElse(null), content)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadBankEvidence",
            summary = "Download the bank document")
    public Response evidence(@PathParam("id") long organisationId, @PathParam("evidenceId") long evidenceId) {
        BankAccounts.EvidenceFile file = bankAccounts.evidence(organisationId, evidenceId);
        return Response.ok(file.content(), file.info().contentType())
                .header("Content-Disposition", Downloads.attachment(file.info().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-SHA256", file.info().sha256())
                .build();
    }
}

package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.levier.payment.boundary.BatchLines;
import org.levier.payment.boundary.ConfirmationReport;
import org.levier.payment.boundary.PaymentBatches.ConfirmedLine;
import org.levier.payment.boundary.PaymentBatches;
import org.levier.payment.entity.PaymentBatch;
import org.levier.shared.control.Page;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.web.core.Downloads;
import org.levier.web.rest.PaymentViews.BatchBody;
import org.levier.web.rest.PaymentViews.BatchJson;
import org.levier.web.rest.PaymentViews.BatchList;
import org.levier.web.rest.PaymentViews.CandidateJson;

/**
 * {@code /api/v1/payment-batches}, for fund directors: make a batch of approved disbursements
 * ({@code {"disbursementIds":[…],"executionDate"}} → 201), read and list batches, {@code GET .../file} (the SEPA
 * pain.001.001.09; the first download exports the batch, which never changes afterwards; header
 * {@code X-Content-SHA256}), {@code POST .../cancel} before export, and {@code POST .../confirmation}: the bank's
 * camt.054 ({@code application/xml}, or multipart {@code file}) or {@code {"lines":[{"disbursementId","valueDate",
 * "bankReference"}]}}, answered line by line.
 */
@Path("payment-batches")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentBatchesResource {

    /** Approved disbursements a batch may gather. */
    public record Candidates(List<CandidateJson> items) {
    }

    static final int MAX_BANK_FILE = 10 * 1024 * 1024;

    /** A reason, optional. */
    public record ReasonBody(@Schema(example = "Lot refusé par la banque") @Text
    @Size(max = Bodies.TEXT_MAX) String reason) {
    }

    /** Payments confirmed by hand, one line per disbursement. */
    public record ConfirmationBody(
            @NotEmpty(message = "at least one {disbursementId, valueDate, bankReference}")
            @Size(max = Bodies.LIST_MAX) List<@NotNull(message = "an object") @Valid ConfirmedLineBody> lines) {
    }

    /** One payment the bank confirmed: the disbursement (its id or end-to-end id), value date, bank reference. */
    public record ConfirmedLineBody(
            @Schema(example = "42") @NotBlank(message = "required") @Text(multiline = false)
            @Size(max = Bodies.TEXT_MAX) @JsonbTypeDeserializer(ApiJson.TextOrNumber.class) String disbursementId,
            @Schema(type = SchemaType.STRING, format = "date", pattern = IsoDate.PATTERN, example = IsoDate.EXAMPLE)
            @NotNull(message = "required: an ISO date, e.g. 2026-12-31") @IsoDate String valueDate,
            @Schema(example = "VIR-2026-000123") @NotBlank(message = "required") @Text(multiline = false)
            @Size(max = Bodies.TEXT_MAX) String bankReference) {
    }

    @Inject
    PaymentBatches batches;

    @Inject
    BatchLines batchLines;

    @Context
    UriInfo uri;

    @POST
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPaymentBatch",
            summary = "Make a payment batch of approved disbursements (fund director)")
    @APIResponseSchema(value = PaymentViews.BatchJson.class, responseCode = "201")
    public Response create(BatchBody body) {
        PaymentViews.required(body);
        List<Violation> violations = new ArrayList<>();
        LocalDate executionDate = PaymentViews.date(body.executionDate(), "executionDate", violations);
        PaymentViews.refuseIfAny("payment-batch.invalid", "The payment batch is invalid", violations);
        PaymentBatch batch = batches.create(body.disbursementIds(), executionDate);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(batch.getId())).build())
                .entity(PaymentViews.of(batch)).build();
    }

    @GET
    @Operation(operationId = "listPaymentBatches",
            summary = "Payment batches, newest first")
    public BatchList list(@QueryParam("page") @DefaultValue("0") int page,
                          @QueryParam("size") @DefaultValue("50") int size) {
        Page<PaymentBatch> found = batches.list(page, size);
        return new BatchList(found.items().stream().map(PaymentViews::of).toList(), found.page(), found.size(),
                found.total());
    }

    @GET
    @Path("candidates")
    @Operation(summary = "Approved disbursements in no live batch, with whether their account is in force")
    public Candidates candidates() {
        return new Candidates(batchLines.candidates().stream().map(PaymentViews::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPaymentBatch",
            summary = "One payment batch with its lines")
    public BatchJson get(@PathParam("id") long id) {
        return PaymentViews.of(batches.get(id));
    }

    @GET
    @Path("{id}/file")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(operationId = "downloadPaymentFile",
            summary = "The SEPA credit transfer file (pain.001.001.09); the first download exports the batch")
    public Response file(@PathParam("id") long id) {
        byte[] file = batches.file(id);
        return Response.ok(file, "application/xml; charset=UTF-8")
                .header("Content-Disposition", Downloads.attachment("pain001-batch-" + id + ".xml"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-SHA256", sha256(file))
                .build();
    }

    @POST
    @Path("{id}/cancel")
    @SmallJson
    @Operation(operationId = "cancelPaymentBatch",
            summary = "Cancel a batch that was not exported: {\"reason\"}")
    public BatchJson cancel(@PathParam("id") long id, ReasonBody body) {
        ReasonBody request = Bodies.validOrEmpty(body, () -> new ReasonBody(null), Bodies.REQUEST_INVALID,
                "The cancellation is invalid");
        return PaymentViews.of(batches.cancel(id, request.reason()));
    }

    @POST
    @Path("{id}/confirmation")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Operation(summary = "Import the bank's camt.054.001.08 debit notification of the batch")
    public ConfirmationReport confirmWithXml(@PathParam("id") long id, InputStream xml) throws IOException {
        return batches.confirmWithBankFile(id, bounded(xml));
    }

    @POST
    @Path("{id}/confirmation")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import the bank's camt.054.001.08 debit notification (multipart: file)")
    public ConfirmationReport confirmWithUpload(@PathParam("id") long id, List<EntityPart> parts) {
        EntityPart file = OwnBankAccountResource.filePart(parts);
        try (InputStream content = file.getContent()) {
            return batches.confirmWithBankFile(id, bounded(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Path("{id}/confirmation")
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm by hand: {\"lines\":[{\"disbursementId\",\"valueDate\",\"bankReference\"}]}")
    public ConfirmationReport confirmByHand(@PathParam("id") long id, ConfirmationBody body) {
        ConfirmationBody request = Bodies.valid(body, "payment-confirmation.invalid", "The confirmation is invalid");
        return batches.confirmByHand(id, request.lines().stream().map(line -> new ConfirmedLine(
                line.disbursementId(), null, null, Bodies.date(line.valueDate()), line.bankReference())).toList());
    }

    private static byte[] bounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BANK_FILE + 1);
        if (bytes.length > MAX_BANK_FILE) {
            throw new org.levier.document.control.ContentTooLarge(MAX_BANK_FILE);
        }
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.levier.cofinancing.boundary.CofinancingLines.Ledger;
import org.levier.cofinancing.boundary.CofinancingLines;
import org.levier.dossier.entity.CofinancingStatus;
import org.levier.shared.control.Forbidden;
import org.levier.web.core.Caller;

/**
 * {@code /api/v1/dossiers/{id}/cofinancing}: the co-financing ledger of a submitted dossier — its lines (stable ids)
 * with source type, funder, amounts, status, evidence documents and history. The owner reads its own (another
 * organisation's dossier is 404), staff and auditors every one; analysts and fund directors move a line with
 * {@code POST …/{lineId}/status} {@code {"status","amount"?,"evidenceDocumentId"?,"comment"?}}. A draft has no
 * ledger yet (422 {@code cofinancing.ledger.draft}): its lines are edited in the draft.
 */
@Path("dossiers/{id}/cofinancing")
@Produces(MediaType.APPLICATION_JSON)
public class CofinancingResource {

    /** A co-financing line's move: the new status, the amount obtained, the evidence and a comment. */
    public record StatusBody(
            @Schema(type = SchemaType.STRING, enumeration = {"PLANNED", "APPLIED", "COMMITTED", "RECEIVED"})
            @NotNull(message = "required")
            @OneOf(CofinancingStatus.class) String status,
            @Schema(type = SchemaType.STRING, pattern = Amount.PATTERN, example = "10000.00",
                    description = Amount.DESCRIPTION)
            @Amount(sign = Amount.Sign.NOT_NEGATIVE) String amount,
            @Schema(description = "A document of the dossier", example = "12") Long evidenceDocumentId,
            @Schema(example = "Arrêté de subvention reçu") @Text @Size(max = Bodies.TEXT_MAX) String comment) {
    }

    @Inject
    CofinancingLines lines;

    @Inject
    Caller caller;

    /** A dossier's ledger as the API shows it. */
    @JsonbNillable
    public record LedgerJson(long dossierId, String reference, String dossierStatus, boolean open,
                             List<LineJson> lines) {
    }

    public record LineJson(long id, int position, String sourceType, String funder, String submittedAmount,
                           String amount, String status, List<EvidenceJson> evidence, List<ChangeJson> history) {
    }

    public record EvidenceJson(long documentId, String fileName, String kind) {
    }

    @JsonbNillable
    public record ChangeJson(long id, String from, String to, String previousAmount, String amount,
                             Long evidenceDocumentId, String comment, String changedBy, String changedRole,
                             String changedAt) {
    }

    @GET
    @Operation(operationId = "getDossierCofinancing",
            summary = "The co-financing ledger of a submitted dossier: lines, evidence, history")
    public LedgerJson get(@PathParam("id") long dossierId) {
        return view(caller.isApplicant() ? lines.getOwn(caller.applicant(), dossierId) : lines.get(dossierId));
    }

    @POST
    @Path("{lineId}/status")
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a line (analyst, fund director): {\"status\",\"amount\"?,\"evidenceDocumentId\"?,"
            + "\"comment\"?}; COMMITTED and RECEIVED need evidence, a step back a comment")
    public LedgerJson changeStatus(@PathParam("id") long dossierId, @PathParam("lineId") long lineId,
                                   StatusBody body) {
        if (!caller.isStaff()) {
            throw new Forbidden("cofinancing.staff-only", "Only the fund's analysts and directors move a"
                    + " co-financing line");
        }
        StatusBody request = Bodies.valid(body, "cofinancing.move.invalid", "The move is invalid");
        return view(lines.changeStatus(dossierId, lineId, new CofinancingLines.StatusChange(
                Bodies.named(request.status(), CofinancingStatus.class), Bodies.money(request.amount()),
                request.evidenceDocumentId(), request.comment())));
    }

    static LedgerJson view(Ledger ledger) {
        return new LedgerJson(ledger.dossierId(), ledger.reference(), ledger.dossierStatus(), ledger.open(),
                ledger.lines().stream().map(l -> new LineJson(l.id(), l.position(), l.sourceType().name(),
                        l.funder(), ApiFormat.money(l.submittedAmount()), ApiFormat.money(l.amount()),
                        l.status().name(),
                        l.evidence().stream().map(e -> new EvidenceJson(e.documentId(), e.fileName(), e.kind()))
                                .toList(),
                        l.history().stream().map(c -> new ChangeJson(c.id(), c.from().name(), c.to().name(),
                                ApiFormat.money(c.previousAmount()), ApiFormat.money(c.amount()),
                                c.evidenceDocumentId(), c.comment(), c.changedBy(), c.changedRole(),
                                ApiFormat.instant(c.changedAt()))).toList()))
                        .toList());
    }
}

package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.levier.applicant.boundary.DeMinimisDeclarations;
import org.levier.applicant.entity.DeMinimisAid;
import org.levier.applicant.entity.DeMinimisCorrection;
import org.levier.web.core.ApiValues;

/**
 * {@code /api/v1/organisations/me/de-minimis/{id}}: the applicant corrects one of its organisation's de minimis
 * declarations with a reason ({@code PUT {"grantedOn","amount","grantingBody","reason"}}; the history is kept) and
 * reads its corrections ({@code GET .../corrections}). Values are checked for shape before any arithmetic: an amount
 * is a decimal string of at most 13 integer digits and 2 decimals, a date is {@code yyyy-MM-dd} with a year between
 * 1 and 9999.
 */
@Path("organisations/me/de-minimis/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class DeMinimisResource {

    /** One correction: the values before and after, the reason, who and when. */
    public record CorrectionView(long id, String previousGrantedOn, String previousAmount,
                                 String previousGrantingBody, String grantedOn, String amount, String grantingBody,
                                 String reason, String correctedBy, String correctedAt) {
    }

    /** A declaration with its corrections. */
    public record CorrectedView(long id, String grantedOn, String amount, String grantingBody,
                                List<CorrectionView> corrections) {
    }

    @Inject
    DeMinimisDeclarations declarations;

    /**
     * A de minimis aid as declared ({@code POST /organisations/me/de-minimis}) or corrected (this resource, with a
     * {@code reason}): the date and amount are checked for shape before any arithmetic.
     */
    public record DeMinimisBody(
            @Schema(type = SchemaType.STRING, format = "date", pattern = IsoDate.PATTERN, example = "2025-06-30")
            @NotNull(message = ApiValues.DATE_SHAPE_MESSAGE) @IsoDate String grantedOn,
            @Schema(type = SchemaType.STRING, pattern = Amount.PATTERN, example = "150000.00",
                    description = Amount.DESCRIPTION)
            @NotNull(message = ApiValues.MONEY_SHAPE) @Amount String amount,
            @Schema(example = "Région Bretagne") @Text(multiline = false) @Size(max = Bodies.TEXT_MAX)
            String grantingBody,
            @Schema(description = "Why the declaration is corrected (corrections only)",
                    example = "Montant erroné dans la première déclaration")
            @Text @Size(max = Bodies.TEXT_MAX) String reason) {

        static final String INVALID = "de-minimis.invalid";
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @SmallJson
    @Operation(summary = "Correct a de minimis declaration of the caller's organisation with a reason (history kept)")
    public CorrectedView correct(@PathParam("id") long id, DeMinimisBody body) {
        DeMinimisBody request = Bodies.valid(body, DeMinimisBody.INVALID, "The de minimis correction is invalid");
        DeMinimisAid aid = declarations.correct(id, Bodies.date(request.grantedOn()),
                Bodies.money(request.amount()), request.grantingBody(), request.reason());
        return view(aid, declarations.correctionsOwn(id));
    }

    @GET
    @Path("corrections")
    @Operation(summary = "The corrections of a de minimis declaration of the caller's organisation, oldest first")
    public List<CorrectionView> corrections(@PathParam("id") long id) {
        return declarations.correctionsOwn(id).stream().map(DeMinimisResource::view).toList();
    }

    static CorrectedView view(DeMinimisAid aid, List<DeMinimisCorrection> corrections) {
        return new CorrectedView(aid.getId(), aid.getGrantedOn().toString(), aid.getAmount().toPlainString(),
                aid.getGrantingBody(), corrections.stream().map(DeMinimisResource::view).toList());
    }

    static CorrectionView view(DeMinimisCorrection c) {
        return new CorrectionView(c.getId(), c.getPreviousGrantedOn().toString(),
                c.getPreviousAmount().toPlainString(), c.getPreviousGrantingBody(), c.getGrantedOn().toString(),
                c.getAmount().toPlainString(), c.getGrantingBody(), c.getReason(), c.getCorrectedBy(),
                ApiFormat.instant(c.getCorrectedAt()));
    }
}

package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.repayment.boundary.LateInstalments;
import org.levier.repayment.entity.Ageing;

/**
 * {@code GET /api/v1/programmes/{code}/late-repayments} (staff and auditors): the programme's late repayment
 * instalments as of the fund's today, oldest first, each with its dossier, what is still owed, the days past due and
 * its ageing bucket ({@code 1-30}, {@code 31-60}, {@code 61-90}, {@code 90+}); {@code owed} and {@code ageing} total
 * them.
 */
@Path("programmes/{code}/late-repayments")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeLateRepaymentsResource {

    @Inject
    LateInstalments late;

    @JsonbPropertyOrder({"programme", "asOf", "owed", "ageing", "instalments"})
    public record LateRepaymentsJson(String programme, String asOf, String owed, AgeingJson ageing,
                                     List<LateInstalmentJson> instalments) {
    }

    public record AgeingJson(String upTo30, String from31To60, String from61To90, String over90) {
    }

    public record LateInstalmentJson(long dossierId, String dossierReference, String dossierTitle,
                                     String organisation, long scheduleId, int number, String dueOn, String amount,
                                     String owed, long daysLate, String ageing) {
    }

    @GET
    @Operation(operationId = "getLateRepayments",
            summary = "The programme's late repayment instalments with their ageing (30/60/90 days)")
    public LateRepaymentsJson get(@PathParam("code") String code) {
        LateInstalments.ProgrammeLate found = late.ofProgramme(code);
        Ageing a = found.ageing();
        return new LateRepaymentsJson(found.programme(), found.asOf().toString(), ApiFormat.money(found.owed()),
                new AgeingJson(ApiFormat.money(a.upTo30()), ApiFormat.money(a.from31To60()),
                        ApiFormat.money(a.from61To90()), ApiFormat.money(a.over90())),
                found.instalments().stream().map(i -> new LateInstalmentJson(i.dossierId(), i.dossierReference(),
                        i.dossierTitle(), i.organisation(), i.scheduleId(), i.number(), i.dueOn().toString(),
                        ApiFormat.money(i.amount()), ApiFormat.money(i.owed()), i.daysLate(), i.ageing())).toList());
    }
}

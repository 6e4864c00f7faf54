package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.recovery.boundary.Recoveries;
import org.levier.shared.control.Clocks;
import org.levier.web.rest.PaymentViews.RecoveryJson;

/** {@code GET /api/v1/programmes/{code}/recoveries}: ordered, received, outstanding and overdue recoveries. */
@Path("programmes/{code}/recoveries")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeRecoveriesResource {

    /** The programme's recoveries. */
    public record ProgrammeRecoveriesJson(String programme, String ordered, String received, String outstanding,
                                          String overdue, long overdueOrders, List<RecoveryJson> items) {
    }

    @Inject
    Recoveries recoveries;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "getProgrammeRecoveries",
            summary = "The programme's recovery orders and their outstanding and overdue totals")
    public ProgrammeRecoveriesJson get(@PathParam("code") String code) {
        Recoveries.ProgrammeRecoveries found = recoveries.ofProgramme(code);
        LocalDate today = LocalDate.now(clock.withZone(Clocks.FUND_ZONE));
        return new ProgrammeRecoveriesJson(found.programme(), found.ordered().toPlainString(),
                found.received().toPlainString(), found.outstanding().toPlainString(), found.overdue().toPlainString(),
                found.overdueOrders(), found.orders().stream().map(o -> PaymentViews.of(o, today)).toList());
    }
}

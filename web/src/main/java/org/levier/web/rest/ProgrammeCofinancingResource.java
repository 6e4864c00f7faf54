package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.cofinancing.boundary.CofinancingLines;
import org.levier.cofinancing.control.LedgerSums;
import org.levier.shared.control.RuleViolation;

/**
 * {@code /api/v1/programmes/{code}/cofinancing?by=source|funder} (staff and auditors): the programme's co-financing
 * ledger summed per source type or funder and per status (SQL {@code GROUP BY}): number of lines, amount as
 * submitted, amount that counts now (confirmed, otherwise submitted).
 */
@Path("programmes/{code}/cofinancing")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeCofinancingResource {

    @Inject
    CofinancingLines lines;

    public record SumsJson(String programme, String by, List<SumJson> rows) {
    }

    public record SumJson(String key, String label, String status, long lines, String submittedAmount,
                          String amount) {
    }

    @GET
    @Operation(summary = "Co-financing of a programme per source type or funder, and per status")
    public SumsJson sums(@PathParam("code") String code, @QueryParam("by") @DefaultValue("source") String by) {
        LedgerSums.By breakdown = LedgerSums.By.fromParameter(by).orElseThrow(() -> {
            List<String> allowed = Arrays.stream(LedgerSums.By.values())
                    .map(b -> b.name().toLowerCase(Locale.ROOT)).toList();
            return new RuleViolation("parameter.invalid", "by must be one of " + allowed,
                    List.of(new RuleViolation.Violation("by", "'" + by + "' is not one of " + allowed)));
        });
        return new SumsJson(code, breakdown.name().toLowerCase(Locale.ROOT), lines.programmeSums(code, breakdown)
                .stream().map(s -> new SumJson(s.key(), s.label(), s.status().name(), s.lines(),
                        s.submitted().toPlainString(), s.amount().toPlainString())).toList());
    }
}

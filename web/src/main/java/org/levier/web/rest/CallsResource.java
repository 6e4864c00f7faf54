package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.CallForProjects;
import org.levier.programme.entity.ProgrammeAction;

/** {@code /api/v1/calls}: calls for projects (any signed-in user). */
@Path("calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallsResource {

    /** A call for projects as the API shows it. */
    public record CallView(long id, String programme, String code, String title, String opensAt, String closesAt,
                           boolean open, String minAmount, String maxAmount, String aidRegime,
                           List<String> instruments, List<Integer> actionNumbers, Map<String, String> maxIntensity,
                           boolean demo) {
    }

    /** The list answer. */
    public record CallList(List<CallView> items, int page, int size, long total) {
    }

    @Inject
    Programmes programmes;

    @Inject
    java.time.Clock clock;

    @GET
    @Operation(summary = "Calls for projects, newest first")
    public CallList list(@Parameter(description = "true: only open now; false: only not open")
                         @QueryParam("open") String open,
                         @QueryParam("programme") String programme) {
        Boolean openFilter = switch (open == null ? "" : open) {
            case "" -> null;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new org.levier.shared.control.RuleViolation("parameter.invalid",
                    "open must be true or false",
                    List.of(new org.levier.shared.control.RuleViolation.Violation("open", "true or false")));
        };
        List<CallView> items = programmes.calls(openFilter, programme).stream().map(this::view).toList();
        return new CallList(items, 0, items.size(), items.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One call for projects")
    public CallView get(@PathParam("id") long id) {
        return view(programmes.getCall(id));
    }

    private CallView view(CallForProjects c) {
        Map<String, String> intensity = new TreeMap<>();
        c.getMaxIntensity().forEach((size, max) -> intensity.put(size.name(), max.toPlainString()));
        return new CallView(c.getId(), c.getProgramme().getCode(), c.getCode(), c.getTitle(),
                ApiFormat.instant(c.getOpensAt()), ApiFormat.instant(c.getClosesAt()), c.isOpenAt(clock.instant()),
                ApiFormat.money(c.getMinAmount()), ApiFormat.money(c.getMaxAmount()), c.getAidRegime().name(),
                c.getInstruments().stream().map(Enum::name).sorted().toList(),
                c.getEligibleActions().stream().map(ProgrammeAction::getNumber).sorted().toList(),
                intensity, c.isDemo());
    }
}

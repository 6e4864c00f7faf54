package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.levier.diligence.control.CallChecklistRules;
import org.levier.dossier.boundary.Dossiers;
import org.levier.programme.boundary.CallForm;
import org.levier.programme.boundary.Calls;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.CallForProjects;
import org.levier.programme.entity.ProgrammeAction;

/**
 * {@code /api/v1/calls}: calls for projects (any signed-in user reads); administrators and directors create,
 * revise, open and close them ({@link Calls}).
 */
@Path("calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallsResource {

    /** A call for projects as the API shows it. */
    public record CallView(long id, String programme, String code, String title, String opensAt, String closesAt,
                           boolean open, String minAmount, String maxAmount, String aidRegime,
                           List<String> instruments, List<Integer> actionNumbers, Map<String, String> maxIntensity,
                           boolean demo, String status, long version, List<String> mandatoryDocuments,
                           List<ChecklistItemView> checklist, boolean defaultChecklist) {
    }

    /** One item of the call's due-diligence checklist (its template, or the fund's default). */
    public record ChecklistItemView(String code, String category, String label) {
    }

    /** The list answer. */
    public record CallList(List<CallView> items, int page, int size, long total) {
    }

    @Inject
    Programmes programmes;

    @Inject
    java.time.Clock clock;

    @Inject
    Calls calls;

    @Inject
    Dossiers dossiers;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uri;

    @POST
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCall",
            summary = "Create a call for projects (administrators, directors) → 201; opensAt/closesAt ISO with an"
            + " offset, or local Europe/Paris")
    @APIResponseSchema(value = CallsResource.CallView.class, responseCode = "201")
    public Response create(CallForm body) {
        CallView created = view(calls.create(StaffResource.required(body)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviseCall",
            summary = "Revise a call as a whole, with the version edited (409 when stale); what its submitted"
            + " dossiers use stays (422 naming it)")
    public CallView revise(@PathParam("id") long id, CallForm body) {
        return view(calls.revise(id, StaffResource.required(body)));
    }

    @POST
    @Path("{id}/open")
    @Operation(operationId = "openCall",
            summary = "Open the call now (a planned call's opening is brought forward)")
    public CallView open(@PathParam("id") long id) {
        return view(calls.open(id));
    }

    @POST
    @Path("{id}/close")
    @Operation(operationId = "closeCall",
            summary = "Close the call now")
    public CallView close(@PathParam("id") long id) {
        return view(calls.close(id));
    }

    @GET
    @Operation(operationId = "listCalls",
            summary = "Calls for projects, newest first")
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
    @Operation(operationId = "getCall",
            summary = "One call for projects")
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
                intensity, c.isDemo(), status(c), c.getVersion(),
                dossiers.mandatoryDocuments(c.getId()).stream().map(Enum::name).sorted().toList(),
                CallChecklistRules.dueDiligenceOf(c.getChecklist()).stream()
                        .map(t -> new ChecklistItemView(t.code(), t.category().name(), t.label())).toList(),
                c.getChecklist().isEmpty());
    }

    private String status(CallForProjects c) {
        java.time.Instant now = clock.instant();
        return c.isOpenAt(now) ? "OPEN" : c.isPlannedAt(now) ? "PLANNED" : "CLOSED";
    }
}

package org.levier.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.levier.dossier.boundary.DossierCompletions;
import org.levier.dossier.boundary.DossierFilter;
import org.levier.dossier.boundary.DossierSummary;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.entity.CompletionRequest;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierStatus;
import org.levier.shared.control.Page;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Role;
import org.levier.web.core.Caller;
import org.levier.web.rest.DossierViews.DossierRow;
import org.levier.web.rest.DossierViews.HistoryView;

/**
 * {@code /api/v1/dossiers}: applicants create, edit, submit and withdraw their organisation's dossiers; the fund's
 * staff read every dossier and move it along the lifecycle; auditors read. Another organisation's dossier answers
 * 404. Edits name the version they were made on ({@code version} member or {@code If-Match}): a stale one is 409.
 *
 * <p>One instance serves every request (application scoped: no per-request creation and injection of the resource,
 * issue 13's request path); its fields are proxies. The read-only boundary of the hot reads is injected as the EJB's
 * own view ({@code @EJB}): through a CDI {@code @Inject} proxy, Payara looks up the bean's business object on every
 * call by throwing and catching an {@code IllegalArgumentException} ("not a proxy instance").
 */
@ApplicationScoped
@Path("dossiers")
@Produces(MediaType.APPLICATION_JSON)
public class DossiersResource {

    /**
     * The list answer. {@code totalCapped}: a search matching more dossiers than it counts (its words are all common,
     * see {@code DossierSearch}); {@code total} is then that bound (1,000) and there are more: refine the search.
     */
    public record DossierList(List<DossierRow> items, int page, int size, long total, boolean totalCapped) {
    }

    /** The history answer. */
    public record History(List<HistoryView> items) {
    }

    @EJB
    Dossiers dossiers;

    @Inject
    Caller caller;

    @Inject
    DossierCompletions completions;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createDossier",
            summary = "Create a draft (applicant)")
    @APIResponseSchema(value = DossierViews.DossierView.class, responseCode = "201")
    public Response create(DossierBodies.DossierBody body) {
        var applicant = caller.applicant();
        DossierBodies.DossierBody request = Bodies.valid(body, DossierBodies.INVALID, "The dossier is invalid",
                DossierBodies.Creation.class);
        Dossier dossier = dossiers.create(applicant, request.callId(), request.actionNumber(), request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(dossier.getId())).build())
                .tag(etag(dossier)).entity(DossierViews.of(dossier)).build();
    }

    @GET
    @Operation(operationId = "listDossiers",
            summary = "Dossiers: the applicant's organisation's, or all for staff and auditors")
    public DossierList list(@QueryParam("status") String status, @QueryParam("programme") String programme,
                            @QueryParam("axis") String axis, @QueryParam("action") String action,
                            @QueryParam("call") String call,
                            @QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") String page,
                            @QueryParam("size") @DefaultValue("50") String size, @QueryParam("sort") String sort) {
        DossierStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = Bodies.named(status, DossierStatus.class);
            if (wanted == null) {
                throw invalidParameter("status", "one of " + java.util.Arrays.toString(DossierStatus.values()));
            }
        }
        Integer callId = integer("call", call);
        DossierFilter filter = new DossierFilter(wanted, programme, integer("axis", axis), integer("action", action),
                callId == null ? null : callId.longValue(), q);
        Integer pageNumber = integer("page", page);
        Integer pageSize = integer("size", size);
        pageNumber = pageNumber == null ? 0 : pageNumber;
        pageSize = pageSize == null ? 50 : pageSize;
        Page<DossierSummary> result = caller.isApplicant()
                ? dossiers.listOwn(caller.applicant(), filter, pageNumber, pageSize, sort)
                : dossiers.list(filter, pageNumber, pageSize, sort);
        return new DossierList(result.items().stream().map(DossierViews::of).toList(), result.page(), result.size(),
                result.total(), result.totalCapped());
    }

    @GET
    @Path("counts")
    @Operation(summary = "How many dossiers per status (staff, auditors), with the list's filters but status:"
            + " {\"DRAFT\":n,...}, one GROUP BY in the database")
    public Map<String, Long> counts(@QueryParam("programme") String programme, @QueryParam("axis") String axis,
                                    @QueryParam("action") String action, @QueryParam("call") String call,
                                    @QueryParam("q") String q) {
        Integer callId = integer("call", call);
        DossierFilter filter = new DossierFilter(null, programme, integer("axis", axis), integer("action", action),
                callId == null ? null : callId.longValue(), q);
        Map<String, Long> counts = new LinkedHashMap<>();
        dossiers.countByStatus(filter).forEach((status, n) -> counts.put(status.name(), n));
        return counts;
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDossier",
            summary = "One dossier, with its totals")
    @APIResponseSchema(value = DossierViews.DossierView.class, responseCode = "200")
    public Response get(@PathParam("id") long id) {
        Dossier dossier = read(id);
        return Response.ok(DossierViews.of(dossier)).tag(etag(dossier)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the content of a draft (its version in the body or If-Match)")
    @APIResponseSchema(value = DossierViews.DossierView.class, responseCode = "200")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           DossierBodies.DossierBody body) {
        var applicant = caller.applicant();
        DossierBodies.DossierBody request = Bodies.valid(body, DossierBodies.INVALID, "The dossier is invalid");
        long version = requiredVersion(request.version(), ifMatch);
        Dossier dossier = dossiers.updateDraft(applicant, id, version, request.draft());
        return Response.ok(DossierViews.of(dossier)).tag(etag(dossier)).build();
    }

    @POST
    @Path("{id}/submit")
    @Operation(operationId = "submitDossier",
            summary = "Submit a draft: every submission rule is checked, all violations reported together")
    @APIResponseSchema(value = DossierViews.DossierView.class, responseCode = "200")
    public Response submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           DossierBodies.VersionBody body) {
        var applicant = caller.applicant();
        Long version = Bodies.validOrEmpty(body, () -> new DossierBodies.VersionBody(null), DossierBodies.INVALID,
                "The submission is invalid").version();
        if (version == null) {
            version = parseIfMatch(ifMatch);
        }
        if (version == null) {
            // Submitting names no edit: the dossier as it stands is what is submitted (the row is locked then).
            version = dossiers.getOwn(applicant, id).getVersion();
        }
        Dossier dossier = dossiers.submit(applicant, id, version, caller.applicantProfile());
        return Response.ok(DossierViews.of(dossier)).tag(etag(dossier)).build();
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the dossier along its lifecycle (staff; the applicant may withdraw)")
    @APIResponseSchema(value = DossierViews.DossierView.class, responseCode = "200")
    public Response transition(@PathParam("id") long id, DossierBodies.TransitionBody body) {
        DossierBodies.TransitionBody request = Bodies.valid(body, "dossier.transition.invalid",
                "The transition is invalid");
        String comment = request.comment() != null ? request.comment() : request.reason();
        DossierStatus target = Bodies.named(request.to(), DossierStatus.class);
        Dossier dossier;
        if (caller.isApplicant()) {
            var applicant = caller.applicant();
            // The lifecycle answers first: no such move is 422 naming both states, a move of the staff is 403.
            dossiers.getOwn(applicant, id).getStatus().requireMoveTo(target, Role.APPLICANT);
            if (target != DossierStatus.WITHDRAWN) {
                throw new RuleViolation("dossier.submission.required", "A draft is submitted through its submit "
                        + "resource, which checks the submission rules", List.of(new Violation("to",
                        "POST /api/v1/dossiers/" + id + "/submit instead")));
            }
            dossier = dossiers.withdraw(applicant, id, comment);
        } else {
            dossier = dossiers.moveTo(id, target, comment);
        }
        return Response.ok(DossierViews.of(dossier)).tag(etag(dossier)).build();
    }

    /** A request for completion, as the staff and the applicant read it. */
    public record CompletionRequestView(long id, long dossierId, String fromStatus, List<String> items,
                                        String dueDate, String status, boolean overdue, String requestedBy,
                                        String requestedAt, String resubmittedAt) {
    }

    /** What the staff ask the applicant to complete: the fixes (blank ones dropped) and the due date. */
    public record ReturnBody(
            @Schema(example = "[\"Detail the works line\", \"Upload the signed statutes\"]")
            @Size(max = Bodies.LIST_MAX) List<@Text @Size(max = Bodies.TEXT_MAX) String> fixes,
            @Schema(type = SchemaType.STRING, format = "date", pattern = IsoDate.PATTERN, example = IsoDate.EXAMPLE)
            @IsoDate String dueDate) {
    }

    /** The list answer of the requests for completion. */
    public record CompletionRequestList(List<CompletionRequestView> items) {
    }

    @POST
    @Path("{id}/return-for-completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return a submitted dossier (SUBMITTED or ELIGIBILITY_REVIEW) to its applicant for "
            + "completion: {\"fixes\":[what to fix...],\"dueDate\":\"2026-04-30\"} (staff) → 201")
    @APIResponseSchema(value = CompletionRequestView.class, responseCode = "201")
    public Response returnForCompletion(@PathParam("id") long id, ReturnBody body) {
        ReturnBody request = Bodies.valid(body, "dossier.completion.invalid", "The request for completion is invalid");
        CompletionRequest created = completions.returnForCompletion(id,
                request.fixes() == null ? List.of() : request.fixes(),
                request.dueDate() == null ? null : Bodies.date(request.dueDate()));
        return Response.created(uri.getBaseUriBuilder().path("dossiers").path(String.valueOf(id))
                .path("completion-requests").build()).entity(view(created)).build();
    }

    @POST
    @Path("{id}/resubmit")
    @Operation(summary = "Resubmit a dossier returned for completion, under its reference: the submission rules "
            + "again, the call's closing aside (applicant; version in the body or If-Match, else the current one)")
    @APIResponseSchema(value = DossierViews.DossierView.class, responseCode = "200")
    public Response resubmit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             DossierBodies.VersionBody body) {
        var applicant = caller.applicant();
        Long version = Bodies.validOrEmpty(body, () -> new DossierBodies.VersionBody(null), DossierBodies.INVALID,
                "The resubmission is invalid").version();
        if (version == null) {
            version = parseIfMatch(ifMatch);
        }
        if (version == null) {
            version = dossiers.getOwn(applicant, id).getVersion();
        }
        Dossier dossier = completions.resubmit(applicant, id, version, caller.applicantProfile());
        return Response.ok(DossierViews.of(dossier)).tag(etag(dossier)).build();
    }

    @GET
    @Path("{id}/completion-requests")
    @Operation(summary = "The dossier's requests for completion, oldest first, with their overdue flag")
    public CompletionRequestList completionRequests(@PathParam("id") long id) {
        List<CompletionRequest> found = caller.isApplicant() ? completions.listOwn(caller.applicant(), id)
                : completions.list(id);
        return new CompletionRequestList(found.stream().map(this::view).toList());
    }

    private CompletionRequestView view(CompletionRequest r) {
        return new CompletionRequestView(r.getId(), r.getDossierId(), r.getFromStatus().name(), r.getItems(),
                r.getDueDate().toString(), r.getStatus().name(), completions.isOverdue(r),
                caller.isApplicant() ? null : r.getRequestedBy(), ApiFormat.instant(r.getRequestedAt()),
                r.resubmittedAt().map(ApiFormat::instant).orElse(null));
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getDossierHistory",
            summary = "The dossier's lifecycle history, oldest first")
    public History history(@PathParam("id") long id) {
        var entries = caller.isApplicant() ? dossiers.historyOwn(caller.applicant(), id) : dossiers.history(id);
        return new History(entries.stream().map(DossierViews::of).toList());
    }

    private Dossier read(long id) {
        return caller.isApplicant() ? dossiers.getOwn(caller.applicant(), id) : dossiers.get(id);
    }

    private static EntityTag etag(Dossier dossier) {
        return new EntityTag(String.valueOf(dossier.getVersion()));
    }

    private static long requiredVersion(Long fromBody, String ifMatch) {
        Long version = fromBody != null ? fromBody : parseIfMatch(ifMatch);
        if (version == null) {
            throw new RuleViolation("dossier.version-required", "Name the version you edited: the version member "
                    + "of the dossier you read, or its ETag in If-Match",
                    List.of(new Violation("version", "required")));
        }
        return version;
    }

    /** {@code "3"}, {@code W/"3"} or {@code 3}; null when absent. */
    static Long parseIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        if (!value.matches("\\d{1,18}")) {
            throw new RuleViolation("dossier.version-invalid", "If-Match must carry the dossier's version",
                    List.of(new Violation("If-Match", "the ETag of the dossier read, e.g. \"3\"")));
        }
        return Long.parseLong(value);
    }

    private static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,9}")) {
            throw invalidParameter(name, "a whole number");
        }
        return Integer.parseInt(value.strip());
    }

    private static RuleViolation invalidParameter(String name, String message) {
        return new RuleViolation("parameter.invalid", name + ": " + message, List.of(new Violation(name, message)));
    }
}

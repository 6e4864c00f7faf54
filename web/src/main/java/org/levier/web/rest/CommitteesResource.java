package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.levier.committee.boundary.AgendaDossiers;
import org.levier.committee.boundary.AgendaEntry;
import org.levier.committee.boundary.CommitteeBudgets;
import org.levier.committee.boundary.CommitteeDecisions;
import org.levier.committee.boundary.Committees;
import org.levier.committee.entity.CommitteeSession;
import org.levier.committee.entity.Decision;
import org.levier.committee.entity.DecisionOutcome;
import org.levier.committee.entity.DecisionRequest;
import org.levier.committee.entity.SessionStatus;
import org.levier.committee.entity.VoteChoice;
import org.levier.document.boundary.Documents.DocumentFile;
import org.levier.shared.control.Page;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Instrument;
import org.levier.web.core.Downloads;
import org.levier.web.rest.InstructionViews.AgendaView;
import org.levier.web.rest.InstructionViews.DecisionView;
import org.levier.web.rest.InstructionViews.SessionRow;
import org.levier.web.rest.InstructionViews.SessionView;

/**
 * {@code /api/v1/committees}: the fund director plans a session (title, date, voting members), fills its agenda
 * with dossiers in COMMITTEE, opens and closes it, and records a decision per dossier; the voting members declare
 * attendance and conflicts of interest and vote; staff and auditors read every session, a member those it sits on.
 * A session shows, per dossier, the conflicts, votes, live tally (quorum, majority) and the decision.
 */
@Path("committees")
@Produces(MediaType.APPLICATION_JSON)
public class CommitteesResource {

    /** The list answer. */
    public record SessionList(List<SessionRow> items, int page, int size, long total) {
    }

    /** A session to plan; no members: the programme's standing committee. */
    public record PlanBody(
            @Schema(example = "Comité d'engagement de juin") @Text(multiline = false) @Size(max = Bodies.TEXT_MAX)
            String title,
            @Schema(type = SchemaType.STRING, format = "date", pattern = IsoDate.PATTERN, example = IsoDate.EXAMPLE)
            @IsoDate String heldOn,
            @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    description = "E-mail addresses of the voting members", example = "[\"director1@levier.example\"]")
            @Size(max = Bodies.LIST_MAX) List<@NotNull(message = "a string") @Text(multiline = false) @Size(max = 254)
                    String> members,
            @Schema(example = "TI-DK") @Text(multiline = false) @Size(max = 40) String programme) {
    }

    /** The voting members of a planned session. */
    public record MembersBody(
            @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    description = "E-mail addresses of the voting members", example = "[\"director1@levier.example\"]")
            @Size(max = Bodies.LIST_MAX) List<@NotNull(message = "a string") @Text(multiline = false) @Size(max = 254)
                    String> members) {
    }

    /** A dossier in COMMITTEE to put on the agenda. */
    public record AgendaBody(@Schema(example = "42") @NotNull(message = "required") Long dossierId) {
    }

    /** A conflict of interest of the calling member. */
    public record ConflictBody(@Schema(example = "42") @NotNull(message = "required") Long dossierId,
                               @Schema(example = "Membre du conseil d'administration du porteur") @Text
                               @Size(max = Bodies.TEXT_MAX) String note) {
    }

    /** The calling member's vote. */
    public record VoteBody(@Schema(example = "42") @NotNull(message = "required") Long dossierId,
                           @Schema(type = SchemaType.STRING, enumeration = {"FOR", "AGAINST", "ABSTAIN"})
                           @OneOf(VoteChoice.class) String choice) {
    }

    /** The committee's decision on a dossier. */
    public record DecisionBody(
            @Schema(example = "42") @NotNull(message = "required") Long dossierId,
            @Schema(type = SchemaType.STRING, enumeration = {"APPROVED", "REJECTED", "DEFERRED"})
            @OneOf(DecisionOutcome.class) String outcome,
            @Schema(type = SchemaType.OBJECT, additionalProperties = String.class,
                    description = "Amounts approved per instrument", example = "{\"GRANT\": \"40000.00\"}")
            Map<@OneOf(Instrument.class) String, @NotNull(message = "required")
                    @Amount(sign = Amount.Sign.NOT_NEGATIVE) String> approved,
            @Schema(type = SchemaType.ARRAY, implementation = String.class)
            @Size(max = Bodies.LIST_MAX) List<@NotNull(message = "a string") @Text @Size(max = Bodies.TEXT_MAX)
                    String> conditions,
            @Schema(example = "Projet structurant pour le territoire") @Text
            @Size(max = Bodies.TEXT_MAX) String reasons,
            @Schema(description = "Record an approval beyond the funds left, reserving nothing")
            Boolean subjectToFunds) {
    }

    @Inject
    AgendaDossiers agendaDossiers;

    @Inject
    Committees committees;

    @Inject
    CommitteeDecisions decisions;

    @Inject
    CommitteeBudgets budgets;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a session: {\"title\",\"heldOn\",\"members\":[e-mails],\"programme\"} (director)"
            + " → 201; no members: the programme's standing committee members")
    @APIResponseSchema(value = InstructionViews.SessionView.class, responseCode = "201")
    public Response plan(PlanBody body) {
        PlanBody request = Bodies.valid(body, Bodies.REQUEST_INVALID, "The session is invalid");
        CommitteeSession session = committees.plan(request.title(), Bodies.date(request.heldOn()),
                members(request.members()), request.programme());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(session.getId())).build())
                .entity(InstructionViews.of(session, List.of())).build();
    }

    @GET
    @Operation(operationId = "listCommittees",
            summary = "Sessions, latest first; ?status=PLANNED|OPEN|CLOSED&page=&size=")
    public SessionList list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("50") int size) {
        SessionStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = Bodies.named(status, SessionStatus.class);
            if (wanted == null) {
                String message = "one of " + java.util.Arrays.toString(SessionStatus.values());
                throw new RuleViolation(Bodies.REQUEST_INVALID, "status: " + message,
                        List.of(new RuleViolation.Violation("status", message)));
            }
        }
        Page<CommitteeSession> found = committees.list(wanted, page, size);
        return new SessionList(found.items().stream().map(InstructionViews::row).toList(), found.page(),
                found.size(), found.total());
    }

    @GET
    @Path("{sid}")
    @Operation(operationId = "getCommittee",
            summary = "A session with its members and agenda (conflicts, votes, tally, decision per dossier)")
    public SessionView get(@PathParam("sid") long sessionId) {
        return view(committees.get(sessionId));
    }

    @PUT
    @Path("{sid}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the voting members of a planned session: {\"members\":[e-mails]} (director)")
    public SessionView changeMembers(@PathParam("sid") long sessionId, MembersBody body) {
        MembersBody request = Bodies.valid(body, Bodies.REQUEST_INVALID, "The members are invalid");
        return view(committees.changeMembers(sessionId, members(request.members())));
    }

    @POST
    @Path("{sid}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a dossier in COMMITTEE on the agenda: {\"dossierId\"} (director)")
    public SessionView schedule(@PathParam("sid") long sessionId, AgendaBody body) {
        long dossierId = Bodies.valid(body, Bodies.REQUEST_INVALID, "The agenda item is invalid").dossierId();
        return view(committees.schedule(sessionId, dossierId));
    }

    @POST
    @Path("{sid}/open")
    @Operation(operationId = "openCommittee",
            summary = "PLANNED → OPEN (director)")
    public SessionView open(@PathParam("sid") long sessionId) {
        return view(committees.open(sessionId));
    }

    @POST
    @Path("{sid}/close")
    @Operation(operationId = "closeCommittee",
            summary = "OPEN → CLOSED (director)")
    public SessionView close(@PathParam("sid") long sessionId) {
        return view(committees.close(sessionId));
    }

    @POST
    @Path("{sid}/attendance")
    @Operation(summary = "The calling member is present (counts for the quorum)")
    public SessionView attend(@PathParam("sid") long sessionId) {
        return view(committees.attend(sessionId));
    }

    @POST
    @Path("{sid}/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The calling member declares a conflict of interest: {\"dossierId\",\"note\"}")
    public AgendaView declareConflict(@PathParam("sid") long sessionId, ConflictBody body) {
        ConflictBody request = Bodies.valid(body, Bodies.REQUEST_INVALID, "The declaration is invalid");
        AgendaEntry entry = committees.declareConflict(sessionId, request.dossierId(), request.note());
        return InstructionViews.of(entry);
    }

    @POST
    @Path("{sid}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The calling member votes: {\"dossierId\",\"choice\":\"FOR|AGAINST|ABSTAIN\"}")
    public AgendaView vote(@PathParam("sid") long sessionId, VoteBody body) {
        VoteBody request = Bodies.valid(body, Bodies.REQUEST_INVALID, "The vote is invalid");
        return InstructionViews.of(committees.vote(sessionId, request.dossierId(),
                Bodies.named(request.choice(), VoteChoice.class)));
    }

    @POST
    @Path("{sid}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the decision on a dossier (director): {\"dossierId\",\"outcome\":\"APPROVED|"
            + "REJECTED|DEFERRED\",\"approved\":{\"GRANT\":\"…\"},\"conditions\":[…],\"reasons\",\"subjectToFunds\"}"
            + " → 201; an approval beyond what is left of the allotment or envelope: 422 with the figures, unless"
            + " subjectToFunds is true (then recorded as such, reserving nothing)")
    @APIResponseSchema(value = InstructionViews.DecisionView.class, responseCode = "201")
    public Response decide(@PathParam("sid") long sessionId, DecisionBody body) {
        DecisionBody b = Bodies.valid(body, "committee.decision.invalid", "The decision is invalid");
        long dossierId = b.dossierId();
        DecisionRequest request = new DecisionRequest(Bodies.named(b.outcome(), DecisionOutcome.class),
                Bodies.amounts(b.approved()), b.conditions() == null ? List.of() : b.conditions(), b.reasons(),
                Boolean.TRUE.equals(b.subjectToFunds()));
        Decision decision = decisions.decide(sessionId, dossierId, request);
        DecisionView view = InstructionViews.of(decision, true);
        return Response.created(uri.getBaseUriBuilder().path("dossiers").path(String.valueOf(dossierId))
                .path("decisions").build()).entity(view).build();
    }

    @POST
    @Path("{sid}/decisions/{dossierId}/confirm-funds")
    @Operation(summary = "Confirm the funds of an approval recorded subject to funds (director): it then reserves"
            + " its amounts, 422 with the figures when they do not fit")
    public DecisionView confirmFunds(@PathParam("sid") long sessionId, @PathParam("dossierId") long dossierId) {
        return InstructionViews.of(budgets.confirmFunds(sessionId, dossierId), true);
    }

    @GET
    @Path("{sid}/what-if")
    @Operation(summary = "Per agenda item in agenda order: recommended amounts, allotment left, envelope left and"
            + " the programme's committed leverage before and after approving them, cumulated over the agenda")
    public WhatIfViews.WhatIfView whatIf(@PathParam("sid") long sessionId) {
        return WhatIfViews.view(budgets.whatIf(sessionId));
    }

    // --- a member reads the dossiers of its agenda (read-only) ---

    /** A dossier of the agenda as a member reads it: the dossier, its due diligence's summary, its documents. */
    public record AgendaDossierView(long sessionId, String sessionTitle, DossierViews.DossierView dossier,
                                    String organisation, DiligenceSummaryView diligence,
                                    List<DossierViews.DocumentView> documents) {
    }

    /** The analyst's recommendation and opinion, the overall risk score and the second review (nulls when none). */
    public record DiligenceSummaryView(String recommendation, Map<String, String> recommendedAmounts,
                                       List<String> conditions, String opinion, Integer riskOverall, String review,
                                       String reviewComment) {
    }

    @GET
    @Path("{sid}/dossiers/{dossierId}")
    @Operation(operationId = "getAgendaDossier", summary = "A dossier of the session's agenda, read-only, for a member"
            + " who sits on it: description, budget, financing plan, due-diligence summary and opinion, documents."
            + " 403 committee.not-a-member, 403 committee.dossier.recused (a conflict declared on it), 404 when not"
            + " on the agenda")
    public AgendaDossierView agendaDossier(@PathParam("sid") long sessionId, @PathParam("dossierId") long dossierId) {
        AgendaDossiers.AgendaDossier read = agendaDossiers.read(sessionId, dossierId);
        AgendaDossiers.DiligenceSummary d = read.diligence();
        DiligenceSummaryView diligence = d == null ? null : new DiligenceSummaryView(
                d.recommendation() == null ? null : d.recommendation().name(),
                InstructionViews.amounts(d.recommendedAmounts()), d.conditions(), d.opinion(), d.riskOverall(),
                d.review() == null ? null : d.review().name(), d.reviewComment());
        return new AgendaDossierView(read.sessionId(), read.sessionTitle(), DossierViews.of(read.dossier()),
                read.organisation(), diligence, read.documents().stream().map(DossierViews::of).toList());
    }

    @GET
    @Path("{sid}/dossiers/{dossierId}/documents/{docId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadAgendaDocument", summary = "A document of a dossier of the session's agenda,"
            + " for a member who sits on it and is not recused (same refusals as the dossier)")
    public Response agendaDocument(@PathParam("sid") long sessionId, @PathParam("dossierId") long dossierId,
                                   @PathParam("docId") long documentId) {
        DocumentFile file = agendaDossiers.document(sessionId, dossierId, documentId);
        return Response.ok(file.content(), file.info().contentType())
                .header("Content-Disposition", Downloads.attachment(file.info().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private SessionView view(CommitteeSession session) {
        return InstructionViews.of(session, committees.agenda(session.getId()));
    }

    private static Set<String> members(List<String> members) {
        return members == null ? new LinkedHashSet<>() : new LinkedHashSet<>(members);
    }
}

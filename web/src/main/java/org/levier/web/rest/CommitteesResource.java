package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.committee.boundary.AgendaEntry;
import org.levier.committee.boundary.CommitteeBudgets;
import org.levier.committee.boundary.Committees;
import org.levier.committee.entity.CommitteeSession;
import org.levier.committee.entity.Decision;
import org.levier.committee.entity.DecisionOutcome;
import org.levier.committee.entity.DecisionRequest;
import org.levier.committee.entity.SessionStatus;
import org.levier.committee.entity.VoteChoice;
import org.levier.shared.control.Page;
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

    @Inject
    Committees committees;

    @Inject
    CommitteeBudgets budgets;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a session: {\"title\",\"heldOn\",\"members\":[e-mails],\"programme\"} (director)"
            + " → 201; no members: the programme's standing committee members")
    public Response plan(String body) {
        JsonObject json = JsonBodies.object(body, false);
        CommitteeSession session = committees.plan(JsonBodies.string(json, "title"), JsonBodies.date(json, "heldOn"),
                members(json), JsonBodies.string(json, "programme"));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(session.getId())).build())
                .entity(InstructionViews.of(session, List.of())).build();
    }

    @GET
    @Operation(summary = "Sessions, latest first; ?status=PLANNED|OPEN|CLOSED&page=&size=")
    public SessionList list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("50") int size) {
        SessionStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = DossierRequest.parseEnum(status.strip(), SessionStatus.class);
            if (wanted == null) {
                throw JsonBodies.invalid("status", "one of " + java.util.Arrays.toString(SessionStatus.values()));
            }
        }
        Page<CommitteeSession> found = committees.list(wanted, page, size);
        return new SessionList(found.items().stream().map(InstructionViews::row).toList(), found.page(),
                found.size(), found.total());
    }

    @GET
    @Path("{sid}")
    @Operation(summary = "A session with its members and agenda (conflicts, votes, tally, decision per dossier)")
    public SessionView get(@PathParam("sid") long sessionId) {
        return view(committees.get(sessionId));
    }

    @PUT
    @Path("{sid}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the voting members of a planned session: {\"members\":[e-mails]} (director)")
    public SessionView changeMembers(@PathParam("sid") long sessionId, String body) {
        return view(committees.changeMembers(sessionId, members(JsonBodies.object(body, false))));
    }

    @POST
    @Path("{sid}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a dossier in COMMITTEE on the agenda: {\"dossierId\"} (director)")
    public SessionView schedule(@PathParam("sid") long sessionId, String body) {
        long dossierId = JsonBodies.requiredLong(JsonBodies.object(body, false), "dossierId");
        return view(committees.schedule(sessionId, dossierId));
    }

    @POST
    @Path("{sid}/open")
    @Operation(summary = "PLANNED → OPEN (director)")
    public SessionView open(@PathParam("sid") long sessionId) {
        return view(committees.open(sessionId));
    }

    @POST
    @Path("{sid}/close")
    @Operation(summary = "OPEN → CLOSED (director)")
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
    public AgendaView declareConflict(@PathParam("sid") long sessionId, String body) {
        JsonObject json = JsonBodies.object(body, false);
        AgendaEntry entry = committees.declareConflict(sessionId, JsonBodies.requiredLong(json, "dossierId"),
                JsonBodies.string(json, "note"));
        return InstructionViews.of(entry);
    }

    @POST
    @Path("{sid}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The calling member votes: {\"dossierId\",\"choice\":\"FOR|AGAINST|ABSTAIN\"}")
    public AgendaView vote(@PathParam("sid") long sessionId, String body) {
        JsonObject json = JsonBodies.object(body, false);
        long dossierId = JsonBodies.requiredLong(json, "dossierId");
        VoteChoice choice = JsonBodies.enumValue(json, "choice", VoteChoice.class);
        return InstructionViews.of(committees.vote(sessionId, dossierId, choice));
    }

    @POST
    @Path("{sid}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the decision on a dossier (director): {\"dossierId\",\"outcome\":\"APPROVED|"
            + "REJECTED|DEFERRED\",\"approved\":{\"GRANT\":\"…\"},\"conditions\":[…],\"reasons\",\"subjectToFunds\"}"
            + " → 201; an approval beyond what is left of the allotment or envelope: 422 with the figures, unless"
            + " subjectToFunds is true (then recorded as such, reserving nothing)")
    public Response decide(@PathParam("sid") long sessionId, String body) {
        JsonObject json = JsonBodies.object(body, false);
        long dossierId = JsonBodies.requiredLong(json, "dossierId");
        DecisionRequest request = new DecisionRequest(JsonBodies.enumValue(json, "outcome", DecisionOutcome.class),
                DossierRequest.amounts(json, "approved", "committee.decision.invalid"),
                JsonBodies.strings(json, "conditions"), JsonBodies.string(json, "reasons"),
                Boolean.TRUE.equals(JsonBodies.bool(json, "subjectToFunds")));
        Decision decision = committees.decide(sessionId, dossierId, request);
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

    private SessionView view(CommitteeSession session) {
        return InstructionViews.of(session, committees.agenda(session.getId()));
    }

    private static Set<String> members(JsonObject json) {
        return new LinkedHashSet<>(JsonBodies.strings(json, "members"));
    }
}

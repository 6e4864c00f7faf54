package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.agreement.boundary.AgreementView;
import org.levier.agreement.boundary.Agreements;
import org.levier.agreement.entity.AgreementTerms;
import org.levier.agreement.entity.AmendmentTerms;
import org.levier.agreement.entity.ApprovedDecision;
import org.levier.agreement.entity.TrancheTerms;
import org.levier.committee.boundary.Committees;
import org.levier.committee.entity.Decision;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.entity.DossierStatus;
import org.levier.identity.entity.Role;
import org.levier.shared.control.Forbidden;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.web.rest.MoneyViews.AgreementJson;

/**
 * {@code /api/v1/dossiers/{id}/agreement}: a fund director signs the agreement of an approved dossier and amends it;
 * staff record its conditions precedent as met; the applicant reads its own agreement (another organisation's is
 * 404), staff and auditors every one, with what was paid and what remains.
 *
 * <p>The committee's decision (approved amounts, conditions precedent) is read from the committee component,
 * never from the request: the body only shapes the agreement within it. Amendments name the version they were made
 * on ({@code version} member or {@code If-Match}): a stale one is 409.
 */
@Path("dossiers/{id}/agreement")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

    @Inject
    Agreements agreements;

    @Inject
    Committees committees;

    @Inject
    Dossiers dossiers;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @POST
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign the agreement of an approved dossier (fund director)")
    public Response sign(@PathParam("id") long dossierId, String body) {
        if (!security.isUserInRole(Role.FUND_DIRECTOR_NAME)) {
            // Before reading the committee's decision: the role answers first, whatever the dossier's state.
            throw new Forbidden("agreement.director-only", "Only a fund director signs an agreement");
        }
        JsonObject json = JsonFields.body(body);
        JsonFields fields = new JsonFields();
        LocalDate signedOn = fields.date(json, "signedOn", "signedOn", true);
        Map<Instrument, Money> commitment = fields.amounts(json, "commitment");
        List<TrancheTerms> tranches = tranches(fields, json, false);
        List<String> conditions = fields.strings(json, "conditions");
        fields.refuseIfAny("agreement.invalid", "The agreement is invalid");
        Decision decision = committees.approvedDecision(dossierId).orElseThrow(() -> notApproved(dossierId));
        ApprovedDecision approved = new ApprovedDecision(dossierId, decision.approvedAmounts(),
                decision.getConditions());
        AgreementView view = agreements.sign(approved, new AgreementTerms(signedOn, commitment, tranches,
                conditions));
        return Response.created(uri.getAbsolutePath()).tag(etag(view)).entity(json(view)).build();
    }

    @GET
    @Operation(summary = "The agreement: commitment per instrument, tranches, conditions, paid and remaining")
    public Response get(@PathParam("id") long dossierId) {
        AgreementView view = caller.isApplicant() ? agreements.getOwn(caller.applicant(), dossierId)
                : agreements.get(dossierId);
        return Response.ok(json(view)).tag(etag(view)).build();
    }

    @POST
    @Path("amendments")
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Amend commitments and schedule, justified, never below what is engaged (fund director)")
    public Response amend(@PathParam("id") long dossierId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          String body) {
        JsonObject json = JsonFields.body(body);
        JsonFields fields = new JsonFields();
        Long version = fields.longValue(json, "version", "version", false);
        Map<Instrument, Money> commitment = fields.amounts(json, "commitment");
        List<TrancheTerms> tranches = tranches(fields, json, true);
        String reason = fields.text(json, "reason", "reason", true);
        if (version == null) {
            version = DossiersResource.parseIfMatch(ifMatch);
        }
        if (version == null) {
            fields.add("version", "required: the version of the agreement you amended (or If-Match)");
        }
        fields.refuseIfAny("agreement.amendment.invalid", "The amendment is invalid");
        AgreementView view = agreements.amend(dossierId, version, new AmendmentTerms(commitment, tranches, reason));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.amendmentNumber())).build())
                .tag(etag(view)).entity(json(view)).build();
    }

    @POST
    @Path("conditions/{conditionId}/met")
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a condition precedent as met: {\"metOn\" (not after today),"
            + " \"evidenceDocumentId\" (a document of the dossier)} (analyst, fund director)")
    public Response conditionMet(@PathParam("id") long dossierId, @PathParam("conditionId") long conditionId,
                                 String body) {
        JsonObject json = JsonFields.body(body);
        JsonFields fields = new JsonFields();
        LocalDate metOn = fields.date(json, "metOn", "metOn", true);
        Long evidence = fields.longValue(json, "evidenceDocumentId", "evidenceDocumentId", true);
        fields.refuseIfAny("agreement.condition.invalid", "The condition cannot be marked met");
        AgreementView view = agreements.markConditionMet(dossierId, conditionId, metOn, evidence);
        return Response.ok(json(view)).tag(etag(view)).build();
    }

    @POST
    @Path("conditions/{conditionId}/withdrawal")
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a condition's \"met\" with a {\"reason\"}, while no disbursement that is not"
            + " cancelled exists (analyst, fund director)")
    public Response conditionWithdrawn(@PathParam("id") long dossierId, @PathParam("conditionId") long conditionId,
                                       String body) {
        JsonObject json = JsonFields.body(body);
        JsonFields fields = new JsonFields();
        String reason = fields.text(json, "reason", "reason", true);
        fields.refuseIfAny("agreement.condition.invalid", "The withdrawal is invalid");
        AgreementView view = agreements.withdrawConditionMet(dossierId, conditionId, reason);
        return Response.ok(json(view)).tag(etag(view)).build();
    }

    /** {@code [{"id"?, "instrument", "amount", "plannedOn", "milestone", "conditions"?}]}; ids only in amendments. */
    private static List<TrancheTerms> tranches(JsonFields fields, JsonObject json, boolean amendment) {
        if (!json.containsKey("tranches") || json.isNull("tranches")) {
            fields.add("tranches", "required: the whole tranche schedule");
            return List.of();
        }
        return fields.objects(json, "tranches", (t, at) -> {
            Long id = amendment ? fields.longValue(t, "id", at + ".id", false) : null;
            if (!amendment && t.containsKey("id") && !t.isNull("id")) {
                fields.add(at + ".id", "a new agreement's tranches have no id yet");
            }
            Instrument instrument = fields.enumValue(t, "instrument", at + ".instrument", Instrument.class,
                    id == null);
            Money amount = fields.money(t, "amount", at + ".amount", true);
            LocalDate plannedOn = fields.date(t, "plannedOn", at + ".plannedOn", true);
            String milestone = fields.text(t, "milestone", at + ".milestone", true);
            String conditions = fields.text(t, "conditions", at + ".conditions", false);
            return new TrancheTerms(id, instrument, amount, plannedOn, milestone, conditions);
        });
    }

    private RuleViolation notApproved(long dossierId) {
        DossierStatus status = dossiers.get(dossierId).getStatus();
        return new RuleViolation("agreement.dossier-not-approved", "Only a dossier the committee approved gets an"
                + " agreement: this one is " + status, List.of(new Violation("status", status.name())));
    }

    private AgreementJson json(AgreementView view) {
        return MoneyViews.of(view, caller.isApplicant() ? null : agreements.amendments(view.dossierId()));
    }

    static EntityTag etag(AgreementView view) {
        return new EntityTag(String.valueOf(view.version()));
    }
}

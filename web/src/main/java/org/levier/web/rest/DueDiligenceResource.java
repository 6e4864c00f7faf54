package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.diligence.boundary.Diligences;
import org.levier.diligence.boundary.FileChanges;
import org.levier.diligence.entity.ChecklistCategory;
import org.levier.diligence.entity.DueDiligence;
import org.levier.diligence.entity.ItemStatus;
import org.levier.diligence.entity.Recommendation;
import org.levier.diligence.entity.RecommendationOutcome;
import org.levier.diligence.entity.ReviewOutcome;
import org.levier.diligence.entity.RiskDimension;
import org.levier.dossier.boundary.Dossiers;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.web.rest.InstructionViews.DueDiligenceView;

/**
 * {@code /api/v1/dossiers/{id}/due-diligence} (analysts and fund directors; auditors read): the file with its
 * checklist by category, risk ratings, budget-line eligibility, recommendation and second review. {@code PUT}
 * applies a batch of changes in one transaction (all or nothing); the finer resources below change one thing each.
 * The file's {@code version} is its ETag; the review must name the version the reviewer read (409 otherwise).
 */
@Path("dossiers/{id}/due-diligence")
@Produces(MediaType.APPLICATION_JSON)
public class DueDiligenceResource {

    @Inject
    Diligences diligences;

    @Inject
    Dossiers dossiers;

    @PathParam("id")
    long dossierId;

    @GET
    @Operation(summary = "The due-diligence file (404 before screening starts)")
    public Response get() {
        return answer(diligences.get(dossierId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply a batch: {\"version\",\"items\":[{\"id\",\"status\",\"justification\",\"comment\"}],"
            + "\"budgetLines\":[{\"id\",\"eligible\"}],\"risks\":{\"FINANCIAL\":3,...},\"recommendation\":{...}}")
    public Response apply(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        JsonObject json = JsonBodies.object(body, false);
        Long version = JsonBodies.longValue(json, "version");
        if (version == null) {
            version = DossiersResource.parseIfMatch(ifMatch);
        }
        List<FileChanges.ItemChange> items = new ArrayList<>();
        for (JsonObject item : objects(json, "items")) {
            items.add(item(item, JsonBodies.requiredLong(item, "id")));
        }
        Map<Long, Boolean> lines = new LinkedHashMap<>();
        for (JsonObject line : objects(json, "budgetLines")) {
            Boolean eligible = JsonBodies.bool(line, "eligible");
            if (eligible == null) {
                throw JsonBodies.invalid("budgetLines.eligible", "true or false");
            }
            lines.put(JsonBodies.requiredLong(line, "id"), eligible);
        }
        JsonObject risks = JsonBodies.objectMember(json, "risks");
        JsonObject recommendation = JsonBodies.objectMember(json, "recommendation");
        FileChanges changes = new FileChanges(items, lines, risks == null ? Map.of() : risks(risks),
                recommendation == null ? null : recommendation(recommendation));
        return answer(diligences.apply(dossierId, version, changes));
    }

    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an item of the analyst's own: {\"category\",\"label\"}")
    public Response addItem(String body) {
        JsonObject json = JsonBodies.object(body, false);
        ChecklistCategory category = JsonBodies.enumValue(json, "category", ChecklistCategory.class);
        DueDiligence file = diligences.addItem(dossierId, category, JsonBodies.string(json, "label"));
        return Response.status(Response.Status.CREATED).entity(view(file)).tag(etag(file)).build();
    }

    @PUT
    @Path("items/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assess one item: {\"status\",\"justification\",\"comment\"} (WAIVED needs a justification)")
    public Response assess(@PathParam("itemId") long itemId, String body) {
        FileChanges.ItemChange change = item(JsonBodies.object(body, false), itemId);
        return answer(diligences.assess(dossierId, itemId, change.status(), change.justification(),
                change.comment()));
    }

    @POST
    @Path("items/{itemId}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link a document of the dossier to an item: {\"documentId\"}")
    public Response link(@PathParam("itemId") long itemId, String body) {
        long documentId = JsonBodies.requiredLong(JsonBodies.object(body, false), "documentId");
        return answer(diligences.linkDocument(dossierId, itemId, documentId));
    }

    @PUT
    @Path("risks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate risks 1 (low) to 5 (high): {\"FINANCIAL\":3,\"TECHNICAL\":2,...}")
    public Response rate(String body) {
        return answer(diligences.rateRisks(dossierId, risks(JsonBodies.object(body, false))));
    }

    @PUT
    @Path("budget-lines/{lineId}/eligibility")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare a budget line eligible or not: {\"eligible\":true}")
    public Response eligibility(@PathParam("lineId") long lineId, String body) {
        Boolean eligible = JsonBodies.bool(JsonBodies.object(body, false), "eligible");
        if (eligible == null) {
            throw JsonBodies.invalid("eligible", "true or false");
        }
        diligences.decideBudgetLine(dossierId, lineId, eligible);
        return answer(diligences.get(dossierId));
    }

    @POST
    @Path("recommendation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recommend: {\"outcome\":\"APPROVE|REJECT|DEFER\",\"amounts\":{\"GRANT\":\"…\"},"
            + "\"conditions\":[…],\"rationale\"}")
    public Response recommend(String body) {
        return answer(diligences.recommend(dossierId, recommendation(JsonBodies.object(body, false))));
    }

    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Second review by another fund director: {\"outcome\":\"APPROVED|RETURNED\",\"comment\","
            + "\"version\"} (the version of the file read; or If-Match)")
    public Response review(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        JsonObject json = JsonBodies.object(body, false);
        Long version = JsonBodies.longValue(json, "version");
        if (version == null) {
            version = DossiersResource.parseIfMatch(ifMatch);
        }
        if (version == null) {
            throw new RuleViolation("diligence.version-required", "Name the version of the file you reviewed: its"
                    + " version member, or its ETag in If-Match", List.of(new Violation("version", "required")));
        }
        ReviewOutcome outcome = JsonBodies.enumValue(json, "outcome", ReviewOutcome.class);
        return answer(diligences.review(dossierId, version, outcome, JsonBodies.string(json, "comment")));
    }

    @POST
    @Path("send-to-committee")
    @Operation(summary = "DUE_DILIGENCE → COMMITTEE when the file is complete and reviewed (422 lists what is"
            + " missing); the same gate as POST /dossiers/{id}/transitions {\"to\":\"COMMITTEE\"}")
    public Response sendToCommittee() {
        return Response.ok(DossierViews.of(diligences.sendToCommittee(dossierId))).build();
    }

    // --- reading bodies ---

    private static FileChanges.ItemChange item(JsonObject json, long itemId) {
        ItemStatus status = JsonBodies.enumValue(json, "status", ItemStatus.class);
        return new FileChanges.ItemChange(itemId, status, JsonBodies.string(json, "justification"),
                JsonBodies.string(json, "comment"));
    }

    private static Map<RiskDimension, Integer> risks(JsonObject json) {
        Map<RiskDimension, Integer> ratings = new LinkedHashMap<>();
        for (String key : json.keySet()) {
            RiskDimension dimension = DossierRequest.parseEnum(key, RiskDimension.class);
            if (dimension == null) {
                throw JsonBodies.invalid("risks." + key, "one of " + Arrays.toString(RiskDimension.values()));
            }
            Long rating = JsonBodies.longValue(json, key);
            if (rating == null || rating < Integer.MIN_VALUE || rating > Integer.MAX_VALUE) {
                throw JsonBodies.invalid("risks." + key, "a whole grade");
            }
            ratings.put(dimension, rating.intValue());
        }
        return ratings;
    }

    private static Recommendation recommendation(JsonObject json) {
        RecommendationOutcome outcome = JsonBodies.enumValue(json, "outcome", RecommendationOutcome.class);
        return new Recommendation(outcome, DossierRequest.amounts(json, "amounts", "diligence.recommendation.invalid"),
                JsonBodies.strings(json, "conditions"), JsonBodies.string(json, "rationale"));
    }

    private static List<JsonObject> objects(JsonObject json, String key) {
        if (json == null || !json.containsKey(key) || json.isNull(key)) {
            return List.of();
        }
        if (json.get(key).getValueType() != JsonValue.ValueType.ARRAY) {
            throw JsonBodies.invalid(key, "an array of objects");
        }
        List<JsonObject> out = new ArrayList<>();
        var array = json.getJsonArray(key);
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw JsonBodies.invalid(key + "[" + i + "]", "an object");
            }
            out.add(array.getJsonObject(i));
        }
        return out;
    }

    // --- answers ---

    private Response answer(DueDiligence file) {
        return Response.ok(view(file)).tag(etag(file)).build();
    }

    private DueDiligenceView view(DueDiligence file) {
        return InstructionViews.of(file, dossiers.get(dossierId));
    }

    private static EntityTag etag(DueDiligence file) {
        return new EntityTag(String.valueOf(file.getVersion()));
    }
}

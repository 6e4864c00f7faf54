package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.audit.boundary.AuditSeals;
import org.levier.audit.boundary.AuditTrail;
import org.levier.audit.control.SealFile.Seal;
import org.levier.shared.control.NotFound;
import org.levier.audit.entity.AuditEvent;
import org.levier.shared.control.Page;

/** {@code /api/v1/audit}: the audit trail and its verification (auditors and fund directors). */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** An audit event as the API shows it. */
    public record EventView(long seq, String occurredAt, String actor, String actorRole, String action,
                            String entityType, String entityId, String summary, String changes, String prevHash,
                            String hash) {
    }

    /** A page of events. */
    public record EventPage(List<EventView> items, int page, int size, long total) {
    }

    /** A seal of the chain head, kept outside the database. */
    public record SealView(long seq, String hash, String sealedAt, String keyId, String mac, boolean authentic) {
    }

    @Inject
    AuditTrail trail;

    @Inject
    AuditSeals seals;

    @GET
    @Operation(summary = "Audit events, oldest first, filtered by entity and time window")
    public EventPage search(@QueryParam("entity") String entity, @QueryParam("entityId") String entityId,
                            @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("50") int size) {
        Page<AuditEvent> events = trail.search(blankToNull(entity), blankToNull(entityId),
                ApiFormat.parseInstant(from, "from"), ApiFormat.parseInstant(to, "to"), page, size);
        return new EventPage(events.items().stream().map(AuditResource::view).toList(), events.page(),
                events.size(), events.total());
    }

    @GET
    @Path("verify")
    @Operation(operationId = "verifyAuditTrail",
            summary = "Recompute the hash chain: valid, or the first broken sequence number")
    public Map<String, Object> verify() {
        AuditTrail.Verification result = trail.verify();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", result.valid());
        body.put("sealedUpTo", result.sealedUpTo());
        if (result.valid()) {
            body.put("events", result.events());
        } else {
            body.put("firstBrokenSequence", result.firstBrokenSequence());
            body.put("verifiedEvents", result.events());
        }
        return body;
    }

    @GET
    @Path("seals")
    @Operation(summary = "Seals of the chain head kept outside the database (auditors), oldest first")
    public List<SealView> seals() {
        return seals.list().stream().map(AuditResource::view).toList();
    }

    @POST
    @Path("seals")
    @Operation(summary = "Seal the chain head now (auditors); 404 when sealing is off or the trail is empty")
    public SealView sealNow() {
        return seals.sealNow().map(AuditResource::view)
                .orElseThrow(() -> new NotFound("audit seal"));
    }

    private static SealView view(Seal s) {
        return new SealView(s.seq(), s.hash(), ApiFormat.instant(s.sealedAt()), s.keyId(), s.mac(), s.authentic());
    }

    private static EventView view(AuditEvent e) {
        return new EventView(e.getSeq(), ApiFormat.instant(e.getOccurredAt()), e.getActor(), e.getActorRole(),
                e.getAction(), e.getEntityType(), e.getEntityId(), e.getSummary(), e.getChanges(), e.getPrevHash(),
                e.getHash());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

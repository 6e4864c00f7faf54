package org.levier.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.levier.audit.control.ChainVerifier;
import org.levier.audit.control.Changes;
import org.levier.audit.control.SealFile;
import org.levier.audit.entity.AuditChainHead;
import org.levier.audit.entity.AuditEvent;
import org.levier.shared.control.Page;
import org.levier.shared.entity.InstantConverter;
import org.levier.shared.entity.Role;

/**
 * Appends to, reads and verifies the hash-chained audit trail.
 *
 * <p>{@link #record} joins the caller's transaction: the event commits or rolls back with the change it describes.
 * {@link #recordIndependently} commits on its own, for what must be kept even when the command fails
 * (a failed login). Appending takes the chain head under {@code PESSIMISTIC_WRITE}, so events get gapless
 * sequence numbers in commit order; commands append last, after their own locks, to keep lock order one way.
 */
@Stateless
public class AuditTrail {

    /** Actor of what Levier does by itself (start-up loading, scheduled jobs). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    ChainVerifier verifier;

    @Inject
    SealFile seals;

    /**
     * Verification outcome: {@code firstBrokenSequence} is null when the chain is valid; {@code sealedUpTo} is the
     * highest sequence whose seal (kept outside the database) still matches, 0 when none.
     */
    public record Verification(boolean valid, long events, Long firstBrokenSequence, long sealedUpTo) {
    }

    /** Records a state change by the current caller, inside the caller's transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuditEvent record(String action, String entityType, Object entityId, String summary,
                             Map<String, ?> changes) {
        return append(callerName(), callerRoles(), action, entityType, entityId, summary, changes);
    }

    /** Records a state change by a named actor (the system, or a user being authenticated). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuditEvent recordAs(String actor, String actorRole, String action, String entityType, Object entityId,
                               String summary, Map<String, ?> changes) {
        return append(actor, actorRole, action, entityType, entityId, summary, changes);
    }

    /** Like {@link #recordAs}, in a transaction of its own: kept even when the caller's transaction rolls back. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditEvent recordIndependently(String actor, String actorRole, String action, String entityType,
                                          Object entityId, String summary, Map<String, ?> changes) {
        return append(actor, actorRole, action, entityType, entityId, summary, changes);
    }

    private AuditEvent append(String actor, String actorRole, String action, String entityType, Object entityId,
                              String summary, Map<String, ?> changes) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        Instant now = InstantConverter.toColumnPrecision(clock.instant());
        AuditEvent event = new AuditEvent(head.getLastSeq() + 1, now, actor, actorRole, action, entityType,
                entityId == null ? null : String.valueOf(entityId), abbreviate(summary), Changes.toJson(changes),
                head.getLastHash());
        em.persist(event);
        head.advance(event);
        return event;
    }

    /**
     * Events, oldest first, filtered by entity and time window (each filter optional), paged in the database. An
     * entity type alone selects every entity of that type; an id alone, that id whatever the type.
     */
    @RolesAllowed({Role.AUDITOR_NAME, Role.FUND_DIRECTOR_NAME})
    public Page<AuditEvent> search(String entityType, String entityId, Instant from, Instant to, int page, int size) {
        Map<String, Set<String>> entities = entityType == null ? Map.of()
                : Map.of(entityType, entityId == null ? Set.of() : Set.of(entityId));
        return select(new Filter(from, to, null, null, entities), entityType == null ? entityId : null, "", page,
                size);
    }

    /**
     * What the auditors' search page asks: a time window (either end open), an actor (part of the address, any
     * case), one action, and the entities of one dossier (type → ids, no id: every entity of the type; no type:
     * every entity). Texts are matched literally ({@code %} and {@code _} are not wildcards).
     */
    public record Filter(Instant from, Instant to, String actor, String action, Map<String, Set<String>> entities) {

        public Filter {
            actor = actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(java.util.Locale.ROOT);
            action = action == null || action.isBlank() ? null : action.strip();
            entities = entities == null ? Map.of() : Map.copyOf(entities);
        }
    }

    /** Events matching the filter, newest first, paged in the database (indexes: entity, time). */
    @RolesAllowed({Role.AUDITOR_NAME, Role.FUND_DIRECTOR_NAME})
    public Page<AuditEvent> browse(Filter filter, int page, int size) {
        return select(filter, null, " desc", page, size);
    }

    /** The one query behind {@link #search} and {@link #browse}: the filter, any entity id, the order of seq. */
    private Page<AuditEvent> select(Filter filter, String anyEntityId, String order, int page, int size) {
        Page.check(page, size);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.from() != null) {
            where.append(" and e.occurredAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and e.occurredAt < :to");
            parameters.put("to", filter.to());
        }
        if (filter.actor() != null) {
            where.append(" and lower(e.actor) like :actor escape '!'");
            parameters.put("actor", "%" + filter.actor().replace("!", "!!").replace("%", "!%").replace("_", "!_")
                    + "%");
        }
        if (filter.action() != null) {
            where.append(" and e.action = :action");
            parameters.put("action", filter.action());
        }
        if (anyEntityId != null) {
            where.append(" and e.entityId = :anyId");
            parameters.put("anyId", anyEntityId);
        }
        if (!filter.entities().isEmpty()) {
            List<String> any = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, Set<String>> entity : new TreeMap<>(filter.entities()).entrySet()) {
                parameters.put("type" + i, entity.getKey());
                if (entity.getValue().isEmpty()) {
                    any.add("e.entityType = :type" + i);
                } else {
                    any.add("(e.entityType = :type" + i + " and e.entityId in :ids" + i + ")");
                    parameters.put("ids" + i, List.copyOf(entity.getValue()));
                }
                i++;
            }
            where.append(" and (").append(String.join(" or ", any)).append(')');
        }
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e" + where + " order by e.seq" + order,
                AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<AuditEvent> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, count.getSingleResult());
    }

    /**
     * Recomputes the whole chain, a batch at a time (bounded memory): each event must follow the previous one by
     * sequence and hash and hash to what it stores, and the last must be the one the head remembers. Each authentic
     * seal must still match the event of its sequence, so a rewrite that recomputed every hash is still caught.
     */
    @RolesAllowed({Role.AUDITOR_NAME, Role.FUND_DIRECTOR_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Verification verify() {
        NavigableMap<Long, String> sealed = new TreeMap<>();
        if (seals.enabled()) {
            seals.read().stream().filter(SealFile.Seal::authentic)
                    .forEach(seal -> sealed.putIfAbsent(seal.seq(), seal.hash()));
        }
        ChainVerifier.Result result = verifier.verify(sealed);
        return new Verification(result.valid(), result.events(), result.firstBrokenSequence(), result.sealedUpTo());
    }

    private String callerName() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
    }

    private String callerRoles() {
        String roles = Arrays.stream(Role.values())
                .filter(role -> {
                    try {
                        return context.isCallerInRole(role.name());
                    } catch (IllegalStateException e) {
                        return false;
                    }
                })
                .map(Role::name)
                .collect(Collectors.joining(","));
        return roles.isEmpty() ? null : roles;
    }

    private static String abbreviate(String summary) {
        return summary.length() <= 1000 ? summary : summary.substring(0, 999) + "…";
    }
}

package org.levier.programme.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.levier.audit.boundary.AuditTrail;
import org.levier.programme.entity.Programme;
import org.levier.shared.entity.Money;

/**
 * Loads a programme described as JSON (the Dunkerque reference: {@code dunkerque-programme.json}, facts from the
 * press release) idempotently: a programme whose code exists already is left as it is, so restarts and several
 * nodes starting together load it once (the unique code decides a race).
 */
@Stateless
public class ProgrammeCatalogue {

    public static final String DUNKERQUE = "dunkerque-programme.json";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** @return the programme created, or empty when it existed already */
    public Optional<Programme> loadIfAbsent(String resource) {
        JsonObject root = read(resource);
        JsonObject p = root.getJsonObject("programme");
        String code = p.getString("code");
        boolean exists = !em.createQuery("select p.id from Programme p where p.code = :code", Long.class)
                .setParameter("code", code).getResultList().isEmpty();
        if (exists) {
            return Optional.empty();
        }
        Programme programme = new Programme(code, p.getString("name"), Money.eur(p.getString("allotment")),
                Money.eur(p.getString("targetTotalProjects")), p.getInt("durationYears"), clock.instant());
        programme.describe(p.getString("label", null), p.getString("operator", null),
                p.getString("steering", null), p.getString("lead", null), strings(p.getJsonArray("partners")),
                null);
        for (JsonValue axisValue : root.getJsonArray("axes")) {
            JsonObject axis = axisValue.asJsonObject();
            programme.addAxis(axis.getInt("number"), axis.getString("title"), axis.getString("title_en", null));
            for (JsonValue actionValue : axis.getJsonArray("actions")) {
                JsonObject action = actionValue.asJsonObject();
                programme.addAction(axis.getInt("number"), action.getInt("number"), action.getString("title"),
                                action.getString("summary", null))
                        .nameLeaders(strings(action.getJsonArray("partners")));
                programme.findAction(action.getInt("number")).orElseThrow()
                        .translateTitle(action.getString("title_en", null));
            }
        }
        em.persist(programme);
        em.flush();
        audit.recordAs(AuditTrail.SYSTEM, null, "programme.loaded", "Programme", programme.getId(),
                "Programme " + code + " loaded from " + resource,
                Map.of("code", code, "allotment", programme.getAllotment(),
                        "targetTotalProjects", programme.getTargetTotalProjects(),
                        "axes", programme.getAxes().size(),
                        "actions", programme.getAxes().stream().mapToInt(a -> a.getActions().size()).sum()));
        return Optional.of(programme);
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject read(String resource) {
        try (InputStream in = ProgrammeCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("programme description not found: " + resource);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

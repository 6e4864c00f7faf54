package org.levier.web.core;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.levier.shared.control.RuleViolation;

/**
 * RFC 9457 problem details, the one error shape of the application: {@code {"type","title","status","detail",
 * "violations"}}, answered alike by the API's exception mappers and by the servlet layer (authentication, abuse
 * limits, error pages) before any resource runs.
 */
public record Problem(String type, String title, int status, String detail, List<Field> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://levier.example/problems/";
    /** Detail of the 503 answered while the database is unavailable or stalled. */
    public static final String UNAVAILABLE =
            "The database is unavailable or too slow right now; nothing was changed. Try again in a moment.";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** One offending field (or rule) and what is wrong with it. */
    public record Field(String field, String message) {
    }

    public static Problem of(Response.StatusType status, String key, String detail, List<Field> violations) {
        return new Problem(key == null ? "about:blank" : TYPE_BASE + key, status.getReasonPhrase(),
                status.getStatusCode(), detail, violations == null ? List.of() : violations);
    }

    public static Problem of(Response.StatusType status, String detail) {
        return of(status, null, detail, List.of());
    }

    /** A problem without a type of its own, titled as given (e.g. "Unauthorized"). */
    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }

    /** The database is unavailable or stalled: the same problem wherever it is detected. */
    public static Problem unavailable() {
        return new Problem(TYPE_BASE + "unavailable", "Service Unavailable", 503, UNAVAILABLE, List.of());
    }

    public static List<Field> fields(List<RuleViolation.Violation> violations) {
        return violations.stream().map(v -> new Field(v.field(), v.message())).toList();
    }

    /** The document itself, members in the order of the RFC (absent detail left out). */
    public String json() {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        for (Field f : violations) {
            JsonObjectBuilder field = Json.createObjectBuilder();
            if (f.field() != null) {
                field.add("field", f.field());
            }
            if (f.message() != null) {
                field.add("message", f.message());
            }
            fields.add(field);
        }
        JsonObjectBuilder problem = Json.createObjectBuilder().add("type", type).add("title", title)
                .add("status", status);
        if (detail != null) {
            problem.add("detail", detail);
        }
        return problem.add("violations", fields).build().toString();
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(json()).build();
    }
}

package org.levier.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.levier.shared.control.RuleViolation;

/**
 * RFC 9457 problem details, the one error shape of the API: {@code {"type","title","status","detail","violations"}}.
 */
public record Problem(String type, String title, int status, String detail, List<Field> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://levier.example/problems/";

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

    public static List<Field> fields(List<RuleViolation.Violation> violations) {
        return violations.stream().map(v -> new Field(v.field(), v.message())).toList();
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}

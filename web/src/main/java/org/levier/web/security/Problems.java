package org.levier.web.security;

import jakarta.json.Json;

/** RFC 9457 problem documents for the answers the security layer gives itself (before any JAX-RS resource). */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String CHALLENGE = "Basic realm=\"Levier\"";
    /** Detail of the 503 answered while the database is unavailable or stalled. */
    public static final String UNAVAILABLE =
            "The database is unavailable or too slow right now; nothing was changed. Try again in a moment.";

    private Problems() {
    }

    public static String json(int status, String title, String detail) {
        return json("about:blank", status, title, detail);
    }

    /** The database is unavailable or stalled: the same problem the API's exception mapper answers. */
    public static String unavailable() {
        return json("https://levier.example/problems/unavailable", 503, "Service Unavailable", UNAVAILABLE);
    }

    private static String json(String type, int status, String title, String detail) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("violations", Json.createArrayBuilder())
                .build()
                .toString();
    }
}

package org.levier.web.security;

import jakarta.json.Json;

/** RFC 9457 problem documents for the answers the security layer gives itself (before any JAX-RS resource). */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String CHALLENGE = "Basic realm=\"Levier\"";

    private Problems() {
    }

    public static String json(int status, String title, String detail) {
        return Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("violations", Json.createArrayBuilder())
                .build()
                .toString();
    }
}

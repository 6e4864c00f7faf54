package org.levier.bench.baseline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The HTTP benchmark's baseline: the cheapest JAX-RS answer the server can give (no CDI bean, no security, no
 * database, no JSON binding), the same body as the application's {@code /api/v1/health}. Deployed by
 * {@code bench/run.sh} at {@code /bench-baseline}, so {@code GET /bench-baseline/ping}.
 */
@Path("ping")
public class Ping {

    static final String BODY = "{\"status\":\"UP\"}";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String ping() {
        return BODY;
    }
}

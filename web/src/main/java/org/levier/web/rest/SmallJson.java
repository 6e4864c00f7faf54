package org.levier.web.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.levier.web.core.Problem;

/**
 * Marks a resource method whose JSON body is a small form: bodies above {@value Limit#MAX_BYTES} bytes are refused
 * with 413 before anything parses them (announced by Content-Length, or found while reading a chunked body).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SmallJson {

    /** The filter behind {@link SmallJson}. */
    @Provider
    @SmallJson
    @Priority(Priorities.ENTITY_CODER)
    class Limit implements ContainerRequestFilter {

        static final int MAX_BYTES = 64 * 1024;

        @Override
        public void filter(ContainerRequestContext request) throws IOException {
            if (request.getLength() > MAX_BYTES) {
                request.abortWith(tooLarge());
                return;
            }
            if (request.hasEntity()) {
                InputStream in = request.getEntityStream();
                byte[] body = in.readNBytes(MAX_BYTES + 1);
                if (body.length > MAX_BYTES) {
                    request.abortWith(tooLarge());
                    return;
                }
                request.setEntityStream(new java.io.ByteArrayInputStream(body));
            }
        }

        private static Response tooLarge() {
            return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too-large",
                    "The request body is larger than " + MAX_BYTES / 1024 + " KiB.", List.of()).toResponse();
        }
    }
}

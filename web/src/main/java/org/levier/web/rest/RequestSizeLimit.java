package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.web.core.Problem;

/**
 * Bounds what the API reads of a request body before any resource sees it: JSON bodies to
 * {@code levier.api.max-json-bytes} (2 MiB by default, far above any dossier), multipart uploads to the document
 * size limit plus room for the envelope. A declared {@code Content-Length} above the bound is refused at once with
 * 413; a chunked body is cut off as soon as it passes the bound ({@link TooLarge}, mapped to 413 as well).
 *
 * <p>Whatever the answer, what is left of the body (within the bound) is read before it is sent: an answer given
 * before the body was read to its end (413 of a small form, 400 at the first wrongly typed member, an action that
 * reads no body) otherwise never reaches a client that sends its whole body first — over HTTP/2 (the h2c upgrade
 * of Java's own client) the unread body holds the stream's flow-control window shut and the request hangs until the
 * client gives up.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter, ContainerResponseFilter {

    /** The request property holding the bounded body, read to its end before the answer. */
    private static final String BODY = RequestSizeLimit.class.getName() + ".body";

    /** Room for the multipart boundaries, headers and the {@code kind} part around the file. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;
    /** Refused bodies up to this size are read to their end before the 413 (see {@link #drain}). */
    static final long DRAIN_MAX = 64L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "levier.api.max-json-bytes", defaultValue = "2097152")
    long maxJsonBytes;

    @Inject
    @ConfigProperty(name = "levier.documents.max-bytes", defaultValue = "20971520")
    long maxDocumentBytes;

    /** A body read past its bound. */
    public static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;
        private final long limit;

        TooLarge(long limit) {
            super("the request body is larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        long limit = type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                ? maxDocumentBytes + MULTIPART_OVERHEAD : maxJsonBytes;
        if (request.getLength() > limit) {
            drain(request.getEntityStream(), request.getLength());
            request.abortWith(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "request.too-large",
                    "The request body is larger than " + limit + " bytes", List.of(
                            new Problem.Field(type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                                    ? "file" : "request", "at most " + limit + " bytes"))).toResponse());
            return;
        }
        InputStream bounded = new Bounded(request.getEntityStream(), limit);
        if (request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null) {
            // Only a body announced is read to its end: reading for one that never comes blocks (HTTP/2).
            request.setProperty(BODY, bounded);
        }
        InputStream body = bounded;
        if (type == null || isJson(type)) {
            body = new JsonDepthLimit(body);
        }
        request.setEntityStream(body);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(BODY) instanceof InputStream body) {
            request.removeProperty(BODY);
            discard(body);
        }
    }

    /** Reads the rest of a body within its bound (past it, {@link TooLarge} stops the reading: the bound holds). */
    private static void discard(InputStream body) {
        try {
            byte[] buffer = new byte[64 * 1024];
            while (body.read(buffer) > 0) {
                // discarded
            }
        } catch (IOException e) {
            // Past the bound, or the client went away: nothing more to read.
        }
    }

    private static boolean isJson(MediaType type) {
        return type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json");
    }

    /**
     * Reads and discards a refused body that is not outrageously large, so that the client, still sending, reads
     * the 413 instead of a reset connection (HTTP/1.1 clients rarely read before they have sent). A larger body is
     * not worth reading: the connection is closed on it.
     */
    private static void drain(InputStream body, long length) {
        if (length > DRAIN_MAX) {
            return;
        }
        try {
            body.skip(length);
            byte[] buffer = new byte[64 * 1024];
            while (body.read(buffer) > 0) {
                // discarded
            }
        } catch (IOException e) {
            // The client went away: nothing to answer to, nothing stored.
        }
    }

    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }
    }
}

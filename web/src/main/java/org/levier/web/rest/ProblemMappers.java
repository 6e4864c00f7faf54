package org.levier.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.levier.shared.control.DatabaseOutage;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;
import org.levier.web.core.Problem;
import org.levier.web.core.RecentDatabaseHealth;

/**
 * Maps every failure of the API to problem+json, once: rule violations 422, missing 404, not allowed 403, stale
 * version 409, malformed input 400, a database unavailable or stalled 503 with {@code Retry-After}, and anything
 * unexpected 500 with an incident id (logged with its cause; the
 * client never sees a stack trace).
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = System.getLogger(ProblemMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        RequestSizeLimit.TooLarge tooLarge = causeOfType(thrown, RequestSizeLimit.TooLarge.class);
        if (tooLarge != null) {
            return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "request.too-large", tooLarge.getMessage(),
                    List.of(new Problem.Field("request", "at most " + tooLarge.limit() + " bytes"))).toResponse();
        }
        JsonDepthLimit.TooDeep tooDeep = causeOfType(thrown, JsonDepthLimit.TooDeep.class);
        if (tooDeep != null) {
            return Problem.of(Status.BAD_REQUEST, "malformed", "Malformed request: " + tooDeep.getMessage(),
                    List.of(new Problem.Field("request", "at most " + JsonDepthLimit.MAX_DEPTH + " levels of nesting")))
                    .toResponse();
        }
        JsonDepthLimit.NumberTooLong tooLong = causeOfType(thrown, JsonDepthLimit.NumberTooLong.class);
        if (tooLong != null) {
            return Problem.of(Status.BAD_REQUEST, "malformed", "Malformed request: " + tooLong.getMessage(),
                    List.of(new Problem.Field("request", "numbers of at most " + JsonDepthLimit.MAX_NUMBER
                            + " characters"))).toResponse();
        }
        if (e instanceof org.levier.document.control.ContentTooLarge rule) {
            return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, rule.key(), rule.getMessage(),
                    Problem.fields(rule.violations())).toResponse();
        }
        if (e instanceof org.levier.document.control.UnsupportedContent rule) {
            return Problem.of(Status.UNSUPPORTED_MEDIA_TYPE, rule.key(), rule.getMessage(),
                    Problem.fields(rule.violations())).toResponse();
        }
        if (e instanceof RuleViolation rule) {
            return Problem.of(UNPROCESSABLE, rule.key(), rule.getMessage(), Problem.fields(rule.violations()))
                    .toResponse();
        }
        if (e instanceof NotFound notFound) {
            return Problem.of(Status.NOT_FOUND, "not-found", notFound.getMessage(), List.of()).toResponse();
        }
        if (e instanceof org.levier.shared.control.Forbidden forbidden) {
            return Problem.of(Status.FORBIDDEN, forbidden.key(), forbidden.getMessage(), List.of()).toResponse();
        }
        if (e instanceof EJBAccessException || e instanceof jakarta.ejb.AccessLocalException
                || e instanceof jakarta.ws.rs.ForbiddenException) {
            return Problem.of(Status.FORBIDDEN, "forbidden", "Your role does not allow this.", List.of()).toResponse();
        }
        if (DatabaseOutage.isOutage(thrown)) {
            RecentDatabaseHealth.DATABASE.outageSeen();
            LOG.log(Level.WARNING, "Database unavailable or stalled, answered 503: {0}", rootMessage(thrown));
            return unavailable();
        }
        if (e instanceof OptimisticLockException) {
            return Problem.of(Status.CONFLICT, "stale-version",
                    "Someone else changed this record meanwhile: reload it and apply your change again.", List.of())
                    .toResponse();
        }
        if (e instanceof PessimisticLockException) {
            return Problem.of(Status.CONFLICT, "busy", "The record is being changed by someone else: try again.",
                    List.of()).toResponse();
        }
        if (e instanceof ConstraintViolationException violations) {
            return validation(violations.getConstraintViolations());
        }
        if (e instanceof JsonbException || e instanceof jakarta.json.JsonException || e instanceof ProcessingException
                || e instanceof IllegalArgumentException || e instanceof java.time.format.DateTimeParseException) {
            return Problem.of(Status.BAD_REQUEST, "malformed", "Malformed request: " + safeMessage(e), List.of())
                    .toResponse();
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() == 404
                && causedByConversion(web)) {
            // JAX-RS answers 404 when a query or path parameter cannot be converted (?page=abc): it is malformed.
            return Problem.of(Status.BAD_REQUEST, "malformed", "Malformed parameter: a value could not be read.",
                    List.of()).toResponse();
        }
        if (e instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            Response.ResponseBuilder builder = Response.fromResponse(
                    problemFor(status, detailFor(status.getStatusCode(), web)).toResponse());
            if (web instanceof NotAllowedException) {
                builder.allow(web.getResponse().getAllowedMethods());
            }
            String authenticate = web.getResponse().getHeaderString("WWW-Authenticate");
            if (authenticate != null) {
                builder.header("WWW-Authenticate", authenticate);
            }
            return builder.build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.ERROR, "Unexpected failure, incident " + incident, thrown);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "internal",
                "An unexpected error occurred (incident " + incident + "). Nothing was changed.", List.of())
                .toResponse();
    }

    /** 503 with {@code Retry-After}: the database is unavailable or stalled; nothing was done, send it again later. */
    static Response unavailable() {
        return Response.fromResponse(Problem.unavailable().toResponse())
                .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                .build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }

    static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Status.Family getFamily() {
            return Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private static Response validation(Set<ConstraintViolation<?>> violations) {
        List<Problem.Field> fields = violations.stream()
                .map(v -> new Problem.Field(fieldName(v.getPropertyPath()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.Field::field))
                .toList();
        return Problem.of(Status.BAD_REQUEST, "invalid", "The request is invalid: see violations.", fields)
                .toResponse();
    }

    /** The property path without the method and parameter names JAX-RS validation puts in front. */
    private static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    && name.isEmpty() && node.getName() != null && node.getName().startsWith("arg")) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(node.getName());
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
        }
        return name.isEmpty() ? "request" : name.toString();
    }

    private static String detailFor(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "Method not allowed on this resource.";
            case 406 -> "Cannot produce the media type asked for.";
            case 415 -> "Unsupported media type: send application/json.";
            case 401 -> "Authentication required.";
            case 403 -> "Your role does not allow this.";
            default -> status >= 500 ? "The request could not be served." : safeMessage(e);
        };
    }

    private static Problem problemFor(Response.StatusType status, String detail) {
        String key = switch (status.getStatusCode()) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 415 -> "unsupported-media-type";
            case 400 -> "malformed";
            default -> null;
        };
        return Problem.of(status, key, detail, List.of());
    }

    private static boolean causedByConversion(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException || cause instanceof java.time.DateTimeException) {
                return true;
            }
        }
        return false;
    }

    private static String safeMessage(Throwable e) {
        String message = e.getMessage();
        if (message == null) {
            return "unreadable input";
        }
        // Parser messages may echo input; keep them short and on one line.
        message = message.replaceAll("\\s+", " ");
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable current = e; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException || current instanceof jakarta.transaction.RollbackException
                || (current instanceof ProcessingException && current.getCause() instanceof JsonbException))
                && current.getCause() != null) {
            current = current.getCause();
        }
        if (current instanceof EJBException ejb && ejb.getCausedByException() != null) {
            return unwrap(ejb.getCausedByException());
        }
        return current;
    }
}

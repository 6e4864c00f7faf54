package org.levier.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.identity.control.ClientAddress;
import org.levier.identity.control.LoginThrottle;
import org.levier.identity.control.SharedCounters;
import org.levier.web.core.Problem;

/**
 * Rate limits per client address on what an anonymous caller may repeat at will: signing in (the form and
 * {@code POST /api/v1/auth/token}, refused while the address has failed too often: see {@link LoginThrottle}),
 * registering ({@code POST /api/v1/registrations} and {@code …/resend-confirmation}, which sends mail; the
 * registration form) and choosing a password ({@code POST /api/v1/auth/set-password}, its form):
 * {@code levier.limits.registration} (30) and {@code levier.limits.password} (20) requests per
 * {@code levier.limits.window-minutes} (60). Confirming an address or accepting an invitation needs a 32-byte token
 * nobody can guess, and is not limited.
 * Beyond: 429 with {@code Retry-After} (seconds), problem+json under {@code /api}, the error page elsewhere.
 * Form posts count when they submit (a partial Faces request, e.g. a field's live validation, does not).
 * The counts are the cluster's, kept in its data grid ({@link SharedCounters}: in this JVM when there is none), and
 * the client is the one {@link ClientAddress} names (behind the balancer: its {@code X-Forwarded-For}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AbuseLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int TOO_MANY_REQUESTS = 429;

    @Inject
    transient SharedCounters counters;

    @Inject
    transient ClientAddress clientAddress;

    @Inject
    transient LoginThrottle throttle;

    @Inject
    transient Clock clock;

    @Inject
    @ConfigProperty(name = "levier.limits.registration", defaultValue = "30")
    int registrations;

    @Inject
    @ConfigProperty(name = "levier.limits.password", defaultValue = "20")
    int passwords;

    @Inject
    @ConfigProperty(name = "levier.limits.window-minutes", defaultValue = "60")
    long windowMinutes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || "partial/ajax".equals(request.getHeader("Faces-Request"))) {
            chain.doFilter(request, response);
            return;
        }
        String path = PublicPaths.of(request);
        Instant now = clock.instant();
        String address = clientAddress.of(request);
        Optional<Duration> wait = switch (category(path)) {
            case "login" -> throttle.retryAfter(address, now);
            case "registration" -> count("registration", address, registrations, now);
            case "password" -> count("password", address, passwords, now);
            default -> Optional.empty();
        };
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        SecurityHeaders.apply(request, response);
        response.setHeader("Retry-After", Long.toString(seconds));
        if (PublicPaths.isApi(path)) {
            response.setStatus(TOO_MANY_REQUESTS);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Problem.of(TOO_MANY_REQUESTS, "Too Many Requests",
                    "too many attempts from this address: retry in " + seconds + " s").json());
        } else {
            response.sendError(TOO_MANY_REQUESTS);
        }
    }

    static String category(String path) {
        return switch (path) {
            case "/api/v1/auth/token", PublicPaths.LOGIN_PAGE -> "login";
            case "/api/v1/auth/set-password", "/set-password.xhtml" -> "password";
            case "/register.xhtml", "/api/v1/registrations", "/api/v1/registrations/resend-confirmation" ->
                    "registration";
            default -> "none";
        };
    }

    private Optional<Duration> count(String space, String address, int limit, Instant now) {
        Duration window = Duration.ofMinutes(windowMinutes);
        SharedCounters.Tally counted = counters.hit(space, address, window, now);
        return counted.count() > limit ? Optional.of(Duration.between(now, counted.since().plus(window)))
                : Optional.empty();
    }
}

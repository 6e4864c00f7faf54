package org.levier.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.levier.identity.boundary.Tokens;
import org.levier.identity.boundary.Users;
import org.levier.shared.control.DatabaseOutage;
import org.levier.shared.entity.Role;
import org.levier.web.core.Problem;
import org.levier.web.core.RecentDatabaseHealth;

/**
 * The application's one authentication mechanism.
 *
 * <ul>
 * <li>Under {@code /api/}: {@code Authorization: Basic} (e-mail and password) or {@code Bearer <token>} on every
 * request, stateless (no HTTP session is ever created); a protected path without valid credentials answers 401
 * {@code application/problem+json} with {@code WWW-Authenticate: Basic realm="Levier"}.</li>
 * <li>Elsewhere: form login, started by the login page through {@code SecurityContext.authenticate} with a
 * {@link UsernamePasswordCredential}; on success the session id changes (session fixation) and the caller is kept in
 * the session; an anonymous request for a page under {@code /app/} is redirected to the login page (with the way
 * back, see {@link SignInRedirect}; an Ajax request gets Faces' partial-response redirect), whatever its
 * spelling ({@code /faces/app/…}, {@code /%61pp/…}, {@code //app/…}: {@link PublicPaths#of} reads the path the
 * container dispatches to).</li>
 * </ul>
 *
 * <p>A web session is checked against the account on every request ({@link Users#activeGroups}): disabling an
 * account ends its sessions at once, and role changes apply at once. Recently verified Basic credentials are checked
 * against the account at most {@code levier.security.account-check-seconds} (1) apart ({@link Users#activeAccount}
 * and its credential stamp, see {@link VerifiedBasicCredentials}): a client sending hundreds of requests a second
 * does not read its account for each (issue 13, the HTTP benchmark); a new password, a lock, a disabled account or
 * changed roles are seen at once on the node that made the change, within that second on the others (bearer tokens
 * are checked by {@link Tokens#resolve} and revoked when the account is disabled).
 *
 * <p>Why not {@code @AutoApplySession}: it registers a session on every successful authentication, including the
 * stateless API calls; keeping the caller in the session ourselves, for pages only, gives the same effect there.
 */
@ApplicationScoped
@DeclareRoles({Role.APPLICANT_NAME, Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.COMMITTEE_MEMBER_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class LevierAuthentication implements HttpAuthenticationMechanism {

    /** The challenge of a 401 on the API: HTTP Basic (a bearer token is accepted as well). */
    public static final String CHALLENGE = "Basic realm=\"Levier\"";

    /** Session attribute holding the signed-in caller of the web pages. */
    static final String SESSION_CALLER = "org.levier.web.security.caller";

    /** The caller kept in the HTTP session (serialisable: sessions may be replicated across nodes). */
    record SessionCaller(String name, Set<String> groups) implements Serializable {

        SessionCaller {
            groups = Set.copyOf(groups);
        }
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Tokens tokens;

    @Inject
    Users users;

    @Inject
    VerifiedBasicCredentials recentlyVerified;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = PublicPaths.of(request);
        try {
            return PublicPaths.isApi(path) ? api(path, request, response, context) : page(path, request, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isOutage(e)) {
                throw e;
            }
            // The account cannot be read: the database is unavailable or stalled. 503, try again, not 401 or 500.
            RecentDatabaseHealth.DATABASE.outageSeen();
            return unavailable(PublicPaths.isApi(path), request, response);
        }
    }

    private static AuthenticationStatus unavailable(boolean api, HttpServletRequest request,
                                                    HttpServletResponse response) {
        try {
            SecurityHeaders.apply(request, response);
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            if (api) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType(Problem.MEDIA_TYPE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(Problem.unavailable().json());
                response.flushBuffer();
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus api(String path, HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        if (PublicPaths.isPublicApi(request.getMethod(), path)) {
            return context.doNothing();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return unauthorized(request, response, "Authentication required: HTTP Basic or a bearer token");
        }
        if (startsWithIgnoreCase(authorization, "Basic ")) {
            Optional<UsernamePasswordCredential> credential = BasicCredentials.of(authorization);
            if (credential.isEmpty()) {
                return unauthorized(request, response, "Malformed Basic credentials");
            }
            return basic(credential.get(), request, response, context);
        }
        if (startsWithIgnoreCase(authorization, "Bearer ")) {
            return tokens.resolve(authorization.substring(7).strip())
                    .map(bearer -> context.notifyContainerAboutLogin(bearer.email(), bearer.groups()))
                    .orElseGet(() -> unauthorized(request, response, "Invalid or expired token"));
        }
        return unauthorized(request, response, "Unsupported authorization scheme");
    }

    private AuthenticationStatus basic(UsernamePasswordCredential credential, HttpServletRequest request,
                                       HttpServletResponse response, HttpMessageContext context) {
        String email = org.levier.identity.entity.User.normaliseEmail(credential.getCaller());
        char[] password = credential.getPassword().getValue();
        Optional<VerifiedBasicCredentials.Recalled> recalled = recentlyVerified.recall(email, password);
        if (recalled.isPresent()) {
            VerifiedBasicCredentials.Recalled known = recalled.get();
            if (known.checkedRecently()) {
                return context.notifyContainerAboutLogin(email, known.groups());
            }
            // The account read again: the same stamp (same password, not locked, disabled or given other roles)
            // keeps the credentials verified; anything else has them verified again below, from scratch.
            Optional<Users.ActiveAccount> account = users.activeAccount(email);
            if (account.isPresent() && account.get().stamp().equals(known.stamp())) {
                recentlyVerified.checked(email, known.stamp());
                return context.notifyContainerAboutLogin(email, known.groups());
            }
            recentlyVerified.forget(email);
        }
        return recentlyVerified.oneAtATime(email, () -> verify(credential, email, password, request, response,
                context));
    }

    /** Verifies Basic credentials from scratch, unless another request just did while this one waited its turn. */
    private AuthenticationStatus verify(UsernamePasswordCredential credential, String email, char[] password,
                                        HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        Optional<VerifiedBasicCredentials.Recalled> meanwhile = recentlyVerified.recall(email, password);
        if (meanwhile.isPresent() && meanwhile.get().checkedRecently()) {
            return context.notifyContainerAboutLogin(email, meanwhile.get().groups());
        }
        // The stamp read before verifying: a change of the account between the two is never remembered as verified.
        Optional<Users.ActiveAccount> before = users.activeAccount(email);
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            recentlyVerified.forget(email);
            return unauthorized(request, response, "Invalid credentials");
        }
        before.ifPresent(account -> recentlyVerified.remember(email, password, result.getCallerGroups(),
                account.stamp()));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus page(String path, HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            request.getSession(true).setAttribute(SESSION_CALLER,
                    new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            // Checked on every request: a disabled account's session ends at once, changed roles apply at once.
            Optional<Set<String>> active = users.activeGroups(caller.name());
            if (active.isPresent()) {
                if (!active.get().equals(caller.groups())) {
                    session.setAttribute(SESSION_CALLER, new SessionCaller(caller.name(), active.get()));
                }
                return context.notifyContainerAboutLogin(caller.name(), active.get());
            }
            session.invalidate();
            return PublicPaths.isProtectedPage(path)
                    ? SignInRedirect.send(request, context, path, false) : context.doNothing();
        }
        if (PublicPaths.isProtectedPage(path)) {
            // With the way back (next=), the page's language and, after a lost session, a message (SignInRedirect).
            return SignInRedirect.send(request, context, path, true);
        }
        return context.doNothing();
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     String detail) {
        try {
            SecurityHeaders.apply(request, response);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", CHALLENGE);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Problem.of(401, "Unauthorized", detail).json());
            response.flushBuffer();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean startsWithIgnoreCase(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}

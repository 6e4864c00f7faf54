package org.levier.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.StringJoiner;
import org.levier.web.core.ReturnAddress;

/**
 * An anonymous request for a protected page is sent to the login page with what it needs to bring the user back:
 * {@code next=} the page and its query (for a GET, the page asked for; for a form posted or an Ajax request, the page
 * the form was on, read from the same-origin {@code Referer}, else the posted address), kept only when
 * {@link ReturnAddress} accepts it; {@code lang=} the page's language (the {@code levier-lang} cookie the page script
 * keeps, since the session that knew it is gone); {@code expired=true} when the request comes from a session that
 * ended (its cookie names a session the server no longer has, a form of a protected page is posted, or a link of a
 * protected page was followed), so that the login page says so, unlike on a first visit. A Faces partial (Ajax)
 * request gets the partial-response redirect, so that the browser navigates instead of PrimeFaces failing on a
 * 302 to an HTML page.
 */
final class SignInRedirect {

    /** The page's language, kept by levier.js for this redirect. */
    static final String LANGUAGE_COOKIE = "levier-lang";

    private SignInRedirect() {
    }

    static AuthenticationStatus send(HttpServletRequest request, HttpMessageContext context, String path,
                                     boolean sessionEnded) {
        HttpServletResponse response = context.getResponse();
        // Answered here, before any filter: the security headers are set on the redirect itself.
        SecurityHeaders.apply(request, response);
        String url = request.getContextPath() + PublicPaths.LOGIN_PAGE + query(request, path, sessionEnded);
        if (!isPartial(request)) {
            return context.redirect(url);
        }
        try {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + xml(url) + "\"></redirect></partial-response>");
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    static String query(HttpServletRequest request, String path, boolean sessionEnded) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        language(request).ifPresent(language -> query.add("lang=" + language));
        if (sessionEnded && expired(request)) {
            query.add("expired=true");
        }
        returnAddress(request, path).ifPresent(
                page -> query.add(ReturnAddress.PARAMETER + "=" + URLEncoder.encode(page, StandardCharsets.UTF_8)));
        return query.toString();
    }

    /** Faces' and PrimeFaces' Ajax requests say so in a header. */
    static boolean isPartial(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    /** The session was lost rather than never opened. */
    private static boolean expired(HttpServletRequest request) {
        if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            return true;
        }
        return !isRead(request) || referredPage(request).filter(page -> page.startsWith("/app/")).isPresent();
    }

    private static Optional<String> returnAddress(HttpServletRequest request, String path) {
        if (isRead(request) && !isPartial(request)) {
            String query = request.getQueryString();
            return ReturnAddress.accept(path + (query == null || query.isEmpty() ? "" : "?" + query));
        }
        Optional<String> referred = referredPage(request).flatMap(ReturnAddress::accept);
        if (referred.isPresent()) {
            return referred;
        }
        String query = request.getQueryString();
        return ReturnAddress.accept(path + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    /** The page of this application the request came from (same host, under the context path), if it says. */
    private static Optional<String> referredPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String host = request.getHeader("Host");
        if (referer == null || host == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referer);
            String prefix = request.getContextPath() + "/";
            if (uri.getRawAuthority() == null || !uri.getRawAuthority().equalsIgnoreCase(host)
                    || uri.getRawPath() == null || !uri.getRawPath().startsWith(prefix)) {
                return Optional.empty();
            }
            String page = uri.getRawPath().substring(request.getContextPath().length());
            return Optional.of(page + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<String> language(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (LANGUAGE_COOKIE.equals(cookie.getName())
                    && ("fr".equals(cookie.getValue()) || "en".equals(cookie.getValue()))) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

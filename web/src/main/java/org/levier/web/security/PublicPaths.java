package org.levier.web.security;

import java.util.Set;

/** Which requests need no signed-in caller. Paths are relative to the context root. */
final class PublicPaths {

    static final String API = "/api/";
    static final String LOGIN_PAGE = "/login.xhtml";
    static final String PROTECTED_PAGES = "/app/";
    /** The Faces servlet's prefix mapping (Faces maps {@code /faces/*} by default). */
    static final String FACES_PREFIX = "/faces";

    private static final Set<String> PUBLIC_API = Set.of(
            "GET /api/v1/health",
            "POST /api/v1/registrations",
            "POST /api/v1/registrations/confirm",
            "POST /api/v1/registrations/resend-confirmation",
            "POST /api/v1/registrations/accept-invitation",
            "POST /api/v1/auth/token",
            "POST /api/v1/auth/set-password");

    private PublicPaths() {
    }

    static boolean isApi(String path) {
        return path.startsWith(API);
    }

    static boolean isPublicApi(String method, String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String effectiveMethod = "HEAD".equals(method) ? "GET" : method;
        return PUBLIC_API.contains(effectiveMethod + " " + trimmed);
    }

    /** Pages under /app need a signed-in caller; other pages (landing, login, resources, /openapi...) do not. */
    static boolean isProtectedPage(String path) {
        return path.startsWith(PROTECTED_PAGES) || path.equals("/app");
    }

    /**
     * The path the container dispatches the request to, relative to the context root: its servlet path and path
     * info, which the container has already decoded ({@code /%61pp/} is {@code /app/}), stripped of path parameters
     * ({@code ;jsessionid}) and normalised ({@code //app/./x} is {@code /app/x}), with the Faces prefix mapping
     * removed ({@code /faces/app/x.xhtml} renders the view {@code /app/x.xhtml}). So every spelling of a page is
     * guarded as the page itself. Never the raw request URI, which the container reads differently.
     */
    static String of(jakarta.servlet.http.HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        if (path.isEmpty()) {
            String uri = request.getRequestURI();
            path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        }
        return dispatched(path);
    }

    /** {@link #of}'s normalisation of an already decoded path (see there). */
    static String dispatched(String decoded) {
        String path = decoded;
        int semicolon = path.indexOf(';');
        if (semicolon >= 0) {
            path = path.substring(0, semicolon);
        }
        path = path.replace('\\', '/').replaceAll("/{2,}", "/");
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                segments.addLast(segment);
            }
        }
        String normal = "/" + String.join("/", segments) + (path.endsWith("/") && !segments.isEmpty() ? "/" : "");
        while (normal.equals(FACES_PREFIX) || normal.startsWith(FACES_PREFIX + "/")) {
            normal = normal.substring(FACES_PREFIX.length());
            if (normal.isEmpty()) {
                normal = "/";
            }
        }
        return normal;
    }
}

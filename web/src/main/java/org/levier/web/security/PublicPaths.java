package org.levier.web.security;

import java.util.Set;

/** Which requests need no signed-in caller. Paths are relative to the context root. */
final class PublicPaths {

    static final String API = "/api/";
    static final String LOGIN_PAGE = "/login.xhtml";
    static final String PROTECTED_PAGES = "/app/";

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

    /** The request path without the context path (and without path parameters such as ;jsessionid). */
    static String of(jakarta.servlet.http.HttpServletRequest request) {
        String uri = request.getRequestURI();
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        int semicolon = path.indexOf(';');
        return semicolon < 0 ? path : path.substring(0, semicolon);
    }
}

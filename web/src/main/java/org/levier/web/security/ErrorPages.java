package org.levier.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.levier.shared.control.DatabaseOutage;
import org.levier.web.core.Problem;
import org.levier.web.core.RecentDatabaseHealth;

/**
 * Where the container sends every error it handles itself (web.xml {@code <error-page>}): the API answers
 * problem+json — never an HTML page — and the web part shows the Faces error page. No stack trace either way.
 */
@WebServlet(name = "ErrorPages", urlPatterns = "/error-dispatch")
public class ErrorPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (DatabaseOutage.isOutage((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            // A stalled or unreachable database: say so (503, try again shortly) rather than "internal error".
            RecentDatabaseHealth.DATABASE.outageSeen();
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
            response.setStatus(status);
        }
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        }
        // The error dispatch runs no filter: the security headers are set here (unknown paths, refused requests).
        SecurityHeaders.apply(request, response);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(status == HttpServletResponse.SC_SERVICE_UNAVAILABLE ? Problem.unavailable().json()
                    : Problem.of(status, title(status), detail(status)).json());
            return;
        }
        request.getRequestDispatcher("/error.xhtml").forward(request, response);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 401 -> "Authentication required.";
            case 403 -> "Your role does not allow this.";
            case 404 -> "No such resource.";
            case 413 -> "The request is too large.";
            case 503 -> Problem.UNAVAILABLE;
            default -> status >= 500 ? "The request could not be served. Nothing was changed." : "The request was refused.";
        };
    }
}

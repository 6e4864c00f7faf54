package org.levier.web.security;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A form posted with a view state the server does not know (expired session, forged or tampered
 * {@code jakarta.faces.ViewState}) is the client's mistake: 400 and the error page saying the page was out of date,
 * never a 500.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StaleViews extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!isStaleView(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    static boolean isStaleView(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof ViewExpiredException || e instanceof ProtectedViewException) {
                return true;
            }
        }
        return false;
    }
}

package org.levier.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /app/keep-alive}: the signed-in session's "extend" button (levier.js). Reaching it is the whole point:
 * the container counts the request as activity and restarts the session's inactivity clock. 204 for a live
 * session; an expired one never gets here (the authentication mechanism redirects to the login page, which the
 * script reads as "expired"). Changes nothing, so nothing is audited.
 */
@WebServlet(urlPatterns = "/app/keep-alive")
public class KeepAlive extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(request.getSession(false) == null
                ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_NO_CONTENT);
    }
}

package org.levier.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.levier.identity.boundary.Users;

/** {@code /logout} (POST, or GET from a plain link): ends the web session, audits it, back to the login page. */
@WebServlet("/logout")
public class Logout extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Users users;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String caller = request.getRemoteUser();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        if (caller != null) {
            users.recordLogout(caller);
        }
        response.sendRedirect(request.getContextPath() + PublicPaths.LOGIN_PAGE);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        doPost(request, response);
    }
}

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

/**
 * {@code /logout}, by POST only (the layout's form button): ends the web session, audits it, back to the login page.
 * A GET is refused (405), so that no link or image on another site can sign a user out.
 */
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
}

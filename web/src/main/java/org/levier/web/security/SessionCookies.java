package org.levier.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is {@code Secure} (sent over HTTPS only) when Levier is served over HTTPS
 * ({@code LEVIER_PUBLIC_URL} starting with {@code https://}, TLS ended at Payara or at a balancer in front); over
 * plain HTTP (the run command on localhost) it could not be, or nobody could sign in. HttpOnly and SameSite=Lax are
 * in web.xml.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(SecurityHeaders.servedOverHttps());
    }
}

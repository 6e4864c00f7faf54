package org.levier.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the page script (levier.js) needs to warn before the signed-in session expires: the session's timeout (the
 * {@code session-timeout} of web.xml, as the container applies it), how long before it the warning shows
 * ({@code levier.session.warning-seconds}) and how soon after a change the dossier form saves itself
 * ({@code levier.autosave.seconds}). The page carries them as data attributes.
 */
@Named
@RequestScoped
public class SessionView {

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "levier.session.warning-seconds", defaultValue = "120")
    int warningSeconds;

    @Inject
    @ConfigProperty(name = "levier.autosave.seconds", defaultValue = "20")
    int autosaveSeconds;

    /** The session's inactivity timeout in seconds; 0 when there is none (no warning). */
    public int getTimeoutSeconds() {
        HttpSession session = request.getSession(false);
        int timeout = session == null ? 0 : session.getMaxInactiveInterval();
        return Math.max(timeout, 0);
    }

    /** Seconds before the expiry at which the warning shows (at most the whole timeout). */
    public int getWarningSeconds() {
        return Math.max(0, Math.min(warningSeconds, getTimeoutSeconds()));
    }

    public int getAutosaveSeconds() {
        return Math.max(1, autosaveSeconds);
    }
}

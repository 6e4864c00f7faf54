package org.levier.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.levier.reports.control.ReportRenderer;

/**
 * The audit timeline in the view's language ({@code #{auditTimelineView…}}): the action's rendering from the
 * catalogue every audit action has in both languages (the reports bundle's {@code audit.action.*}, the one the
 * audit-trail extract prints; its own code for an action it does not know), and moments written unambiguously,
 * {@code 5 Dec 2026, 14:30} or {@code 5 décembre 2026 à 14:30} (Paris time). The stored summary stays as recorded.
 */
@Named
@RequestScoped
public class AuditTimelineView {

    @Inject
    LocaleView localeView;

    public String action(String action) {
        return action(action, localeView.getLocale());
    }

    /** The kind of entity an event is about, in the view's language (its code when the bundle has none). */
    public String entity(String entityType) {
        if (entityType == null) {
            return "";
        }
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        String key = "audit.entity." + entityType;
        return texts.containsKey(key) ? texts.getString(key) : entityType;
    }

    public String moment(Instant instant) {
        return moment(instant, localeView.getLocale());
    }

    static String action(String action, Locale locale) {
        ResourceBundle texts = ReportRenderer.bundle(locale);
        return action != null && texts.containsKey("audit.action." + action)
                ? texts.getString("audit.action." + action) : action;
    }

    static String moment(Instant instant, Locale locale) {
        return instant == null ? "" : ReportRenderer.moments(locale).format(instant);
    }
}

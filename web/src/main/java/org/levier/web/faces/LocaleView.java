package org.levier.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language of the session: French unless chosen otherwise. Every page accepts {@code ?lang=fr|en}, which
 * switches the session's language (the links "FR | EN" of the layout, and tests opening a page straight in
 * English); an unsupported value is ignored.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Locale FRENCH = Locale.FRENCH;
    static final Locale ENGLISH = Locale.ENGLISH;

    private Locale locale = FRENCH;

    /** The locale of the current view; applies a {@code lang} request parameter first. */
    public Locale getLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null) {
            Map<String, String> params = context.getExternalContext().getRequestParameterMap();
            supported(params.get("lang")).ifPresent(this::choose);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return ENGLISH.equals(getLocale());
    }

    void choose(Locale chosen) {
        if (!chosen.equals(locale)) {
            locale = chosen;
            FacesContext context = FacesContext.getCurrentInstance();
            if (context != null && context.getViewRoot() != null) {
                context.getViewRoot().setLocale(chosen);
            }
        }
    }

    static Optional<Locale> supported(String language) {
        if ("fr".equals(language)) {
            return Optional.of(FRENCH);
        }
        if ("en".equals(language)) {
            return Optional.of(ENGLISH);
        }
        return Optional.empty();
    }

    /**
     * The current page's address in another language: same path, same query parameters except {@code lang}.
     */
    public String switchTo(String language) {
        FacesContext context = FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        StringBuilder url = new StringBuilder(external.getRequestContextPath())
                .append(context.getViewRoot().getViewId());
        url.append("?lang=").append(supported(language).orElse(FRENCH).getLanguage());
        if (context.isPostback()) {
            // The posted form fields are no page parameters; the page's own parameters (?dossier=, ?id=&step=) are
            // kept, else the other language's page would not know which record it shows.
            for (UIViewParameter parameter : ViewMetadata.getViewParameters(context.getViewRoot())) {
                String value = parameter.getStringValue(context);
                if (value != null && !value.isEmpty() && !"lang".equals(parameter.getName())) {
                    url.append('&').append(encode(parameter.getName())).append('=').append(encode(value));
                }
            }
            return url.toString();
        }
        external.getRequestParameterValuesMap().forEach((name, values) -> {
            if (!"lang".equals(name)) {
                for (String value : values) {
                    url.append('&').append(encode(name)).append('=').append(encode(value));
                }
            }
        });
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

package org.levier.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.levier.dossier.boundary.Dossiers;

/** The impact indicator catalogue, labelled in the view's language; read once per request. */
@Named
@RequestScoped
public class IndicatorsView {

    /** An indicator as a choice of the form. */
    public record Choice(String code, String unit, String label) {

        public String text() {
            return label + " (" + unit + ")";
        }
    }

    @Inject
    Dossiers dossiers;

    @Inject
    LocaleView localeView;

    private List<Choice> choices;

    public List<Choice> getChoices() {
        if (choices == null) {
            String language = localeView.getLanguage();
            choices = dossiers.indicators().stream()
                    .map(i -> new Choice(i.getCode(), i.getUnit(), i.label(language))).toList();
        }
        return choices;
    }

    /** "CO₂ avoided (t/year)" for a code; the code itself when the catalogue does not know it. */
    public String label(String code) {
        return getChoices().stream().filter(c -> c.code().equals(code)).findFirst().map(Choice::text)
                .orElse(code);
    }
}

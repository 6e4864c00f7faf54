package org.levier.web.faces;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.levier.dossier.entity.Dossier;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.CallForProjects;

/**
 * The call and the action of a saved dossier as its read-only pages name them (the applicant's, the staff's and
 * the committee member's dossier pages, each holding one for its view): the call {@code code — title}, the action
 * {@code number — title} in the page's language. The call is read once per view.
 */
@Dependent
public class DossierCallLabels implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Programmes programmes;

    @Inject
    LocaleView locale;

    private transient CallForProjects call;

    /** The dossier's call, open or not. */
    CallForProjects call(Dossier dossier) {
        if (call == null || call.getId() != dossier.getCallId()) {
            call = programmes.getCall(dossier.getCallId());
        }
        return call;
    }

    /** The call as the pages show it: {@code code — title}. */
    String callLabel(Dossier dossier) {
        CallForProjects c = call(dossier);
        return c.getCode() + " — " + c.getTitle();
    }

    /** The dossier's action, {@code number — title} in the page's language; empty if the call no longer has it. */
    String actionTitle(Dossier dossier) {
        return call(dossier).getEligibleActions().stream().filter(a -> a.getId() == dossier.getActionId())
                .findFirst().map(a -> a.getNumber() + " — " + a.title(locale.getLanguage())).orElse("");
    }
}

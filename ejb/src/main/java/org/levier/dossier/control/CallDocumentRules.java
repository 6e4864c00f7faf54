package org.levier.dossier.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.levier.dossier.entity.DocumentKind;
import org.levier.programme.boundary.CallDocumentsRequired;
import org.levier.programme.boundary.CallRequirementsCheck;
import org.levier.shared.control.RuleViolation.Violation;

/** The dossier component's part of a call's set-up: the kinds of documents it requires, checked then kept. */
@Stateless
@PermitAll
public class CallDocumentRules {

    @Inject
    DocumentKinds documentKinds;

    public void check(@Observes CallRequirementsCheck check) {
        List<String> kinds = check.mandatoryDocuments();
        for (int i = 0; i < kinds.size(); i++) {
            if (parse(kinds.get(i)) == null) {
                check.violations().add(new Violation("mandatoryDocuments[" + i + "]", "'" + kinds.get(i)
                        + "' is not one of " + List.of(DocumentKind.values())));
            }
        }
    }

    public void keep(@Observes CallDocumentsRequired required) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        required.kinds().forEach(kind -> kinds.add(parse(kind)));
        documentKinds.require(required.callId(), kinds);
    }

    private static DocumentKind parse(String kind) {
        try {
            return kind == null ? null : DocumentKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.levier.diligence.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.levier.document.control.DocumentOwners;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;

/** Checks that a document (of the document component, asked by id) belongs to a dossier: one indexed lookup. */
@Stateless
public class DossierDocuments {

    @Inject
    DocumentOwners documents;

    /** @throws RuleViolation {@code diligence.document.unknown} when it does not exist or is another dossier's */
    public void requireDocumentOf(long dossierId, long documentId, String field) {
        if (!documents.dossierOf(documentId).map(owner -> owner == dossierId).orElse(false)) {
            throw new RuleViolation("diligence.document.unknown", "Document #" + documentId
                    + " is not a document of dossier #" + dossierId,
                    List.of(new Violation(field, "not a document of this dossier")));
        }
    }
}

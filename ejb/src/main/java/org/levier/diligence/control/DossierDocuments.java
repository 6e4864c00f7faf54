package org.levier.diligence.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;

/** Checks that a document (of the document component, by id) belongs to a dossier: one indexed lookup. */
@Stateless
public class DossierDocuments {

    @PersistenceContext
    EntityManager em;

    /** @throws RuleViolation {@code diligence.document.unknown} when it does not exist or is another dossier's */
    public void requireDocumentOf(long dossierId, long documentId, String field) {
        List<?> owner = em.createNativeQuery("SELECT dossier_id FROM document WHERE id = ?1")
                .setParameter(1, documentId).getResultList();
        if (owner.isEmpty() || ((Number) owner.get(0)).longValue() != dossierId) {
            throw new RuleViolation("diligence.document.unknown", "Document #" + documentId
                    + " is not a document of dossier #" + dossierId,
                    List.of(new Violation(field, "not a document of this dossier")));
        }
    }
}

package org.levier.diligence.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.levier.document.control.OpenDocumentRequests;

/** The diligence component's answer to the document component: whether a document request of a dossier is open. */
@Stateless
@PermitAll
public class DocumentRequestsOpen implements OpenDocumentRequests {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean anyOpen(long dossierId) {
        Number open = (Number) em.createNativeQuery("SELECT COUNT(*) FROM document_request WHERE dossier_id = ?1"
                        + " AND status = 'OPEN'")
                .setParameter(1, dossierId).getSingleResult();
        return open.longValue() > 0;
    }
}

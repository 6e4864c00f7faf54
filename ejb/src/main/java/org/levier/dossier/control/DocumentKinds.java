package org.levier.dossier.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.levier.dossier.entity.DocumentKind;

/** Which kinds of documents a call requires, and which a dossier has (the document component's answer). */
@Stateless
public class DocumentKinds {

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentsPresent present;

    public Set<DocumentKind> requiredBy(long callId) {
        return kinds(em.createNativeQuery("SELECT kind FROM call_mandatory_document WHERE call_id = ?1")
                .setParameter(1, callId).getResultList());
    }

    /** Asked of the document component, which owns the uploads. */
    public Set<DocumentKind> presentOn(long dossierId) {
        return present.kindsOf(dossierId);
    }

    /** Replaces the kinds a call requires. */
    public void require(long callId, Set<DocumentKind> kinds) {
        em.createNativeQuery("DELETE FROM call_mandatory_document WHERE call_id = ?1")
                .setParameter(1, callId).executeUpdate();
        for (DocumentKind kind : kinds) {
            em.createNativeQuery("INSERT INTO call_mandatory_document (call_id, kind) VALUES (?1, ?2)")
                    .setParameter(1, callId).setParameter(2, kind.name()).executeUpdate();
        }
    }

    private static Set<DocumentKind> kinds(List<?> rows) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        rows.forEach(row -> kinds.add(DocumentKind.valueOf(String.valueOf(row).trim())));
        return kinds;
    }
}

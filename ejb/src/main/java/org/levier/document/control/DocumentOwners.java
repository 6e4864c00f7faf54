package org.levier.document.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which dossier a document belongs to, for the components that take a document as evidence (agreement conditions,
 * co-financing lines, due diligence, disbursements): indexed lookups by id, nothing loaded, nothing locked. In the
 * caller's transaction; the caller checks roles and says what its refusal is called.
 */
@Stateless
@PermitAll
public class DocumentOwners {

    @PersistenceContext
    EntityManager em;

    /** The dossier the document was uploaded to; empty when there is no such document. */
    public Optional<Long> dossierOf(long documentId) {
        List<?> owner = em.createNativeQuery("SELECT dossier_id FROM document WHERE id = ?1")
                .setParameter(1, documentId).getResultList();
        return owner.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** Whether the document is one of the dossier's uploads. */
    public boolean isOf(long dossierId, long documentId) {
        Number found = (Number) em.createNativeQuery("SELECT COUNT(*) FROM document WHERE dossier_id = ?1 AND id = ?2")
                .setParameter(1, dossierId).setParameter(2, documentId).getSingleResult();
        return found.longValue() > 0;
    }

    /** A document's file name and kind (as stored). */
    public record Named(String fileName, String kind) {
    }

    /** The file name and kind of each given document (distinct, not empty), by id. */
    public Map<Long, Named> names(List<Long> documentIds) {
        StringBuilder sql = new StringBuilder("SELECT id, file_name, kind FROM document WHERE id IN (");
        for (int i = 0; i < documentIds.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('?').append(i + 1);
        }
        Query query = em.createNativeQuery(sql.append(')').toString());
        for (int i = 0; i < documentIds.size(); i++) {
            query.setParameter(i + 1, documentIds.get(i));
        }
        Map<Long, Named> names = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            names.put(((Number) r[0]).longValue(), new Named(String.valueOf(r[1]), String.valueOf(r[2]).trim()));
        }
        return names;
    }

    /** How many of {@code documentIds} (distinct, not empty) are the dossier's uploads. */
    public long countOf(long dossierId, List<Long> documentIds) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM document WHERE dossier_id = ?1 AND id IN (");
        for (int i = 0; i < documentIds.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('?').append(i + 2);
        }
        Query query = em.createNativeQuery(sql.append(')').toString()).setParameter(1, dossierId);
        for (int i = 0; i < documentIds.size(); i++) {
            query.setParameter(i + 2, documentIds.get(i));
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}

package org.levier.document.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.levier.dossier.control.DocumentsPresent;
import org.levier.dossier.entity.DocumentKind;

/** The document component's answer to the dossier's submission rules: the kinds of a dossier's uploads. */
@Stateless
@PermitAll
public class DossierDocumentKinds implements DocumentsPresent {

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<DocumentKind> kindsOf(long dossierId) {
        List<?> rows = em.createNativeQuery("SELECT DISTINCT kind FROM document WHERE dossier_id = ?1")
                .setParameter(1, dossierId).getResultList();
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        rows.forEach(row -> kinds.add(DocumentKind.valueOf(String.valueOf(row).trim())));
        return kinds;
    }
}

package org.levier.diligence.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.levier.diligence.entity.DueDiligence;

/** Finds, locks and opens due-diligence files, by dossier id, in the caller's transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DiligenceFiles {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<DueDiligence> find(long dossierId) {
        return em.createQuery("select f from DueDiligence f where f.dossierId = :dossier", DueDiligence.class)
                .setParameter("dossier", dossierId)
                .getResultStream().findFirst();
    }

    /** The file under {@code PESSIMISTIC_WRITE}: commands on one file queue (after the dossier's row, if locked). */
    public Optional<DueDiligence> lock(long dossierId) {
        return em.createQuery("select f from DueDiligence f where f.dossierId = :dossier", DueDiligence.class)
                .setParameter("dossier", dossierId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /**
     * The file, locked, opened with the screening checklist when the dossier has none yet (a dossier that entered
     * eligibility review before the file existed). The second element tells whether it was just opened.
     */
    public Opened lockOrOpen(long dossierId, String actor, Instant now) {
        Optional<DueDiligence> file = lock(dossierId);
        if (file.isPresent()) {
            return new Opened(file.get(), false);
        }
        DueDiligence opened = DueDiligence.open(dossierId, DefaultChecklist.SCREENING, actor, now);
        em.persist(opened);
        em.flush();
        return new Opened(opened, true);
    }

    /** A file and whether this call opened it. */
    public record Opened(DueDiligence file, boolean isNew) {
    }
}

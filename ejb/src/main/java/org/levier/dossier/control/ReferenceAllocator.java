package org.levier.dossier.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import org.levier.dossier.entity.ReferenceCounter;
import org.levier.shared.control.Clocks;

/**
 * Allocates dossier references, {@code <programme>-<year>-<nnnn>}, gapless per programme and year (the year of the
 * submission in the fund's zone).
 *
 * <p>The counter row is taken under {@code PESSIMISTIC_WRITE} in the submitting transaction: concurrent submissions
 * queue on it and get consecutive numbers, and a submission that rolls back gives its number back. The first
 * submission of a year creates the row in a transaction of its own, before taking any lock: a locking read of a
 * missing row would hold a gap lock (InnoDB) that the creating transaction would then wait on forever. Two first
 * submissions racing both try to insert; the primary key lets one win, and the other simply uses the row.
 */
@Stateless
@PermitAll
public class ReferenceAllocator {

    private static final Logger LOG = System.getLogger(ReferenceAllocator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** The next reference, taken in the caller's transaction (and given back if it rolls back). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String next(String programmeCode, Instant submittedAt) {
        int year = yearOf(submittedAt);
        if (!exists(programmeCode, year)) {
            context.getBusinessObject(ReferenceAllocator.class).createCounter(programmeCode, year);
        }
        ReferenceCounter counter = em.find(ReferenceCounter.class, new ReferenceCounter.Key(programmeCode, year),
                LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw new IllegalStateException("no reference counter for " + programmeCode + " " + year
                    + " although it was just created");
        }
        return counter.next();
    }

    /** Creates the counter of a programme and year unless it exists; losing the race to create it is fine. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createCounter(String programmeCode, int year) {
        if (exists(programmeCode, year)) {
            return;
        }
        em.persist(new ReferenceCounter(programmeCode, year));
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Another first submission of the year inserted the row meanwhile: the caller then locks that row.
            // Any other cause shows up right after, when the caller finds no row.
            LOG.log(Level.DEBUG, () -> "reference counter " + programmeCode + " " + year + " created concurrently", e);
            context.setRollbackOnly();
        }
    }

    /**
     * The reference year: the calendar year of the submission in Europe/Paris, so a submission on 31 December at
     * 23:30 UTC already belongs to the next year.
     */
    public static int yearOf(Instant submittedAt) {
        return submittedAt.atZone(Clocks.FUND_ZONE).getYear();
    }

    private boolean exists(String programmeCode, int year) {
        return em.createQuery("select count(c) from ReferenceCounter c where c.programmeCode = :code"
                        + " and c.refYear = :year", Long.class)
                .setParameter("code", programmeCode)
                .setParameter("year", year)
                .getSingleResult() > 0;
    }
}

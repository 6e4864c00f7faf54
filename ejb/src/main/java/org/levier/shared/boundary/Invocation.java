package org.levier.shared.boundary;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.levier.shared.control.EmailAddresses;
import org.levier.shared.control.StaleVersion;
import org.levier.shared.entity.InstantConverter;

/**
 * What every use case asks of the call it serves, kept in one place instead of a copy per boundary: who calls, the
 * instant of the change, and a flush that reports a lost optimistic race as {@link StaleVersion} (409 on the API, a
 * "reload" message on a page).
 * <p>
 * The caller is the EJB container's caller principal of the current invocation — the same answer as the boundary's
 * own {@code SessionContext}, looked up when asked (as Jakarta Security does) so that this bean can be shared by every
 * boundary. It is the address as accounts store it (trimmed, lower case).
 */
@Dependent
public class Invocation {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** The signed-in caller's address; a timer or an anonymous call gets the container's anonymous name. */
    public String caller() {
        try {
            EJBContext context = InitialContext.doLookup("java:comp/EJBContext");
            return EmailAddresses.normalise(context.getCallerPrincipal().getName());
        } catch (NamingException e) {
            throw new IllegalStateException("the caller is known only inside a use case (an EJB invocation)", e);
        }
    }

    /** Now, at the precision of a {@code DATETIME(6)} column, so that what is stored is what was audited. */
    public Instant now() {
        return InstantConverter.toColumnPrecision(clock.instant());
    }

    /** Writes the unit of work now; a version changed meanwhile by someone else becomes {@link StaleVersion}. */
    public void flush(String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(what, e);
        }
    }

    /**
     * Like {@link #flush(String)}, for the aggregates whose concurrent writers collide on a unique key rather than on
     * a version (a disbursement claimed by two payment batches, a bank account declared twice): any write refused by
     * the database is reported as a change made meanwhile.
     */
    public void flushClaim(String what) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new StaleVersion(what, e);
        }
    }
}

package org.levier.committee.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.levier.committee.entity.AgendaItem;
import org.levier.committee.entity.CommitteeSession;
import org.levier.shared.control.NotFound;

/**
 * The committee's rows as its use cases take them: a session (read, or locked for a command on it) and an agenda
 * item, locked for a declaration, a vote or a decision so that they queue. Used by the boundaries
 * ({@code Committees}, {@code CommitteeDecisions}), which check the caller's roles.
 */
@Stateless
@PermitAll
public class AgendaLocks {

    @PersistenceContext
    EntityManager em;

    /** The session; 404 when there is none. */
    public CommitteeSession session(long sessionId) {
        CommitteeSession session = em.find(CommitteeSession.class, sessionId);
        if (session == null) {
            throw new NotFound("committee session " + sessionId);
        }
        return session;
    }

    /** The session, its row locked. */
    public CommitteeSession lockedSession(long sessionId) {
        CommitteeSession session = em.find(CommitteeSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFound("committee session " + sessionId);
        }
        return session;
    }

    /** The agenda item of a dossier, its row locked and reloaded with its votes and conflicts as committed. */
    public AgendaItem lockedItem(CommitteeSession session, long dossierId) {
        AgendaItem item = session.findItem(dossierId).orElseThrow(() -> new NotFound("dossier " + dossierId
                + " on the agenda of committee session " + session.getId()));
        // Locks the row and reloads the item with its votes and conflicts (refresh cascades) as committed.
        em.refresh(item, LockModeType.PESSIMISTIC_WRITE);
        return item;
    }
}

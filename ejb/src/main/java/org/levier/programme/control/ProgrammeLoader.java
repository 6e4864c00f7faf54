package org.levier.programme.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.levier.programme.entity.CallForProjects;
import org.levier.programme.entity.Programme;
import org.levier.programme.entity.ProgrammeAction;

/**
 * A programme, one of its actions or a call loaded by id for the components downstream that work on them: the
 * budget a programme's row lock guards (budget, committee) and the shared lock a first payment takes on it
 * (disbursement), the call and action a dossier answers (dossier) and a call's checklist (diligence); loaded here
 * because they are this component's (a code's id is {@link ProgrammeIds}). A CDI bean, not an EJB, so that a call is
 * exactly the caller's own {@code em.find}: the same transaction and persistence context (a lock is held until the
 * caller's transaction ends, in the order the caller takes its locks), nothing begun without one. The caller checks
 * roles and says what is not found.
 */
@ApplicationScoped
public class ProgrammeLoader {

    @PersistenceContext
    EntityManager em;

    /** The programme, not locked. */
    public Optional<Programme> find(long programmeId) {
        return Optional.ofNullable(em.find(Programme.class, programmeId));
    }

    /** The programme, locked ({@code PESSIMISTIC_WRITE} to change its budget, {@code PESSIMISTIC_READ} to share). */
    public Optional<Programme> lock(long programmeId, LockModeType mode) {
        return Optional.ofNullable(em.find(Programme.class, programmeId, mode));
    }

    /** The programme's action, not locked. */
    public Optional<ProgrammeAction> action(long actionId) {
        return Optional.ofNullable(em.find(ProgrammeAction.class, actionId));
    }

    /** The call, not locked. */
    public Optional<CallForProjects> call(long callId) {
        return Optional.ofNullable(em.find(CallForProjects.class, callId));
    }

    /** The call, locked (PESSIMISTIC_WRITE). */
    public Optional<CallForProjects> lockCall(long callId) {
        return Optional.ofNullable(em.find(CallForProjects.class, callId, LockModeType.PESSIMISTIC_WRITE));
    }
}

package org.levier.programme.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.levier.programme.entity.Programme;
import org.levier.programme.entity.ProgrammeAction;

/**
 * A programme by its code, for the components that take a programme code from their callers (budget, committee,
 * equity, recovery, repayment; the dossier list for its programme, axis and action filters): one indexed lookup,
 * nothing locked. In the caller's transaction; the caller checks
 * roles and says what is not found.
 */
@Stateless
@PermitAll
public class ProgrammeIds {

    @PersistenceContext
    EntityManager em;

    public ProgrammeIds() {
    }

    /** Outside the container, or for a caller holding its own entity manager (the dossier list's). */
    public ProgrammeIds(EntityManager em) {
        this.em = em;
    }

    /** The id of the programme with that code. */
    public Optional<Long> byCode(String code) {
        return em.createQuery("select p.id from Programme p where p.code = :code", Long.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** The number of each action of the programme, by action id. */
    public Map<Long, Integer> actionNumbers(long programmeId) {
        Map<Long, Integer> numbers = new HashMap<>();
        em.createQuery("select a.id, a.number from ProgrammeAction a where a.programme.id = :programme",
                        Object[].class)
                .setParameter("programme", programmeId).getResultList()
                .forEach(row -> numbers.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
        return numbers;
    }

    /** The programme's action with that number. */
    public Optional<ProgrammeAction> action(Programme programme, int number) {
        return em.createQuery("select a from ProgrammeAction a where a.programme = :programme"
                        + " and a.number = :number", ProgrammeAction.class)
                .setParameter("programme", programme)
                .setParameter("number", number)
                .getResultStream().findFirst();
    }

    /** The programme with that code. */
    public Optional<Programme> find(String code) {
        return em.createQuery("select p from Programme p where p.code = :code", Programme.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /**
     * The ids of the actions of an axis and/or of a number, in the programme of that id or in every one when it is
     * null (ascending ids): what the dossier list filters on for an axis or an action.
     */
    public List<Long> actionIds(Long programmeId, Integer axis, Integer action) {
        StringBuilder jpql = new StringBuilder("select a.id from ProgrammeAction a where 1 = 1");
        if (programmeId != null) {
            jpql.append(" and a.programme.id = :programme");
        }
        if (axis != null) {
            jpql.append(" and a.axis.number = :axis");
        }
        if (action != null) {
            jpql.append(" and a.number = :action");
        }
        TypedQuery<Long> query = em.createQuery(jpql.append(" order by a.id").toString(), Long.class);
        if (programmeId != null) {
            query.setParameter("programme", programmeId);
        }
        if (axis != null) {
            query.setParameter("axis", axis);
        }
        if (action != null) {
            query.setParameter("action", action);
        }
        return query.getResultList();
    }
}

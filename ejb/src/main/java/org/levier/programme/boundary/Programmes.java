package org.levier.programme.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.levier.programme.control.ProgrammeUsage;
import org.levier.programme.entity.CallForProjects;
import org.levier.programme.entity.Programme;
import org.levier.shared.control.NotFound;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/** Reading programmes and calls for projects: every signed-in user may. */
@Stateless
@RolesAllowed({Role.APPLICANT_NAME, Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.COMMITTEE_MEMBER_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class Programmes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ProgrammeUsage usage;

    public List<Programme> list() {
        return em.createQuery("select p from Programme p order by p.code", Programme.class).getResultList();
    }

    /**
     * The programme pages and reports show when none is named: the first one set up (the reference programme
     * loaded at the first start), whatever programmes were added beside it since.
     */
    public Optional<Programme> first() {
        return em.createQuery("select p.code from Programme p order by p.id", String.class).setMaxResults(1)
                .getResultStream().findFirst().flatMap(this::findByCode);
    }

    /** The programme with its axes, actions and leaders loaded (three short queries, whatever its size). */
    public Optional<Programme> findByCode(String code) {
        List<Programme> found = em.createQuery("select p from Programme p where p.code = :code", Programme.class)
                .setParameter("code", code)
                .getResultList();
        found.forEach(p -> {
            p.getAxes().forEach(a -> a.getActions().forEach(act -> act.getLeaders().size()));
            p.getCommitteeMembers();
        });
        return found.stream().findFirst();
    }

    /** What signed agreements commit in the programme, in total and per action number (staff, auditors). */
    public record Committed(Money total, java.util.Map<Integer, Money> byAction) {
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Committed committed(String code) {
        Programme programme = getByCode(code);
        return new Committed(usage.committed(programme.getId()), usage.committedByAction(programme.getId()));
    }

    public Programme getByCode(String code) {
        return findByCode(code).orElseThrow(() -> new NotFound("programme " + code));
    }

    /** Calls, optionally only those open (or not open) now, optionally of one programme; newest first. */
    public List<CallForProjects> calls(Boolean open, String programmeCode) {
        StringBuilder jpql = new StringBuilder("select c from CallForProjects c where 1 = 1");
        if (programmeCode != null) {
            jpql.append(" and c.programme.code = :programme");
        }
        if (open != null) {
            jpql.append(open ? " and c.opensAt <= :now and c.closesAt > :now"
                    : " and (c.opensAt > :now or c.closesAt <= :now)");
        }
        jpql.append(" order by c.opensAt desc, c.id desc");
        var query = em.createQuery(jpql.toString(), CallForProjects.class);
        if (programmeCode != null) {
            query.setParameter("programme", programmeCode);
        }
        if (open != null) {
            query.setParameter("now", clock.instant());
        }
        List<CallForProjects> calls = query.getResultList();
        calls.forEach(Programmes::loadDetails);
        return calls;
    }

    public CallForProjects getCall(long id) {
        CallForProjects call = em.find(CallForProjects.class, id);
        if (call == null) {
            throw new NotFound("call " + id);
        }
        loadDetails(call);
        return call;
    }

    private static void loadDetails(CallForProjects call) {
        call.getEligibleActions().size();
        call.getInstruments().size();
        call.getMaxIntensity().size();
        call.getChecklist().size();
    }
}

package org.levier.programme.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * What other components have built on a programme's structure: the commitments of signed agreements per programme
 * and action ({@link CommittedFunds}, the agreement component's answer), the actions dossiers ({@link DossierUses},
 * the dossier component's answer) or calls use, and what the submitted dossiers of a call use. The programme
 * component depends on none of them: they answer through these interfaces. Read under the programme's or the call's
 * row lock by the administration use cases.
 */
@Stateless
public class ProgrammeUsage {

    @PersistenceContext
    EntityManager em;

    @Inject
    CommittedFunds agreements;

    @Inject
    DossierUses dossiers;

    /** The commitments of every signed agreement of the programme. */
    public Money committed(long programmeId) {
        return agreements.committed(programmeId);
    }

    /** The commitments of signed agreements per action number (actions with none are absent). */
    public Map<Integer, Money> committedByAction(long programmeId) {
        Map<Long, Integer> numbers = actionNumbers(programmeId);
        Map<Integer, Money> committed = new HashMap<>();
        agreements.committedByAction(programmeId).forEach((actionId, amount) -> {
            Integer number = numbers.get(actionId);
            if (number != null) {
                committed.put(number, amount);
            }
        });
        return committed;
    }

    /** Of these action numbers, those a dossier or a call of the programme uses (they cannot be removed). */
    public Set<Integer> actionsInUse(long programmeId, Set<Integer> numbers) {
        Set<Integer> used = new TreeSet<>();
        if (numbers.isEmpty()) {
            return used;
        }
        Map<Long, Integer> actions = actionNumbers(programmeId);
        Set<Long> byDossiers = dossiers.actionsUsed(actions.keySet());
        List<?> byCalls = em.createNativeQuery("SELECT a.id FROM programme_action a WHERE a.programme_id = ?1"
                        + " AND EXISTS (SELECT 1 FROM call_action c WHERE c.action_id = a.id)")
                .setParameter(1, programmeId).getResultList();
        Set<Long> inUse = new TreeSet<>(byDossiers);
        byCalls.forEach(row -> inUse.add(((Number) row).longValue()));
        inUse.forEach(id -> {
            int number = actions.get(id);
            if (numbers.contains(number)) {
                used.add(number);
            }
        });
        return used;
    }

    /** The action numbers that the call's submitted (not draft) dossiers apply under. */
    public Set<Integer> actionsOfSubmittedDossiers(long callId) {
        Set<Long> actionIds = dossiers.actionsOfSubmitted(callId);
        Set<Integer> used = new TreeSet<>();
        if (actionIds.isEmpty()) {
            return used;
        }
        em.createQuery("select a.number from ProgrammeAction a where a.id in :ids", Integer.class)
                .setParameter("ids", List.copyOf(actionIds)).getResultList()
                .forEach(used::add);
        return used;
    }

    /** The instruments that the call's submitted (not draft) dossiers request an amount under. */
    public Set<Instrument> instrumentsOfSubmittedDossiers(long callId) {
        return dossiers.instrumentsOfSubmitted(callId);
    }

    /** The programme's actions: number by id. */
    private Map<Long, Integer> actionNumbers(long programmeId) {
        Map<Long, Integer> numbers = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT id, number FROM programme_action WHERE programme_id = ?1")
                .setParameter(1, programmeId).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            numbers.put(((Number) columns[0]).longValue(), ((Number) columns[1]).intValue());
        }
        return numbers;
    }
}

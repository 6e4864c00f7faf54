package org.levier.programme.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * What other components have built on a programme's structure, read by SQL sums and counts (their tables, not
 * their classes: the programme component depends on none of them): the commitments of signed agreements per
 * programme and action, the actions dossiers or calls use, and what the submitted dossiers of a call use. Read
 * under the programme's or the call's row lock by the administration use cases.
 */
@Stateless
public class ProgrammeUsage {

    @PersistenceContext
    EntityManager em;

    /** The commitments of every signed agreement of the programme. */
    public Money committed(long programmeId) {
        return money(em.createNativeQuery("SELECT COALESCE(SUM(committed_grant + committed_advance"
                        + " + committed_equity), 0) FROM agreement WHERE programme_id = ?1")
                .setParameter(1, programmeId).getSingleResult());
    }

    /** The commitments of signed agreements per action number (actions with none are absent). */
    public Map<Integer, Money> committedByAction(long programmeId) {
        List<?> rows = em.createNativeQuery("SELECT a.number, SUM(g.committed_grant + g.committed_advance"
                        + " + g.committed_equity) FROM agreement g JOIN programme_action a ON a.id = g.action_id"
                        + " WHERE g.programme_id = ?1 GROUP BY a.number")
                .setParameter(1, programmeId).getResultList();
        Map<Integer, Money> committed = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            committed.put(((Number) columns[0]).intValue(), money(columns[1]));
        }
        return committed;
    }

    /** Of these action numbers, those a dossier or a call of the programme uses (they cannot be removed). */
    public Set<Integer> actionsInUse(long programmeId, Set<Integer> numbers) {
        Set<Integer> used = new TreeSet<>();
        if (numbers.isEmpty()) {
            return used;
        }
        List<?> rows = em.createNativeQuery("SELECT a.number FROM programme_action a WHERE a.programme_id = ?1"
                        + " AND (EXISTS (SELECT 1 FROM dossier d WHERE d.action_id = a.id)"
                        + " OR EXISTS (SELECT 1 FROM call_action c WHERE c.action_id = a.id))")
                .setParameter(1, programmeId).getResultList();
        rows.forEach(row -> {
            int number = ((Number) row).intValue();
            if (numbers.contains(number)) {
                used.add(number);
            }
        });
        return used;
    }

    /** The action numbers that the call's submitted (not draft) dossiers apply under. */
    public Set<Integer> actionsOfSubmittedDossiers(long callId) {
        Set<Integer> used = new TreeSet<>();
        em.createNativeQuery("SELECT DISTINCT a.number FROM dossier d JOIN programme_action a ON a.id = d.action_id"
                        + " WHERE d.call_id = ?1 AND d.status <> 'DRAFT'")
                .setParameter(1, callId).getResultList()
                .forEach(row -> used.add(((Number) row).intValue()));
        return used;
    }

    /** The instruments that the call's submitted (not draft) dossiers request an amount under. */
    public Set<Instrument> instrumentsOfSubmittedDossiers(long callId) {
        Object[] sums = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(requested_grant), 0),"
                        + " COALESCE(SUM(requested_advance), 0), COALESCE(SUM(requested_equity), 0)"
                        + " FROM dossier WHERE call_id = ?1 AND status <> 'DRAFT'")
                .setParameter(1, callId).getSingleResult();
        Set<Instrument> used = EnumSet.noneOf(Instrument.class);
        if (money(sums[0]).isPositive()) {
            used.add(Instrument.GRANT);
        }
        if (money(sums[1]).isPositive()) {
            used.add(Instrument.REPAYABLE_ADVANCE);
        }
        if (money(sums[2]).isPositive()) {
            used.add(Instrument.EQUITY);
        }
        return used;
    }

    private static Money money(Object sum) {
        BigDecimal value = sum instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(sum));
        return Money.eur(value.setScale(2));
    }
}

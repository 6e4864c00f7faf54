package org.levier.dossier.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.levier.programme.control.DossierUses;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/** The dossier component's answer to the programme's administration: what dossiers use of its actions and calls. */
@Stateless
@PermitAll
public class ProgrammeDossierUses implements DossierUses {

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<Long> actionsUsed(Collection<Long> actionIds) {
        Set<Long> used = new TreeSet<>();
        if (actionIds.isEmpty()) {
            return used;
        }
        List<Long> ids = List.copyOf(actionIds);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "" : ", ").append('?').append(i + 1);
        }
        var query = em.createNativeQuery("SELECT DISTINCT d.action_id FROM dossier d WHERE d.action_id IN (" + in
                + ")");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        query.getResultList().forEach(row -> used.add(((Number) row).longValue()));
        return used;
    }

    @Override
    public Set<Long> actionsOfSubmitted(long callId) {
        Set<Long> used = new TreeSet<>();
        em.createNativeQuery("SELECT DISTINCT d.action_id FROM dossier d WHERE d.call_id = ?1 AND d.status <> 'DRAFT'")
                .setParameter(1, callId).getResultList()
                .forEach(row -> used.add(((Number) row).longValue()));
        return used;
    }

    @Override
    public Set<Instrument> instrumentsOfSubmitted(long callId) {
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

package org.levier.agreement.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.programme.control.CommittedFunds;
import org.levier.shared.entity.Money;

/** The agreement component's answer to the programme's administration: what signed agreements commit. */
@Stateless
@PermitAll
public class ProgrammeCommitments implements CommittedFunds {

    @PersistenceContext
    EntityManager em;

    @Override
    public Money committed(long programmeId) {
        return money(em.createNativeQuery("SELECT COALESCE(SUM(committed_grant + committed_advance"
                        + " + committed_equity), 0) FROM agreement WHERE programme_id = ?1")
                .setParameter(1, programmeId).getSingleResult());
    }

    @Override
    public Map<Long, Money> committedByAction(long programmeId) {
        List<?> rows = em.createNativeQuery("SELECT g.action_id, SUM(g.committed_grant + g.committed_advance"
                        + " + g.committed_equity) FROM agreement g WHERE g.programme_id = ?1 GROUP BY g.action_id")
                .setParameter(1, programmeId).getResultList();
        Map<Long, Money> committed = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            committed.put(((Number) columns[0]).longValue(), money(columns[1]));
        }
        return committed;
    }

    private static Money money(Object sum) {
        BigDecimal value = sum instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(sum));
        return Money.eur(value.setScale(2));
    }
}

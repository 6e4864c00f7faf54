package org.levier.disbursement.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.levier.agreement.entity.Engaged;
import org.levier.disbursement.entity.DisbursementStatus;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * What an agreement's disbursements engage, by database sums (never by loading the disbursements): per instrument
 * and per tranche, paid / approved / pending. Read under the agreement's lock by the money use cases, so the sums
 * are those every later request of the agreement will see (READ COMMITTED: each statement reads the latest commit).
 */
@Stateless
@PermitAll
public class Ledger {

    @PersistenceContext
    EntityManager em;

    public Map<Instrument, Engaged> byInstrument(long agreementId) {
        Map<Instrument, Engaged> result = new EnumMap<>(Instrument.class);
        fold(sums("instrument", agreementId), Instrument::valueOf).forEach(result::put);
        return result;
    }

    public Map<Long, Engaged> byTranche(long agreementId) {
        return new HashMap<>(fold(sums("tranche_id", agreementId), Ledger::toLong));
    }

    public Engaged onInstrument(long agreementId, Instrument instrument) {
        return byInstrument(agreementId).getOrDefault(instrument, Engaged.NONE);
    }

    public Engaged onTranche(long agreementId, long trancheId) {
        return byTranche(agreementId).getOrDefault(trancheId, Engaged.NONE);
    }

    /** Whether any disbursement of the agreement was paid (the first payment starts the execution). */
    public boolean anyPaid(long agreementId) {
        Number count = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM disbursement WHERE agreement_id = ?1 AND status = 'PAID'")
                .setParameter(1, agreementId)
                .getSingleResult();
        return count.longValue() > 0;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> sums(String column, long agreementId) {
        // column is one of two constants above, never input.
        return em.createNativeQuery("SELECT " + column + ", status, SUM(amount) FROM disbursement"
                        + " WHERE agreement_id = ?1 AND status <> 'CANCELLED' GROUP BY " + column + ", status")
                .setParameter(1, agreementId)
                .getResultList();
    }

    /** Folds rows {@code (key, status, sum)} into paid / approved / pending per key. */
    static <K> Map<K, Engaged> fold(List<Object[]> rows, Function<String, K> key) {
        Map<K, Engaged> result = new HashMap<>();
        for (Object[] row : rows) {
            K k = key.apply(String.valueOf(row[0]));
            Money sum = Money.eur(toDecimal(row[2]));
            Engaged add = switch (DisbursementStatus.valueOf(String.valueOf(row[1]))) {
                case PAID -> new Engaged(sum, Money.ZERO, Money.ZERO);
                case APPROVED -> new Engaged(Money.ZERO, sum, Money.ZERO);
                case PENDING -> new Engaged(Money.ZERO, Money.ZERO, sum);
                case CANCELLED -> Engaged.NONE;
            };
            result.merge(k, add, Engaged::plus);
        }
        return result;
    }

    private static Long toLong(String value) {
        return Long.valueOf(value);
    }

    private static BigDecimal toDecimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}

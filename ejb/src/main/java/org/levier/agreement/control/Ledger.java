package org.levier.agreement.control;

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
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * The agreement's ledger: what its disbursements engage, by database sums (never by loading the disbursements): per instrument
 * and per tranche, paid / approved / pending. Read under the agreement's lock by the money use cases, so the sums
 * are those every later request of the agreement will see (READ COMMITTED: each statement reads the latest commit).
 *
 * <p>It reads the {@code disbursement} table by its columns (status names as stored), not the disbursement
 * component's classes: the disbursement component depends on the agreement, never the other way round.
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

    /**
     * What came back on the agreement's recovery orders (the receipts recorded): the recovery component's table,
     * read by SQL (the recovery component depends on this one, not the reverse).
     */
    public Money recovered(long agreementId) {
        Object sum = em.createNativeQuery("SELECT COALESCE(SUM(amount), 0) FROM recovery_receipt"
                        + " WHERE agreement_id = ?1")
                .setParameter(1, agreementId)
                .getSingleResult();
        return Money.eur(new BigDecimal(sum.toString()));
    }

    /** Whether any disbursement of the agreement was paid (the first payment starts the execution). */
    public boolean anyPaid(long agreementId) {
        Number count = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM disbursement WHERE agreement_id = ?1 AND status = 'PAID'")
                .setParameter(1, agreementId)
                .getSingleResult();
        return count.longValue() > 0;
    }

    /** Whether any disbursement of the agreement is not cancelled (pending, approved or paid): money depends on it. */
    public boolean anyLive(long agreementId) {
        Number count = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM disbursement WHERE agreement_id = ?1 AND status <> 'CANCELLED'")
                .setParameter(1, agreementId)
                .getSingleResult();
        return count.longValue() > 0;
    }

    /** Per agreement of {@code agreementIds}: engaged per tranche and per instrument, in one grouped query. */
    @SuppressWarnings("unchecked")
    public Map<Long, Positions> positions(java.util.Collection<Long> agreementIds) {
        Map<Long, Positions> result = new HashMap<>();
        if (agreementIds == null || agreementIds.isEmpty()) {
            return result;
        }
        List<Long> ids = List.copyOf(new java.util.HashSet<>(agreementIds));
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "" : ", ").append('?').append(i + 1);
        }
        var query = em.createNativeQuery("SELECT agreement_id, tranche_id, instrument, status, SUM(amount)"
                + " FROM disbursement WHERE status <> 'CANCELLED' AND agreement_id IN (" + in
                + ") GROUP BY agreement_id, tranche_id, instrument, status");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            long agreement = toLong(String.valueOf(row[0]));
            Positions p = result.computeIfAbsent(agreement, a -> new Positions(new HashMap<>(),
                    new EnumMap<>(Instrument.class)));
            fold(List.<Object[]>of(new Object[]{row[1], row[3], row[4]}), Ledger::toLong)
                    .forEach((k, v) -> p.byTranche().merge(k, v, Engaged::plus));
            fold(List.<Object[]>of(new Object[]{row[2], row[3], row[4]}), Instrument::valueOf)
                    .forEach((k, v) -> p.byInstrument().merge(k, v, Engaged::plus));
        }
        return result;
    }

    /** What one agreement's disbursements engage, per tranche and per instrument. */
    public record Positions(Map<Long, Engaged> byTranche, Map<Instrument, Engaged> byInstrument) {

        public static final Positions NONE = new Positions(Map.of(), Map.of());
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
            Engaged add = switch (String.valueOf(row[1])) {
                case "PAID" -> new Engaged(sum, Money.ZERO, Money.ZERO);
                case "APPROVED" -> new Engaged(Money.ZERO, sum, Money.ZERO);
                case "PENDING" -> new Engaged(Money.ZERO, Money.ZERO, sum);
                default -> Engaged.NONE;
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

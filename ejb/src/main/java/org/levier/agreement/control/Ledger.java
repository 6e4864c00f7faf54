package org.levier.agreement.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.levier.agreement.entity.Engaged;
import org.levier.portfolio.control.Engagements;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * The agreement's ledger: what its disbursements engage, by database sums (never by loading the disbursements): per instrument
 * and per tranche, paid / approved / pending. Read under the agreement's lock by the money use cases, so the sums
 * are those every later request of the agreement will see (READ COMMITTED: each statement reads the latest commit).
 *
 * <p>The sums are the portfolio read model's ({@link Engagements}: the disbursement and recovery tables, by their
 * columns, status names as stored), run in the caller's transaction: the disbursement and recovery components depend
 * on the agreement, never the other way round, so this component cannot ask them.
 */
@Stateless
@PermitAll
public class Ledger {

    @Inject
    Engagements engagements;

    public Map<Instrument, Engaged> byInstrument(long agreementId) {
        Map<Instrument, Engaged> result = new EnumMap<>(Instrument.class);
        fold(engagements.byInstrument(agreementId), Instrument::valueOf).forEach(result::put);
        return result;
    }

    public Map<Long, Engaged> byTranche(long agreementId) {
        return new HashMap<>(fold(engagements.byTranche(agreementId), Ledger::toLong));
    }

    public Engaged onInstrument(long agreementId, Instrument instrument) {
        return byInstrument(agreementId).getOrDefault(instrument, Engaged.NONE);
    }

    public Engaged onTranche(long agreementId, long trancheId) {
        return byTranche(agreementId).getOrDefault(trancheId, Engaged.NONE);
    }

    /** What came back on the agreement's recovery orders (the receipts recorded). */
    public Money recovered(long agreementId) {
        return Money.eur(new BigDecimal(engagements.recovered(agreementId).toString()));
    }

    /** Whether any disbursement of the agreement was paid (the first payment starts the execution). */
    public boolean anyPaid(long agreementId) {
        return engagements.paid(agreementId) > 0;
    }

    /** Whether any disbursement of the agreement is not cancelled (pending, approved or paid): money depends on it. */
    public boolean anyLive(long agreementId) {
        return engagements.live(agreementId) > 0;
    }

    /** Per agreement of {@code agreementIds}: engaged per tranche and per instrument, in one grouped query. */
    public Map<Long, Positions> positions(java.util.Collection<Long> agreementIds) {
        Map<Long, Positions> result = new HashMap<>();
        if (agreementIds == null || agreementIds.isEmpty()) {
            return result;
        }
        for (Object[] row : engagements.positions(new java.util.HashSet<>(agreementIds))) {
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

package org.levier.agreement.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.levier.agreement.entity.Engaged;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.junit.jupiter.api.Test;

class LedgerTest {

    @Test
    void sumsPerStatusFoldIntoPaidApprovedAndPending() {
        List<Object[]> rows = List.of(
                new Object[]{"GRANT", "PAID", new BigDecimal("100.00")},
                new Object[]{"GRANT", "APPROVED", new BigDecimal("20.50")},
                new Object[]{"GRANT", "PENDING", 3L},
                new Object[]{"EQUITY", "PENDING", new BigDecimal("7.00")});
        Map<Instrument, Engaged> folded = Ledger.fold(rows, Instrument::valueOf);
        assertThat(folded.get(Instrument.GRANT)).isEqualTo(new Engaged(Money.eur("100.00"), Money.eur("20.50"),
                Money.eur("3.00")));
        assertThat(folded.get(Instrument.GRANT).total()).isEqualTo(Money.eur("123.50"));
        assertThat(folded.get(Instrument.EQUITY).pending()).isEqualTo(Money.eur("7.00"));
        assertThat(folded).doesNotContainKey(Instrument.REPAYABLE_ADVANCE);
    }
}

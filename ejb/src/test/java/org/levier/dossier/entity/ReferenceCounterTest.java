package org.levier.dossier.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.levier.dossier.control.ReferenceAllocator;

class ReferenceCounterTest {

    @Test
    void referencesAreConsecutiveFromOneOnFourDigits() {
        ReferenceCounter counter = new ReferenceCounter("TI-DK", 2026);
        assertThat(counter.next()).isEqualTo("TI-DK-2026-0001");
        assertThat(counter.next()).isEqualTo("TI-DK-2026-0002");
        assertThat(counter.getLastNumber()).isEqualTo(2);
    }

    @Test
    void theSequenceOutgrowsFourDigitsRatherThanWrapping() {
        assertThat(ReferenceCounter.format("TI-DK", 2026, 9999)).isEqualTo("TI-DK-2026-9999");
        assertThat(ReferenceCounter.format("TI-DK", 2026, 10000)).isEqualTo("TI-DK-2026-10000");
        assertThat(ReferenceCounter.format("ABCDEFGHIJKLMNOPQRST", 2026, 10000)).hasSizeLessThanOrEqualTo(40);
        assertThatThrownBy(() -> ReferenceCounter.format("TI-DK", 2026, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theYearIsTheSubmissionsYearInParis() {
        assertThat(ReferenceAllocator.yearOf(Instant.parse("2026-12-31T22:59:59Z"))).isEqualTo(2026);
        assertThat(ReferenceAllocator.yearOf(Instant.parse("2026-12-31T23:00:00Z"))).isEqualTo(2027);
    }
}

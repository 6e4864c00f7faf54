package org.levier.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorageLimitTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void keepsTheConfiguredLimitWhenThePacketCarriesTwiceIt() {
        assertThat(StorageLimit.capped(20 * MIB, 64 * MIB)).isEqualTo(20 * MIB);
    }

    @Test
    void capsAtHalfThePacketLessRoomForTheStatement() {
        assertThat(StorageLimit.capped(20 * MIB, 16 * MIB)).isEqualTo((16 * MIB - 64 * 1024) / 2);
    }
}

package org.levier.document.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedReadTest {

    @Test
    void readsUpToTheLimitExactly() {
        assertThat(BoundedRead.atMost(new ByteArrayInputStream(new byte[1000]), 1000)).hasSize(1000);
    }

    @Test
    void stopsOneByteAfterTheLimitWithoutReadingTheRest() {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                served[0] += len;
                return len;
            }
        };
        assertThatThrownBy(() -> BoundedRead.atMost(endless, 100_000)).isInstanceOf(ContentTooLarge.class);
        assertThat(served[0]).isLessThanOrEqualTo(100_001);
    }
}

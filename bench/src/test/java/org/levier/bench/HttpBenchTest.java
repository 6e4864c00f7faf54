package org.levier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The HTTP benchmark's own logic: percentiles, and reading answers off the wire (lengths, chunks, closes). */
class HttpBenchTest {

    @Test
    void percentilesAreNearestRank() {
        long[] hundred = new long[100];
        for (int i = 0; i < hundred.length; i++) {
            hundred[i] = i + 1;
        }
        assertThat(HttpBench.percentile(hundred, 50)).isEqualTo(50);
        assertThat(HttpBench.percentile(hundred, 99)).isEqualTo(99);
        assertThat(HttpBench.percentile(hundred, 100)).isEqualTo(100);
        assertThat(HttpBench.percentile(new long[] {7, 9, 30}, 50)).isEqualTo(9);
        assertThat(HttpBench.percentile(new long[] {7, 9, 30}, 99)).isEqualTo(30);
        assertThat(HttpBench.percentile(new long[] {5}, 1)).isEqualTo(5);
        assertThat(HttpBench.percentile(new long[0], 50)).isZero();
    }

    @Test
    void readsAnAnswerByItsLengthAndLeavesTheNextOneInPlace() throws IOException {
        InputStream wire = wire("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 15\r\n\r\n"
                + "{\"status\":\"UP\"}"
                + "HTTP/1.1 401 Unauthorized\r\ncontent-length: 2\r\nConnection: close\r\n\r\n{}");
        assertThat(HttpConnection.readResponse(wire)).isEqualTo(new HttpConnection.Response(200, 15, false));
        assertThat(HttpConnection.readResponse(wire)).isEqualTo(new HttpConnection.Response(401, 2, true));
        assertThat(wire.read()).isEqualTo(-1);
    }

    @Test
    void readsAChunkedAnswer() throws IOException {
        InputStream wire = wire("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "a;ext=1\r\n0123456789\r\n5\r\nabcde\r\n0\r\nX-Trailer: t\r\n\r\n"
                + "HTTP/1.1 204 No Content\r\n\r\n");
        assertThat(HttpConnection.readResponse(wire)).isEqualTo(new HttpConnection.Response(200, 15, false));
        assertThat(HttpConnection.readResponse(wire)).isEqualTo(new HttpConnection.Response(204, 0, false));
    }

    @Test
    void anAnswerCutShortIsAnError() {
        assertThatThrownBy(() -> HttpConnection.readResponse(
                wire("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort"))).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> HttpConnection.readResponse(wire("garbage\r\n\r\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("not an HTTP");
    }

    private static InputStream wire(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}

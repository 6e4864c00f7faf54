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

    @Test
    void readsAProcessCpuTimeFromItsStatLine() {
        // pid (comm with a space and a parenthesis) state ppid … utime=250 stime=50 ticks (fields 14 and 15).
        String line = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 60 0 1000 0 0";
        assertThat(ServerCpu.parse(line)).isEqualTo(3e9);
        assertThat(ServerCpu.of("").nanos()).isNaN();
        assertThat(ServerCpu.of("999999999").nanos()).isNaN();
    }

    @Test
    void theTableSetsEachEndpointsCpuAgainstTheEmptyOnes() {
        HttpBench.Endpoint bare = new HttpBench.Endpoint("empty", "/ping", false, 0);
        HttpBench.Endpoint list = new HttpBench.Endpoint("list", "/list", true, 0.5);
        String table = HttpBench.table(java.util.List.of(
                new HttpBench.Measure(bare, 1000, 0, 1, new long[] {1}, 0, null, 500),
                new HttpBench.Measure(list, 300, 0, 1, new long[] {1}, 0, null, 600),
                new HttpBench.Measure(bare, 1000, 0, 1, new long[] {1}, 0, null, 300)), 32);
        // Empty: 0.4 ms per request on average; the list 2 ms: a CPU ratio of 20 %, a throughput ratio of 30 %.
        assertThat(table).contains("CPU per request, 0.400 ms")
                .contains("| list | `/list` | 300.0 | 0.00 | 0.00 | 2.000 | 30 % | 20 % | ≥ 50 % | NOT met |");
    }

    private static InputStream wire(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}

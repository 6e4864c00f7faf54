package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesWhatNeedsItAndDefusesFormulas() {
        byte[] csv = new CsvWriter().row(List.of("seq", "summary")).row(Arrays.asList(1L, "Déposé, \"urgent\"\nsuite"))
                .row(Arrays.asList(-2L, "=HYPERLINK(\"x\")")).row(Arrays.asList(null, "1 500,00 €")).bytes();

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "seq,summary\r\n1,\"Déposé, \"\"urgent\"\"\nsuite\"\r\n-2,\"'=HYPERLINK(\"\"x\"\")\"\r\n,\"1 500,00 €\"\r\n");
    }
}

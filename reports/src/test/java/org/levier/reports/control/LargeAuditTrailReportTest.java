package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.levier.reports.ReportType;

/**
 * A 100,000-event audit-trail extract filled through the streaming row source and the swap-file virtualizer, in a
 * JVM of its own limited to {@code -Xmx256m} (surefire execution {@code large-report}, reports/pom.xml): the fill
 * never holds the rows nor the filled pages at once, or this JVM would run out of memory. The heap peak is also
 * checked against 256 MiB (the bound the JVM enforces) and the row source against its page size.
 *
 * <p>Layout (audit-trail.jrxml, A4 landscape, 24 pt margins): 547 pt of page, less the 48 pt page header and the 18 pt
 * footer, leaves 481 pt. Page 1 holds the chain-result header (44) and the column header (16): (481 − 60) / 14 =
 * 30 rows; every other page repeats the column header: (481 − 16) / 14 = 33 rows. 100,000 = 30 + 33 × 3029 + 13:
 * 3031 pages, the last with 13 rows and the 22 pt summary line.
 */
class LargeAuditTrailReportTest {

    static final int EVENTS = 100_000;
    static final int PAGE = 500;

    @Test
    void hundredThousandEventsFillThroughTheVirtualizerInBoundedMemory() throws IOException {
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx256m").isLessThanOrEqualTo(256L << 20);
        ReportHeader header = new ReportHeader("DK-TEST", "Fonds Énergie Dunkerque", null, null,
                Instant.parse("2026-11-28T18:30:00Z"), "auditor@levier.example");
        List<Integer> pageSizes = new ArrayList<>();
        List<Integer> progress = new ArrayList<>();
        AuditRowSource rows = new AuditRowSource(after -> {
            List<AuditRow> page = new ArrayList<>();
            for (long seq = after + 1; seq <= Math.min(EVENTS, after + PAGE); seq++) {
                page.add(new AuditRow(seq, "28/11/2026 19:30:00", "analyst@levier.example", "dossier.moved",
                        "Dossier #" + seq, "Déposé → Instruction", "ab12cd34ef56"));
            }
            pageSizes.add(page.size());
            return page;
        }, EVENTS, progress::add);

        byte[] pdf = new ReportRenderer().pdf(ReportType.AUDIT_TRAIL, Locale.ENGLISH, header,
                Map.of("CHAIN_RESULT", "Chain intact: 100000 events verified", "CHAIN_VALID", true), rows, true);

        assertThat(rows.read()).isEqualTo(EVENTS);
        assertThat(pageSizes).hasSize(EVENTS / PAGE + 1).allMatch(size -> size <= PAGE);
        assertThat(progress).startsWith(0).endsWith(100).isSorted();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3031);
            String first = text(document, 1);
            String last = text(document, 3031);
            assertThat(first).contains("Audit trail extract", "Chain intact: 100000 events verified",
                    "page 1 of 3031", "Dossier #1 ", "Dossier #30 ").doesNotContain("Dossier #31 ");
            assertThat(last).contains("Dossier #99988 ", "Dossier #100000 ", "Events in this extract: 100000",
                    "page 3031 of 3031").doesNotContain("Dossier #99987 ");
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        assertThat(peak).as("heap peak").isLessThan(256L << 20);
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " ") + " ";
    }
}

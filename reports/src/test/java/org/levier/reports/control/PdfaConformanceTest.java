package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.Test;
import org.levier.reports.ReportType;

/**
 * Every report is PDF/A-1a: the XMP metadata identifies it (pdfaid:part 1, conformance A), it carries an sRGB output
 * intent with its ICC profile, it is tagged (a structure tree, marked) and every font it uses is embedded.
 */
class PdfaConformanceTest {

    private final ReportRenderer renderer = new ReportRenderer();
    private final ReportHeader header = new ReportHeader("DK-TEST", "Fonds Énergie Dunkerque", LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), Instant.parse("2026-11-28T18:30:00Z"), "auditor@levier.example");

    @Test
    void auditTrailExtractIsPdfA1aWithEveryFontEmbedded() throws IOException {
        List<AuditRow> rows = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            rows.add(new AuditRow(i, "28/11/2026 19:30:00", "analyst@levier.example", "dossier.moved",
                    "Dossier #" + i, "Déposé → Instruction, montant 1 500,00 €", "ab12cd34ef56"));
        }
        byte[] pdf = renderer.pdf(ReportType.AUDIT_TRAIL, Locale.FRENCH, header,
                Map.of("CHAIN_RESULT", "Chaîne intègre : 80 événements vérifiés", "CHAIN_VALID", true), rows);

        assertPdfA1a(pdf, 3);
    }

    @Test
    void dossierSummaryIsPdfA1aWithEveryFontEmbedded() throws IOException {
        DossierSheet sheet = new DossierSheet("TI-DK-2026-001", "Électrolyseur du môle", "Hydrogène du Nord",
                "1.1 – Énergie", "Déposé", "1/1/2026 – 31/12/2027", "Résumé « avec accents »",
                List.of(new DossierSheet.Line("Subvention", null, null, new java.math.BigDecimal("100000.00"))),
                List.of(), List.of(), List.of(), List.of());
        byte[] pdf = renderer.pdf(ReportType.DOSSIER_SUMMARY, Locale.ENGLISH, header, Map.of(), List.of(sheet));

        assertPdfA1a(pdf, 1);
    }

    private static void assertPdfA1a(byte[] pdf, int minimumFonts) throws IOException {
        assertThat(new String(pdf, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            assertThat(metadata).as("XMP metadata stream").isNotNull();
            String xmp;
            try (InputStream in = metadata.exportXMPMetadata()) {
                xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(xmp).contains("http://www.aiim.org/pdfa/ns/id/");
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")1");
            assertThat(xmp).containsPattern("pdfaid:conformance(>|=\")A");

            List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.getFirst().getCOSObject().getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
            assertThat(intents.getFirst().getDestOutputIntent()).as("embedded ICC profile").isNotNull();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();

            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    PDFontDescriptor descriptor = font instanceof PDType0Font type0
                            ? type0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
                    assertThat(descriptor.getFontFile2() != null || descriptor.getFontFile() != null
                            || descriptor.getFontFile3() != null).as(font.getName() + " font file").isTrue();
                }
            }
            assertThat(fonts).as("fonts used").isNotEmpty().allMatch(f -> f.contains("DejaVu"));
            assertThat(fonts.stream().distinct().count()).isGreaterThanOrEqualTo(minimumFonts);
        }
    }
}

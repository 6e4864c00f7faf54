package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.levier.reports.ReportType;

/**
 * Every report type, in French and in English, passes veraPDF (the reference PDF/A validator) for the flavour it
 * declares: PDF/A-1a (tagged) for every report, PDF/A-1b for a large extract filled through the virtualizer (the
 * report jobs'). A failure lists veraPDF's failed clauses. The validator is shown to reject what it must: the same
 * report rewritten with cross-reference streams (what full compression produced before) or without its output intent.
 */
class PdfaValidationTest {

    static Stream<Arguments> reports() {
        return Stream.of(ReportType.values()).flatMap(type -> Stream.of(Arguments.of(type, Locale.FRENCH),
                Arguments.of(type, Locale.ENGLISH)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("reports")
    void everyReportIsPdfA1aForVeraPdf(ReportType type, Locale locale) {
        VeraPdf.Outcome outcome = VeraPdf.validate(ReportSamples.pdf(type, locale));

        assertThat(outcome.flavour()).as("declared flavour").isEqualTo("1a");
        assertThat(outcome.failedRules()).as(type.apiName() + " " + locale + ": " + outcome).isEmpty();
        assertThat(outcome.compliant()).as(outcome.toString()).isTrue();
    }

    @Test
    void aLargeVirtualizedExtractIsPdfA1bForVeraPdf() {
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            // 2,000 events: about 60 pages, more than the virtualizer keeps in memory (50).
            byte[] pdf = ReportSamples.virtualizedAuditTrail(locale, 2_000);
            VeraPdf.Outcome outcome = VeraPdf.validate(pdf);

            assertThat(outcome.flavour()).as("declared flavour").isEqualTo("1b");
            assertThat(outcome.failedRules()).as(locale + ": " + outcome).isEmpty();
            assertThat(outcome.compliant()).isTrue();
        }
    }

    @Test
    void theValidatorRejectsCrossReferenceStreams() throws IOException {
        byte[] pdf = ReportSamples.pdf(ReportType.AGREEMENT, Locale.FRENCH);
        byte[] rewritten;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.DEFAULT_COMPRESSION); // object and cross-reference streams
            rewritten = out.toByteArray();
        }

        VeraPdf.Outcome outcome = VeraPdf.validate(rewritten);

        assertThat(outcome.compliant()).isFalse();
        assertThat(outcome.failedRules()).containsKey("6.1.4-3");
    }

    @Test
    void theValidatorRejectsAReportWithoutOutputIntent() throws IOException {
        byte[] pdf = ReportSamples.pdf(ReportType.PORTFOLIO, Locale.ENGLISH);
        byte[] stripped;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getDocumentCatalog().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.OUTPUT_INTENTS);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            stripped = out.toByteArray();
        }

        VeraPdf.Outcome outcome = VeraPdf.validate(stripped);

        assertThat(outcome.compliant()).isFalse();
        assertThat(outcome.failedRules().keySet()).as(outcome.toString()).anyMatch(rule -> rule.startsWith("6.2."))
                .noneMatch(rule -> rule.startsWith("6.1.4"));
    }

    @Test
    void contentStreamsStayCompressedWithoutCrossReferenceStreams() {
        String pdf = new String(ReportSamples.pdf(ReportType.AUDIT_TRAIL, Locale.FRENCH), StandardCharsets.ISO_8859_1);

        assertThat(pdf).contains("/FlateDecode").contains("\nxref").doesNotContain("/Type/XRef")
                .doesNotContain("/Type /XRef");
    }
}

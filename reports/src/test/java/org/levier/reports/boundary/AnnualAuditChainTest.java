package org.levier.reports.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.levier.audit.control.ChainVerifier;
import org.levier.reports.ReportType;
import org.levier.reports.control.ReportRenderer;

/** The annual report's audit chain line, in both languages: intact, or broken at the first event that fails. */
class AnnualAuditChainTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr|Chaîne d’audit vérifiée de son premier événement à sa tête à la production du rapport :"
                    + " 12 345 événements, intacte."
                    + "|Chaîne d’audit vérifiée à la production du rapport : ROMPUE à l’événement n° 1 207"
                    + " (12 345 événements).",
            "en|Audit chain verified from its first event to its head when the report was produced:"
                    + " 12,345 events, intact."
                    + "|Audit chain verified when the report was produced: BROKEN at event no. 1,207 (12,345 events)."})
    void intactOrBrokenAtItsFirstBrokenEvent(String language, String intact, String broken) {
        ReportCall call = new ReportCall(new ReportRequest(ReportType.ANNUAL, ReportType.Format.PDF, "TI-DK", null,
                null, null, Locale.of(language), null), null, "auditor@levier.example", Set.of("auditor"),
                Instant.parse("2026-12-06T10:00:00Z"), ReportRenderer.bundle(Locale.of(language)));

        String valid = AnnualSectionsSource.auditChain(call, new ChainVerifier.Result(true, 12345, null));
        String rompu = AnnualSectionsSource.auditChain(call, new ChainVerifier.Result(false, 12345, 1207L));

        assertThat(valid.replace('\u202F', ' ').replace('\u00A0', ' ')).isEqualTo(intact);
        assertThat(rompu.replace('\u202F', ' ').replace('\u00A0', ' ')).startsWith(broken)
                .doesNotContain("intact");
    }
}

package org.levier.reports.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.levier.reports.ReportType;

/**
 * Every report type filled with the hand-made sample data of its own test, in French or English: what the PDF/A
 * validation renders without a container.
 */
final class ReportSamples {

    private static final ReportRenderer RENDERER = new ReportRenderer();
    private static final ReportHeader HEADER = new ReportHeader("DK-TEST", "Fonds Énergie Dunkerque",
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Instant.parse("2026-11-28T18:30:00Z"),
            "auditor@levier.example");

    private ReportSamples() {
    }

    /** The PDF of {@code type} in {@code locale} filled with sample data. */
    static byte[] pdf(ReportType type, Locale locale) {
        boolean english = Locale.ENGLISH.equals(locale);
        Map<String, Object> target = Map.of(TargetLineCustomizer.TARGET, ProgrammeSheets.TARGET);
        return switch (type) {
            case DOSSIER_SUMMARY -> RENDERER.pdf(type, locale, HEADER, Map.of(),
                    List.of(DossierSummaryReportTest.sheet()));
            case DUE_DILIGENCE -> RENDERER.pdf(type, locale, HEADER, Map.of(),
                    List.of(DueDiligenceReportTest.sheet(!english)));
            case COMMITTEE_MINUTES -> RENDERER.pdf(type, locale, HEADER,
                    CommitteeMinutesReportTest.session("Séance — Comité de décembre", "5 décembre 2026", "Close",
                            "2 membres présents sur 3"), CommitteeMinutesReportTest.agenda());
            case AGREEMENT -> RENDERER.pdf(type, locale, HEADER, Map.of(), List.of(AgreementReportTest.sheet()));
            case DISBURSEMENT_STATEMENT -> RENDERER.pdf(type, locale, HEADER,
                    DisbursementStatementReportTest.parameters("Convention signée le 01/12/2026",
                            DisbursementStatementReportTest.payments("Subvention")),
                    DisbursementStatementReportTest.lines("Subvention", "Avance remboursable", "Sous-total", "Total"));
            case PORTFOLIO -> RENDERER.pdf(type, locale, HEADER, target, List.of(ProgrammeSheets.portfolio()));
            case LEVERAGE -> RENDERER.pdf(type, locale, HEADER, target, List.of(ProgrammeSheets.leverage()));
            case IMPACT -> RENDERER.pdf(type, locale, HEADER, Map.of("RULE", english ? "Rule" : "Règle de calcul"),
                    ImpactReportTest.rows("Programme", "Axe 3 — Santé"));
            case AUDIT_TRAIL -> RENDERER.pdf(type, locale, HEADER, auditParameters(english),
                    AuditTrailReportTest.events(80));
            case ANNUAL -> RENDERER.pdf(type, locale, HEADER, target,
                    List.of(new AnnualSheet(ProgrammeSheets.portfolio(), ProgrammeSheets.leverage(),
                            List.of(new AnnualSheet.Indicator("CO2 évité", "t/an", new BigDecimal("1200"),
                                    new BigDecimal("850.5"))), ProgrammeSheets.fourFlows(),
                            "Période précédente : du 1 janvier 2025 au 31 décembre 2025.",
                            ProgrammeSheets.sections(40))));
        };
    }

    /** A large audit-trail extract as the report jobs produce it: streamed rows through the swap-file virtualizer. */
    static byte[] virtualizedAuditTrail(Locale locale, int events) {
        AuditRowSource rows = new AuditRowSource(after -> AuditTrailReportTest.events(events).stream()
                .filter(row -> row.getSeq() > after).limit(100).toList(), events, percent -> { });
        return RENDERER.pdf(ReportType.AUDIT_TRAIL, locale, HEADER, auditParameters(Locale.ENGLISH.equals(locale)),
                rows, true);
    }

    private static Map<String, Object> auditParameters(boolean english) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("CHAIN_RESULT", english ? "Chain intact: 80 events verified"
                : "Chaîne intègre : 80 événements vérifiés");
        parameters.put("CHAIN_VALID", true);
        return parameters;
    }
}

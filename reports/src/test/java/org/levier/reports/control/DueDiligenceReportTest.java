package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.levier.reports.ReportType;

class DueDiligenceReportTest {

    private final ReportRenderer renderer = new ReportRenderer();
    private final ReportHeader header = new ReportHeader("DK-TEST", "Fonds Énergie Dunkerque", null, null,
            Instant.parse("2026-11-28T18:30:00Z"), "member1@levier.example");

    static DueDiligenceSheet sheet(boolean french) {
        return new DueDiligenceSheet("DK-2026-0007", "Électrolyseur pilote du port", "Société Hydrogène Côte d’Opale",
                french ? "En comité" : "In committee",
                List.of(new DueDiligenceSheet.Check("Juridique", "Statuts et pouvoirs du signataire", "Satisfait", null),
                        new DueDiligenceSheet.Check("Juridique", "Aucun contentieux", "Dérogation",
                                "Justification : procédure close en 2024"),
                        new DueDiligenceSheet.Check("Financier", "États financiers analysés", "Problème",
                                "Commentaire : fonds propres faibles")),
                List.of(new DueDiligenceSheet.Entry("Risque financier", null, "3 / 5"),
                        new DueDiligenceSheet.Entry("Risque technique", null, "2 / 5")),
                "3 / 5",
                List.of(new DueDiligenceSheet.Amount("Équipements", "Électrolyseur", "Éligible",
                                new BigDecimal("60000.00"), true),
                        new DueDiligenceSheet.Amount("Autre", "Réception", "Inéligible", new BigDecimal("1500.25"),
                                false)),
                List.of(new DueDiligenceSheet.Entry("Attestation URSSAF", "échéance 15/12/2026",
                        "Ouverte — en retard")),
                french ? "Accorder" : "Approve",
                List.of(new DueDiligenceSheet.Amount("Subvention", null, null, new BigDecimal("40000.00"), true),
                        new DueDiligenceSheet.Amount("Avance remboursable", null, null, new BigDecimal("10000.50"),
                                true)),
                "• Permis de construire obtenu", "Projet solide", "analyst@levier.example, le 20/11/2026",
                french ? "Approuvée" : "Approved", "D’accord", "director2@levier.example, le 21/11/2026");
    }

    private PdfText render(Locale locale) {
        return PdfText.of(renderer.pdf(ReportType.DUE_DILIGENCE, locale, header, Map.of(),
                List.of(sheet(locale == Locale.FRENCH))));
    }

    @Test
    void frenchReportShowsChecklistWaiverRisksEligibilityRequestsRecommendationAndReview() {
        PdfText text = render(Locale.FRENCH);

        assertThat(text.pages).isEqualTo(1);
        assertThat(text.text)
                .contains("Rapport d’instruction", "Programme DK-TEST — Fonds Énergie Dunkerque",
                        "Situation au 28 novembre 2026", "DK-2026-0007 — Électrolyseur pilote du port")
                .contains("Liste de contrôle", "Juridique Statuts et pouvoirs du signataire Satisfait",
                        "Aucun contentieux Dérogation Justification : procédure close en 2024",
                        "Financier États financiers analysés Problème Commentaire : fonds propres faibles")
                .contains("Notation des risques (1 faible – 5 élevé)", "Risque financier 3 / 5",
                        "Note globale de risque 3 / 5")
                .contains("Éligibilité des dépenses", "Équipements Électrolyseur Éligible 60 000,00 €",
                        "Autre Réception Inéligible 1 500,25 €", "Total 61 500,25 €", "Coût éligible 60 000,00 €")
                .contains("Demandes de pièces", "Attestation URSSAF échéance 15/12/2026 Ouverte — en retard")
                .contains("Recommandation de l’analyste", "Avis Accorder", "Subvention 40 000,00 €",
                        "Avance remboursable 10 000,50 €", "Total 50 000,50 €", "• Permis de construire obtenu",
                        "Motivation Projet solide", "analyst@levier.example, le 20/11/2026")
                .contains("Seconde revue (quatre yeux)", "Avis Approuvée", "D’accord",
                        "director2@levier.example, le 21/11/2026")
                .contains("page 1 sur 1");
    }

    @Test
    void englishReportUsesEnglishLabelsAndNumbers() {
        PdfText text = render(Locale.ENGLISH);

        assertThat(text.text)
                .contains("Due-diligence report", "As of 28 Nov 2026", "member1@levier.example")
                .contains("Checklist", "Risk ratings (1 low – 5 high)", "Overall risk score 3 / 5")
                .contains("Eligibility of the budget lines", "Total 61,500.25 €", "Eligible cost 60,000.00 €")
                .contains("Document requests", "Analyst’s recommendation", "Outcome Approve", "Total 50,000.50 €")
                .contains("Second review (four eyes)", "Outcome Approved")
                .contains("page 1 of 1")
                .doesNotContain("Liste de contrôle");
    }

    @Test
    void aFileNotYetStartedSaysNoneAndNotYet() {
        DueDiligenceSheet empty = new DueDiligenceSheet("DK-2026-0008", "Vide", "Org", "Submitted", List.of(),
                List.of(new DueDiligenceSheet.Entry("Financial risk", null, "not rated")), "not rated", List.of(),
                List.of(), "(not yet)", List.of(), null, null, null, "(not yet)", null, null);
        PdfText text = PdfText.of(renderer.pdf(ReportType.DUE_DILIGENCE, Locale.ENGLISH, header, Map.of(),
                List.of(empty)));

        assertThat(text.text).contains("Checklist None", "Financial risk not rated", "Eligible cost 0.00 €",
                "Document requests None", "Outcome (not yet)", "page 1 of 1");
    }
}

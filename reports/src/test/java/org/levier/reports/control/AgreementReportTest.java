package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.levier.reports.ReportType;

class AgreementReportTest {

    private final ReportRenderer renderer = new ReportRenderer();
    private final ReportHeader header = new ReportHeader("DK-TEST", "Fonds Énergie Dunkerque", null, null,
            Instant.parse("2026-11-28T18:30:00Z"), "applicant1@levier.example");

    static AgreementSheet sheet() {
        return new AgreementSheet("DK-2026-0007", "Électrolyseur pilote du port",
                "Fonds Énergie Dunkerque (DK-TEST)", "Société Hydrogène Côte d’Opale", "73282932000074",
                "01/12/2026", "director1@levier.example", "Modifiée par l’avenant n° 1",
                List.of(new AgreementSheet.Commitment("Subvention", new BigDecimal("40000.00"),
                                new BigDecimal("36000.00")),
                        new AgreementSheet.Commitment("Avance remboursable", new BigDecimal("10000.50"),
                                new BigDecimal("10000.50")),
                        new AgreementSheet.Commitment("Prise de participation", new BigDecimal("0.00"),
                                new BigDecimal("0.00"))),
                List.of(new AgreementSheet.Tranche("1", "Subvention", "Commande de l’électrolyseur", "01/03/2027",
                                new BigDecimal("20000.00"), new BigDecimal("20000.00"), new BigDecimal("0.00"),
                                "Versée"),
                        new AgreementSheet.Tranche("2", "Subvention", "Mise en service", "30/06/2027",
                                new BigDecimal("16000.00"), new BigDecimal("5000.00"), new BigDecimal("11000.00"),
                                "Partiellement versée"),
                        new AgreementSheet.Tranche("3", "Avance remboursable", "Fin du projet", "31/12/2028",
                                new BigDecimal("10000.50"), new BigDecimal("0.00"), new BigDecimal("10000.50"),
                                "À verser")),
                List.of(new AgreementSheet.Note("Permis de construire obtenu", null, "Levée le 15/12/2026"),
                        new AgreementSheet.Note("Assurance souscrite", null, "Non levée")),
                List.of(new AgreementSheet.Note("Avenant n° 1 du 20/01/2027", "Coût des travaux révisé",
                        "Engagement après avenant : Subvention 36 000,00 € · Avance remboursable 10 000,50 €")));
    }

    @Test
    void frenchAgreementShowsPartiesCommitmentTranchesConditionsAndAmendments() {
        PdfText text = PdfText.of(renderer.pdf(ReportType.AGREEMENT, Locale.FRENCH, header, Map.of(),
                List.of(sheet())));

        assertThat(text.pages).isEqualTo(1);
        assertThat(text.text)
                .contains("Convention de financement", "Programme DK-TEST — Fonds Énergie Dunkerque",
                        "Situation au 28 novembre 2026", "DK-2026-0007 — Électrolyseur pilote du port")
                .contains("Parties", "Le fonds Fonds Énergie Dunkerque (DK-TEST)",
                        "Le bénéficiaire Société Hydrogène Côte d’Opale", "Immatriculation 73282932000074",
                        "Signée le 01/12/2026", "Signée par director1@levier.example",
                        "Version Modifiée par l’avenant n° 1")
                .contains("Engagement par instrument", "Subvention 40 000,00 € 36 000,00 €",
                        "Avance remboursable 10 000,50 € 10 000,50 €", "Total 50 000,50 € 46 000,50 €")
                .contains("Échéancier des tranches",
                        "1 Subvention Commande de l’électrolyseur 01/03/2027 20 000,00 € 20 000,00 € 0,00 € Versée",
                        "2 Subvention Mise en service 30/06/2027 16 000,00 € 5 000,00 € 11 000,00 € Partiellement",
                        "3 Avance remboursable Fin du projet 31/12/2028 10 000,50 € 0,00 € 10 000,50 € À verser",
                        "Total 46 000,50 € 25 000,00 € 21 000,50 €")
                .contains("Conditions suspensives", "Permis de construire obtenu Levée le 15/12/2026",
                        "Assurance souscrite Non levée")
                .contains("Avenants", "Avenant n° 1 du 20/01/2027", "Coût des travaux révisé",
                        "Engagement après avenant : Subvention 36 000,00 € · Avance remboursable 10 000,50 €")
                .contains("page 1 sur 1");
    }

    @Test
    void englishAgreementUsesEnglishLabelsAndNumbers() {
        PdfText text = PdfText.of(renderer.pdf(ReportType.AGREEMENT, Locale.ENGLISH, header, Map.of(),
                List.of(sheet())));

        assertThat(text.text)
                .contains("Funding agreement", "As of 28 Nov 2026", "The fund", "The beneficiary")
                .contains("Commitment per instrument", "Approved by the committee", "Committed",
                        "Total 50,000.50 € 46,000.50 €")
                .contains("Tranche schedule", "Milestone", "Planned date", "Left to pay",
                        "Total 46,000.50 € 25,000.00 € 21,000.50 €")
                .contains("Conditions precedent", "Amendments", "page 1 of 1")
                .doesNotContain("Échéancier");
    }

    @Test
    void anAgreementWithoutConditionsOrAmendmentsSaysNone() {
        AgreementSheet plain = new AgreementSheet("DK-2026-0010", "Simple", "Fund (DK-TEST)", "Org", null,
                "12/1/26", "director1@levier.example", "Original agreement",
                List.of(new AgreementSheet.Commitment("Grant", new BigDecimal("1000.00"), new BigDecimal("1000.00"))),
                List.of(new AgreementSheet.Tranche("1", "Grant", "Start", "3/1/27", new BigDecimal("1000.00"),
                        new BigDecimal("0.00"), new BigDecimal("1000.00"), "To be paid")),
                List.of(), List.of());
        PdfText text = PdfText.of(renderer.pdf(ReportType.AGREEMENT, Locale.ENGLISH, header, Map.of(),
                List.of(plain)));

        assertThat(text.text).contains("Version Original agreement", "Conditions precedent None",
                "Amendments None", "Total 1,000.00 € 0.00 € 1,000.00 €");
    }
}

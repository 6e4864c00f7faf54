package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.levier.reports.ReportType;

class CommitteeMinutesReportTest {

    private final ReportRenderer renderer = new ReportRenderer();
    private final ReportHeader header = new ReportHeader("DK-TEST", "Fonds Énergie Dunkerque", null,
            LocalDate.of(2026, 12, 5), Instant.parse("2026-12-05T16:00:00Z"), "director1@levier.example");

    static Map<String, Object> session(String title, String date, String status, String attendance) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("SESSION_TITLE", title);
        parameters.put("SESSION_DATE", date);
        parameters.put("SESSION_STATUS", status);
        parameters.put("ATTENDANCE", attendance);
        parameters.put("MEMBERS", List.of(new CommitteeMinutes.Member("Marie Membre (member1@levier.example)",
                        "Présent"),
                new CommitteeMinutes.Member("Marc Membre (member2@levier.example)", "Présent"),
                new CommitteeMinutes.Member("member3@levier.example", "Absent")));
        return parameters;
    }

    static List<CommitteeMinutes.Item> agenda() {
        return List.of(
                new CommitteeMinutes.Item("1. DK-2026-0007 — Électrolyseur pilote du port", "Aucun",
                        "2 présents sur 3 éligibles (requis : 2) — atteint", "Pour 2 · Contre 0 · Abstention 0",
                        "Accordé",
                        List.of(new CommitteeMinutes.Amount("Subvention", new BigDecimal("40000.00")),
                                new CommitteeMinutes.Amount("Avance remboursable", new BigDecimal("10000.50")),
                                new CommitteeMinutes.Amount("Prise de participation", new BigDecimal("0.00"))),
                        "• Permis de construire obtenu", null, "Diane Directrice, le 05/12/2026"),
                new CommitteeMinutes.Item("2. DK-2026-0009 — Réseau de chaleur", "member2@levier.example",
                        "1 présents sur 2 éligibles (requis : 2) — non atteint", "Pour 0 · Contre 1 · Abstention 0",
                        "Refusé", List.of(), null, "Plan de financement fragile", "Diane Directrice, le 05/12/2026"));
    }

    @Test
    void frenchMinutesShowSessionMembersAndEachItemsConflictsQuorumVotesAndDecision() {
        PdfText text = PdfText.of(renderer.pdf(ReportType.COMMITTEE_MINUTES, Locale.FRENCH, header,
                session("Séance — Comité de décembre", "5 décembre 2026", "Close", "2 membres présents sur 3"),
                agenda()));

        assertThat(text.pages).isEqualTo(1);
        assertThat(text.text)
                .contains("Procès-verbal du comité", "Programme DK-TEST — Fonds Énergie Dunkerque",
                        "Situation au 5 décembre 2026")
                .contains("Séance — Comité de décembre", "Date de la séance 5 décembre 2026",
                        "État de la séance Close")
                .contains("Membres votants", "Marie Membre (member1@levier.example) Présent",
                        "member3@levier.example Absent", "2 membres présents sur 3")
                .contains("Ordre du jour", "1. DK-2026-0007 — Électrolyseur pilote du port",
                        "Conflits d’intérêts Aucun", "Quorum 2 présents sur 3 éligibles (requis : 2) — atteint",
                        "Votes Pour 2 · Contre 0 · Abstention 0", "Décision Accordé",
                        "Subvention 40 000,00 €", "Avance remboursable 10 000,50 €", "Total 50 000,50 €",
                        "Conditions suspensives • Permis de construire obtenu")
                .contains("2. DK-2026-0009 — Réseau de chaleur", "Conflits d’intérêts member2@levier.example",
                        "non atteint", "Décision Refusé", "Motifs Plan de financement fragile",
                        "Décision enregistrée par Diane Directrice, le 05/12/2026")
                .contains("page 1 sur 1")
                .doesNotContain("Aucun dossier à l’ordre du jour");
    }

    @Test
    void englishMinutesUseEnglishLabels() {
        PdfText text = PdfText.of(renderer.pdf(ReportType.COMMITTEE_MINUTES, Locale.ENGLISH, header,
                session("Session — December committee", "December 5, 2026", "Closed", "2 of 3 members present"),
                agenda().subList(0, 1)));

        assertThat(text.text)
                .contains("Committee minutes", "As of 5 Dec 2026", "Date of the session December 5, 2026")
                .contains("Voting members", "Agenda", "Conflicts of interest", "Decision", "Approved amounts",
                        "Total 50,000.50 €", "Conditions precedent")
                .contains("page 1 of 1")
                .doesNotContain("Procès-verbal");
    }

    @Test
    void anEmptyAgendaStillShowsTheSessionAndSaysSo() {
        PdfText text = PdfText.of(renderer.pdf(ReportType.COMMITTEE_MINUTES, Locale.ENGLISH, header,
                session("Session — Empty", "December 5, 2026", "Planned", "0 of 3 members present"), List.of()));

        assertThat(text.text).contains("Session — Empty", "Voting members", "0 of 3 members present",
                "No dossier on the agenda", "page 1 of 1");
    }
}

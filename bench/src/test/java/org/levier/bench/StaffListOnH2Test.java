package org.levier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.levier.applicant.control.OrganisationNames;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.boundary.DossierFilter;
import org.levier.dossier.boundary.DossierSummary;
import org.levier.dossier.control.DossierList;
import org.levier.dossier.control.DossierSearch;
import org.levier.dossier.control.SortedIds;
import org.levier.dossier.entity.DossierStatus;
import org.levier.shared.control.Page;
import org.levier.shared.control.SearchWords;

/**
 * The staff list and its word search on the embedded database (H2, the run command's), on the generator's 100
 * dossiers with the real migrations: the word tables the generator writes match what migration 28 and the entities
 * keep; every search answers the dossiers that a plain reading of the rows finds (each searched word begins a word
 * of the dossier's title or reference, or of its organisation's name); an axis's pages (read per action, then cut)
 * are those of the plain sorted query; a common word's pages, whether checked row by row in the list's order or
 * sorted from its dossiers, are those of the rows' own order.
 */
class StaffListOnH2Test {

    private static String url;
    private static EntityManagerFactory emf;

    @BeforeAll
    static void generate() throws SQLException {
        url = "jdbc:h2:mem:stafflist" + System.nanoTime() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            SyntheticPortfolio generator = new SyntheticPortfolio(c, 7, Instant.parse("2026-11-28T10:00:00Z"));
            generator.prepareProgramme(100);
            generator.generate(0, 100);
        }
        emf = Jpa.open(url, "sa", "");
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    /**
     * With a cap of 5, a theme (about one title in ten) is a common word, and a word of every title too; the pages
     * of each are read in the list's order (sorted: 0), from the theme's dossiers while the other's are followed in
     * the list's order (15), from every common word's dossiers (1,000), sorted by parts of 4 or 7 ids or whole, and
     * with the application's bounds.
     */
    @Test
    void aCommonWordsPagesAreThoseOfTheRowsOrderWhicheverWayTheyAreRead() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            long hydrogen = Invariants.count(c, "SELECT COUNT(DISTINCT dossier_id) FROM dossier_word"
                    + " WHERE word LIKE 'hydrogene%'", null);
            assertThat(hydrogen).as("a theme: more than the cap, fewer than the sorted bound").isBetween(6L, 15L);
            EntityManager em = emf.createEntityManager();
            try {
                assertThat(SearchPages.differences(c, em, SyntheticPortfolio.PROGRAMME,
                        List.of(new SearchPages.Way(5, 0, 4), new SearchPages.Way(5, 15, 4),
                                new SearchPages.Way(5, 1000, 7), new SearchPages.Way(5, 1000, 1000),
                                new SearchPages.Way(DossierSearch.CAP, DossierSearch.SORTED,
                                        SortedIds.IDS_PER_QUERY)), 3)).isEmpty();
            } finally {
                em.close();
            }
        }
    }

    @Test
    void searchesAndPagesAnswerWhatTheRowsSay() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(Invariants.searchWords(c)).isZero();
            Map<Long, Set<String>> words = words(c);
            EntityManager em = emf.createEntityManager();
            try {
                DossierList list = new DossierList(em, new OrganisationNames(em));
                assertThat(list.page(null, DossierFilter.ALL, 0, 20, null).total()).isEqualTo(100);
                String reference = single(c, "SELECT MIN(reference) FROM dossier");
                List<String> searches = List.of("synthétique", "SYNTHETIQUE", "synth", "projet n° 42", "n° 4",
                        "démonstration 3", "Hydrogène", "chaleur fatale", "eolien mer 1", reference,
                        reference.substring(6), "organisation 12 projet", "projet demonstration", "absent", "°");
                for (String q : searches) {
                    Page<DossierSummary> page = list.page(null, new DossierFilter(null, null, null, null, q), 0, 500,
                            "id,asc");
                    List<Long> expected = expected(words, q);
                    assertThat(page.items().stream().map(DossierSummary::id).toList()).as(q)
                            .containsExactlyElementsOf(expected);
                    assertThat(page.total()).as(q).isEqualTo(expected.size());
                    assertThat(page.totalCapped()).isFalse();
                    assertThat(counted(list, q)).as(q).isEqualTo(expected.size());
                }
                // The benchmark calls the boundary as Jpa wires it: every bean and interface it injects must be set
                // (an organisation's words go through the applicant component's ApplicantOrganisations).
                Dossiers boundary = Jpa.bean(Dossiers.class, em);
                for (String q : List.of("Hydrogène", "démonstration 3")) {
                    assertThat(boundary.list(new DossierFilter(null, null, null, null, q), 0, 500, "id,asc").items()
                            .stream().map(DossierSummary::id).toList()).as(q)
                            .containsExactlyElementsOf(expected(words, q));
                }
                // Counts stopped at 20: the common words' path (checked per row, the count read from the words).
                DossierList capped = new DossierList(em, new OrganisationNames(em), 20, DossierSearch.SORTED,
                        SortedIds.IDS_PER_QUERY);
                int cappedSearches = 0;
                for (String q : searches) {
                    Page<DossierSummary> page = capped.page(null, new DossierFilter(null, null, null, null, q), 0, 500,
                            "id,asc");
                    List<Long> expected = expected(words, q);
                    assertThat(page.items().stream().map(DossierSummary::id).toList()).as(q)
                            .containsExactlyElementsOf(expected);
                    if (page.totalCapped()) {
                        cappedSearches++;
                        assertThat(expected).as(q).hasSizeGreaterThan(20);
                        assertThat(page.total()).as(q).isEqualTo(20);
                        assertThat(counted(capped, q)).as(q).isEqualTo(20);
                    } else {
                        assertThat(page.total()).as(q).isEqualTo(expected.size());
                        assertThat(counted(capped, q)).as(q).isEqualTo(expected.size());
                    }
                    assertThat(capped.page(null, new DossierFilter(null, null, null, null, q), 1, 7, "title,desc")
                            .items().stream().map(DossierSummary::id)).as(q)
                            .containsExactlyElementsOf(list.page(null, new DossierFilter(null, null, null, null, q), 1,
                                    7, "title,desc").items().stream().map(DossierSummary::id).toList());
                }
                assertThat(cappedSearches).isGreaterThanOrEqualTo(4);

                DossierFilter axis = new DossierFilter(null, SyntheticPortfolio.PROGRAMME, 2, null, null);
                for (String sort : List.of("title,asc", "reference,desc", "createdAt,desc")) {
                    String order = DossierList.orderBy(sort);
                    List<Long> all = em.createQuery("select d.id from Dossier d where d.actionId in (select a.id"
                            + " from ProgrammeAction a where a.axis.number = 2)" + order, Long.class).getResultList();
                    assertThat(all).hasSizeGreaterThan(14);
                    for (int p = 0; p < 3; p++) {
                        assertThat(list.page(null, axis, p, 7, sort).items().stream().map(DossierSummary::id))
                                .as(sort + " page " + p)
                                .containsExactlyElementsOf(all.subList(Math.min(all.size(), p * 7),
                                        Math.min(all.size(), p * 7 + 7)));
                    }
                    assertThat(list.page(null, axis, 0, 7, sort).total()).isEqualTo(all.size());
                }
            } finally {
                em.close();
            }
        }
    }

    /** Each dossier's words and its organisation's, read from the rows and cut by SearchWords. */
    private static Map<Long, Set<String>> words(Connection c) throws SQLException {
        Map<Long, Set<String>> words = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT d.id, d.title, d.reference, o.legal_name FROM dossier d"
                + " JOIN organisation o ON o.id = d.organisation_id ORDER BY d.id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Set<String> all = new HashSet<>(SearchWords.of(r.getString(2), r.getString(3)));
                all.addAll(SearchWords.of(r.getString(4)));
                words.put(r.getLong(1), all);
            }
        }
        return words;
    }

    private static List<Long> expected(Map<Long, Set<String>> words, String q) {
        List<String> searched = SearchWords.searched(q);
        List<Long> ids = new ArrayList<>();
        words.forEach((id, own) -> {
            if (!searched.isEmpty() && searched.stream().allMatch(w -> own.stream().anyMatch(o -> o.startsWith(w)))) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static long counted(DossierList list, String q) {
        return list.countByStatus(new DossierFilter(DossierStatus.DRAFT, null, null, null, q)).values().stream()
                .mapToLong(Long::longValue).sum();
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }
}

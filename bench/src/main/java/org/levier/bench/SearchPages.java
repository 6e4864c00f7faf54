package org.levier.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.levier.applicant.control.OrganisationNames;
import org.levier.dossier.boundary.DossierFilter;
import org.levier.dossier.boundary.DossierSummary;
import org.levier.dossier.control.DossierList;
import org.levier.dossier.control.DossierSearch;
import org.levier.dossier.control.SortedIds;
import org.levier.dossier.entity.DossierStatus;
import org.levier.shared.control.Page;
import org.levier.shared.control.SearchWords;

/**
 * The staff list's search pages against the rows themselves, on whatever database holds the generated data (H2 in
 * the tests, MariaDB in the benchmark and CI's smoke run): for a few searches (a word of one title in ten, of every
 * title, two words, a word of every organisation, a rare word with a common one), filters and sorts, each page that
 * the list answers — read in each of the given {@link Way}s: the common words checked row by row in the list's order,
 * or their dossiers read from the word index and sorted — must be the page cut from every dossier in the database's
 * own order whose words (read from the rows and cut by {@link SearchWords}) begin with each searched word, and its
 * total that count, stopped at the way's cap.
 */
public final class SearchPages {

    /**
     * A list's bounds: its count's cap, the most matches of a common word whose page it reads from them (0: never),
     * and the most of those ids per query when it sorts them.
     */
    public record Way(int cap, int sorted, int idsPerQuery) {
    }

    private static final List<String> SEARCHES = List.of("hydrogène", "synthétique", "eolien mer",
            "démonstration", "hydrogène 42", "hydrogène 1");
    private static final List<String> SORTS = List.of("title,asc", "title,desc", "reference,asc", "");
    private static final int[] PAGES = {0, 1, 3};

    /** A filter of the list and the same in JPQL on {@code d}, with its parameters. */
    private record Filter(String name, DossierFilter filter, String jpql, Map<String, Object> parameters) {

        DossierFilter searching(String q) {
            return new DossierFilter(filter.status(), filter.programme(), filter.axis(), filter.action(),
                    filter.call(), q);
        }
    }

    private SearchPages() {
    }

    /**
     * The benchmark's check (at its full size, and in CI's smoke run on 200 dossiers): every page read in three
     * ways — the application's bounds; a cap of one dossier in forty (so that a word of one title in ten is common
     * at any size) with the common words always checked in the list's order; the same cap with the pages of words
     * found in at most one dossier in five sorted from their dossiers. A difference stops the run, as a broken
     * invariant does.
     */
    static void check(Connection c, EntityManagerFactory emf, Consumer<String> line) throws SQLException {
        long start = System.nanoTime();
        int dossiers = (int) Invariants.count(c, "SELECT COUNT(*) FROM dossier", null);
        int cap = Math.max(1, Math.min(DossierSearch.CAP, dossiers / 40));
        int perQuery = SortedIds.IDS_PER_QUERY;
        List<Way> ways = Stream.of(new Way(DossierSearch.CAP, DossierSearch.SORTED, perQuery),
                new Way(cap, 0, perQuery),
                new Way(cap, Math.min(DossierSearch.SORTED, dossiers / 5), Math.min(perQuery, Math.max(2, cap))))
                .distinct().toList();
        EntityManager em = emf.createEntityManager();
        List<String> differences;
        try {
            differences = differences(c, em, SyntheticPortfolio.PROGRAMME, ways, 20);
        } finally {
            em.close();
        }
        line.accept("  %-75s %d".formatted("staff list search pages that differ from the rows' own order",
                differences.size()));
        line.accept("    (searches × filters × sorts × pages read in the ways %s, %.1f s)".formatted(ways,
                (System.nanoTime() - start) / 1e9));
        if (!differences.isEmpty()) {
            differences.stream().limit(10).forEach(d -> line.accept("    " + d));
            throw new IllegalStateException("staff list search pages differ from the rows' own order: "
                    + differences.size());
        }
    }

    /**
     * The pages of {@code size} dossiers (the 1st, 2nd and 4th) and totals that differ, described; empty when every
     * one holds.
     */
    public static List<String> differences(Connection c, EntityManager em, String programme, List<Way> ways,
                                           int size) throws SQLException {
        Map<Long, Set<String>> words = words(c);
        List<Filter> filters = List.of(
                new Filter("every dossier", DossierFilter.ALL, "", Map.of()),
                new Filter("status COMPLETED", new DossierFilter(DossierStatus.COMPLETED, null, null, null, null),
                        " where d.status = :status", Map.of("status", DossierStatus.COMPLETED)),
                new Filter("axis 2", new DossierFilter(null, programme, 2, null, null),
                        " where d.actionId in (select a.id from ProgrammeAction a where a.axis.number = 2"
                                + " and a.programme.code = :programme)", Map.of("programme", programme)));
        List<String> differences = new ArrayList<>();
        for (Filter filter : filters) {
            for (String sort : SORTS) {
                TypedQuery<Long> all = em.createQuery("select d.id from Dossier d" + filter.jpql()
                        + DossierList.orderBy(sort), Long.class);
                filter.parameters().forEach(all::setParameter);
                List<Long> ordered = all.getResultList();
                for (String q : SEARCHES) {
                    List<String> searched = SearchWords.searched(q);
                    List<Long> expected = ordered.stream().filter(id -> searched.stream().allMatch(
                            w -> words.getOrDefault(id, Set.of()).stream().anyMatch(o -> o.startsWith(w)))).toList();
                    for (Way way : ways) {
                        DossierList list = new DossierList(em, new OrganisationNames(em), way.cap(), way.sorted(),
                                way.idsPerQuery());
                        long total = Math.min(expected.size(), way.cap());
                        boolean capped = expected.size() > way.cap();
                        for (int p : PAGES) {
                            em.clear();
                            Page<DossierSummary> page = list.page(null, filter.searching(q), p, size, sort);
                            List<Long> ids = page.items().stream().map(DossierSummary::id).toList();
                            List<Long> want = expected.subList(Math.min(expected.size(), p * size),
                                    Math.min(expected.size(), (p + 1) * size));
                            if (!ids.equals(want) || page.totalCapped() != capped || page.total() != total) {
                                differences.add("%s, %s, \"%s\", sort \"%s\", page %d: %s (total %d%s) instead of %s"
                                        .formatted(way, filter.name(), q, sort, p, ids, page.total(),
                                                page.totalCapped() ? ", capped" : "", want)
                                        + " (total %d%s)".formatted(total, capped ? ", capped" : ""));
                            }
                        }
                    }
                }
            }
        }
        return differences;
    }

    /** Each dossier's words and its organisation's, read from the rows and cut by SearchWords. */
    static Map<Long, Set<String>> words(Connection c) throws SQLException {
        Map<Long, Set<String>> words = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT d.id, d.title, d.reference, o.legal_name, o.siren,"
                + " o.siret, o.foreign_registration FROM dossier d JOIN organisation o ON o.id = d.organisation_id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Set<String> all = new HashSet<>(SearchWords.of(r.getString(2), r.getString(3)));
                all.addAll(SearchWords.of(r.getString(4), r.getString(5), r.getString(6), r.getString(7)));
                words.put(r.getLong(1), all);
            }
        }
        return words;
    }
}

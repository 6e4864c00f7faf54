package org.levier.dossier.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A page cut from given dossiers (a search's matches, at most {@value DossierSearch#SORTED}) in the list's order:
 * the first {@value #WINDOW} rows of that order (its index alone, without the search) checked against them in
 * memory, when they hold the page (a word spread over the order); else sorted by the database (its collation orders
 * the titles), {@value #IDS_PER_QUERY} ids at most per query: each part's first rows in the page's order, then the
 * same on those rows until they are few enough for one query, which cuts the page. Each query reads its ids by
 * primary key and keeps its first rows as it sorts them: the cost follows the number of dossiers, not their place in
 * the list's order.
 */
public final class SortedIds {

    /**
     * The most ids in one query's {@code IN} list: below MariaDB's {@code in_predicate_conversion_threshold} (1,000),
     * from which such a list becomes a table of values joined to the dossiers, which the optimizer then reads whole
     * into a temporary table and sorts (10,000 titles: 0.1 to 0.5 s here), or in the order of the sort's index (every
     * dossier before the page's). A shorter list is a range of the primary key, its first rows kept as it is sorted.
     */
    public static final int IDS_PER_QUERY = 999;
    /** The most rows of the list's order checked in memory before the ids are sorted. */
    static final int WINDOW = 2000;

    private SortedIds() {
    }

    /**
     * Page {@code page} of {@code size} of the dossiers {@code ids} (each once) in the JPQL order {@code order};
     * {@code window}: the ids of the list's filter in that order (its parameters set), or null to sort at once.
     */
    static List<Long> page(EntityManager em, List<Long> ids, TypedQuery<Long> window, String order, int page, int size,
                           int perQuery) {
        int end = (int) Math.min(Integer.MAX_VALUE, (long) page * size + size);
        if (ids.isEmpty()) {
            return List.of();
        }
        if (window != null && end <= WINDOW) {
            Set<Long> matching = new HashSet<>(ids);
            List<Long> first = window.setMaxResults(WINDOW).getResultList().stream().filter(matching::contains)
                    .limit(end).toList();
            if (first.size() == end) {
                return first.subList(page * size, end);
            }
        }
        List<Long> left = ids;
        while (left.size() > perQuery) {
            List<Long> candidates = new ArrayList<>();
            for (int from = 0; from < left.size(); from += perQuery) {
                candidates.addAll(em.createQuery("select d.id from Dossier d where d.id in :ids" + order, Long.class)
                        .setParameter("ids", left.subList(from, Math.min(left.size(), from + perQuery)))
                        .setMaxResults(end).getResultList());
            }
            if (candidates.size() == left.size()) {
                break;
            }
            left = candidates;
        }
        return em.createQuery("select d.id from Dossier d where d.id in :ids" + order, Long.class)
                .setParameter("ids", left).setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) page * size))
                .setMaxResults(size).getResultList();
    }
}

package org.levier.dossier.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A page cut from given dossiers (a search's matches, at most {@value DossierSearch#SORTED}) in the list's order:
 * the first {@value #WINDOW} rows of that order (its index alone, without the search) checked against them in
 * memory, when they hold the page (a word spread over the order); else sorted by the database (its collation orders
 * the titles) in one statement: the union of each part's first rows in the page's order ({@value #IDS_PER_QUERY} ids
 * at most per part, each part read by primary key and its first rows kept as it is sorted), from which the page is
 * cut. The cost follows the number of dossiers, not their place in the list's order: one round trip (instead of
 * one query per part, then one on the parts' first rows), the ids written in the SQL as numbers (not 10,000 bind
 * values through the persistence layer and the driver: 40 % fewer bytes allocated per page, bench/README.md).
 */
public final class SortedIds {

    /**
     * The most ids in one part's {@code IN} list: below MariaDB's {@code in_predicate_conversion_threshold} (1,000),
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
        StringBuilder parts = new StringBuilder();
        String[] columns = columns(order);
        String inner = String.join(", ", java.util.Arrays.copyOf(columns, columns.length - 1)).replace("x.", "d.");
        for (int from = 0; from < ids.size(); from += perQuery) {
            parts.append(from == 0 ? "(" : " UNION ALL (").append("SELECT ").append(inner)
                    .append(" FROM dossier d WHERE d.id IN (");
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + perQuery));
            for (int i = 0; i < part.size(); i++) {
                // Numbers (Long), written as such: no bind values, so the driver has nothing to escape per id.
                parts.append(i == 0 ? "" : ",").append(part.get(i).longValue());
            }
            parts.append(") ORDER BY ").append(columns[columns.length - 1].replace("x.", "d.")).append(" LIMIT ")
                    .append(end).append(')');
        }
        List<?> found = em.createNativeQuery("SELECT x.id FROM (" + parts + ") x ORDER BY "
                + columns[columns.length - 1] + " LIMIT " + size + " OFFSET " + (long) page * size).getResultList();
        return found.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Page {@code page} of {@code size} of the dossiers of the list's JPQL {@code clause} (its parameters given) that
     * have each of {@code words} (their dossiers those of their entries in the word index,
     * {@link DossierSearch#inDossierWordsOnly}; the list calls it with one word: with two, MariaDB's plan was several
     * times slower than {@link #page}),
     * in the JPQL order {@code order}, by one query: each word an {@code IN} of its range of the word index, which
     * MariaDB reads once into a table of ids (a semi-join materialised) and probes for each row of the order's index,
     * read up to the page; no id sent to the application. The same rows as {@link #page} cuts from those words' ids.
     */
    static List<Long> byWordIndex(EntityManager em, String clause, java.util.Map<String, Object> parameters,
                                  List<String> words, String order, int page, int size) {
        StringBuilder jpql = new StringBuilder("select d.id from Dossier d").append(clause);
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" and d.id in (select w.dossierId from DossierWord w where w.word like :indexWord")
                    .append(i).append(')');
        }
        TypedQuery<Long> query = em.createQuery(jpql + order, Long.class);
        parameters.forEach(query::setParameter);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("indexWord" + i, words.get(i) + "%");
        }
        return query.setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) page * size)).setMaxResults(size)
                .getResultList();
    }

    /**
     * The SQL of a JPQL order of the list ({@code " order by d.title asc, d.id asc"}, fields of
     * {@code DossierList.orderBy}): the sorted columns of {@code x} ({@code x.title, x.id}), then, last, the order
     * itself ({@code x.title asc, x.id asc}).
     */
    static String[] columns(String order) {
        String[] keys = order.strip().substring("order by ".length()).split(", ");
        String[] columns = new String[keys.length + 1];
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < keys.length; i++) {
            String[] fieldAndDirection = keys[i].strip().split(" ");
            String column = "x." + fieldAndDirection[0].substring("d.".length())
                    .replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
            columns[i] = column;
            sql.append(i == 0 ? "" : ", ").append(column).append(' ')
                    .append(fieldAndDirection.length > 1 ? fieldAndDirection[1] : "asc");
        }
        columns[keys.length] = sql.toString();
        return columns;
    }
}

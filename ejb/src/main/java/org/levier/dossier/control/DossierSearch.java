package org.levier.dossier.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.levier.shared.control.SearchWords;

/**
 * The staff list's free-text condition ({@code q}), read from the word tables of migration 28 (the same on H2 and
 * MySQL/MariaDB): a dossier matches when every word of the search ({@link SearchWords#searched}) begins a word of its
 * title or reference, or of its organisation's name or registration numbers — case and accents ignored
 * ({@code "ecologie"} finds "Écologie", {@code "0042"} or {@code "42"} the reference {@code TI-DK-2026-0042}).
 * The organisations' words are the applicant component's table: asked of it through {@link ApplicantOrganisations}
 * (ids for a rare word, JPQL conditions composed into the list's statements for a common one).
 *
 * <p>Each word's dossiers are read from the index (word, id), <b>at most {@value #CAP} + 1 ids</b> per part (the
 * dossiers' words, the organisations' words, those organisations' dossiers): a word with at most {@value #CAP}
 * dossiers is <i>rare</i>, its ids are exact; the rare words' ids are intersected in memory and the page is cut from
 * those few ids. A word with more is <i>common</i>: it stays a condition checked row by row ({@code EXISTS} on the
 * primary key of the word tables) while the list reads its own index in the page's order — on a word found in every
 * row the first page is its first rows. So a search costs a few bounded index ranges whatever the number of
 * dossiers; the count of a search made of common words only stops at {@value #CAP} ({@code Page.totalCapped}).
 * Two common words whose dossiers rarely meet still read the list's order until the page is full (not bounded).
 *
 * <p>Following the list's order finds the page at once when the common word's dossiers are spread over that order,
 * but not when they sit far from its start ("hydrogène", in one title of ten, sorted by title: every such title
 * begins with "Hydrogène", and 60,000 rows, each checked on the word tables, were read before the first match). So a
 * search of common words only is made into ids when one of its words begins at most {@value #SORTED} entries of the
 * index ({@link #narrowed}: read up to there, then its ids read and intersected), and the list cuts its page from
 * those ids ({@link SortedIds}: its first rows checked in memory, else the ids sorted); only words found in more
 * dossiers than that each are followed in the list's order (at 100,000 dossiers one row in five at least matches,
 * and the page is found within a few rows unless those matches too sit at the far end). The count and its cap do
 * not change.
 */
public final class DossierSearch {

    /** The most ids read per word and part; above, the word is common and the count stops there. */
    public static final int CAP = 1000;
    /** A word's first probe: at most this many dossiers (then one more read) make it one of the fewest. */
    static final int FEW = 50;
    /**
     * The most dossiers of a common word whose ids a page reads from the word index ({@link #narrowed}); a word with
     * more is checked row by row in the list's order. One title in ten at 100,000 dossiers is 10,000.
     */
    public static final int SORTED = 20_000;

    private DossierSearch() {
    }

    /**
     * What a search selects: {@code ids} (exact, at most {@value #CAP}; null when every word is common) and the
     * common words still to check on each row.
     */
    public record Match(List<Long> ids, List<String> commonWords) {

        /** No dossier can match (a rare word without dossiers, rare words that never meet, or no word at all). */
        public boolean none() {
            return ids != null && ids.isEmpty();
        }

        /** Whether the count of this match is bounded at {@value #CAP} (common words only). */
        public boolean bounded() {
            return ids == null;
        }
    }

    /**
     * Reads the rare words' ids, the rarest first: each word is probed for at most {@value #FEW} dossiers; when
     * some have so few, their ids are intersected and every other word is checked on those rows only (a reference
     * number, a project's number: a few index entries each). Otherwise each word is read up to {@value #CAP}; the
     * words with more are common, left to {@link #condition}.
     */
    public static Match match(EntityManager em, ApplicantOrganisations organisations, String q) {
        return match(em, organisations, q, CAP);
    }

    /**
     * {@link #match(EntityManager, ApplicantOrganisations, String)} with another bound than {@value #CAP} (tests, on
     * a few rows).
     */
    static Match match(EntityManager em, ApplicantOrganisations organisations, String q, int cap) {
        List<String> words = SearchWords.searched(q);
        if (words.isEmpty()) {
            return new Match(List.of(), List.of());
        }
        Match few = intersect(em, organisations, words, Math.min(FEW, cap));
        return few.ids() != null ? few : intersect(em, organisations, words, cap);
    }

    private static Match intersect(EntityManager em, ApplicantOrganisations organisations, List<String> words,
                                   int bound) {
        Set<Long> ids = null;
        List<String> common = new ArrayList<>();
        for (String word : words) {
            Optional<Set<Long>> rare = ids(em, organisations, word, bound);
            if (rare.isEmpty()) {
                common.add(word);
            } else if (ids == null) {
                ids = rare.get();
            } else {
                ids.retainAll(rare.get());
            }
            if (ids != null && ids.isEmpty()) {
                return new Match(List.of(), List.of());
            }
        }
        return new Match(ids == null ? null : List.copyOf(ids), List.copyOf(common));
    }

    /**
     * A search of common words only ({@link Match#bounded()}) made into ids when some of its words have at most
     * {@code bound} dossiers: those words' dossiers, read from the word index (at most {@code bound} + 1 ids per
     * part) and intersected, the other words still checked per row; the same dossiers as {@code match} (whose count
     * the list still stops at {@value #CAP}). {@code match} itself when every word has more. A word found in more
     * than {@code bound} entries of the index is known so by reading that index up to there, no id sent.
     */
    public static Match narrowed(EntityManager em, ApplicantOrganisations organisations, Match match, int bound) {
        if (!match.bounded() || bound <= 0) {
            return match;
        }
        List<String> few = new ArrayList<>();
        List<String> many = new ArrayList<>();
        for (String word : match.commonWords()) {
            (moreEntries(em, word, bound) ? many : few).add(word);
        }
        if (few.isEmpty()) {
            return match;
        }
        Match read = intersect(em, organisations, few, bound);
        if (read.ids() == null || read.none()) {
            return read.ids() == null ? match : read;
        }
        List<String> checked = new ArrayList<>(read.commonWords());
        checked.addAll(many);
        return new Match(read.ids(), List.copyOf(checked));
    }

    /**
     * Whether a word's dossiers are exactly its entries in the dossiers' word index, at most {@code bound} of them:
     * no organisation has it (else their dossiers match too), and its entry {@code bound} + 1 does not exist. Then
     * the list can let the database join that range of the index in the page's order ({@link SortedIds#byWordIndex})
     * instead of reading its ids ({@link #narrowed}, the same dossiers).
     */
    public static boolean inDossierWordsOnly(EntityManager em, ApplicantOrganisations organisations, String word,
                                             int bound) {
        return organisations.withWord(word + "%", 1).isEmpty() && !moreEntries(em, word, bound);
    }

    /**
     * Whether a word begins more than {@code bound} entries of the word index: whether its entry {@code bound} + 1
     * exists, the index read up to there by the database, no id sent.
     */
    private static boolean moreEntries(EntityManager em, String word, int bound) {
        return !em.createNativeQuery("SELECT dossier_id FROM dossier_word WHERE word LIKE ?1 LIMIT 1 OFFSET ?2")
                .setParameter(1, word + "%").setParameter(2, bound).getResultList().isEmpty();
    }

    /**
     * The JPQL condition on {@code d} (a Dossier) for a match, its parameters added; the organisations' words are
     * the applicant component's condition, in this one statement.
     */
    public static String condition(Match match, ApplicantOrganisations organisations,
                                   Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (match.ids() != null) {
            where.append(" and d.id in :searchIds");
            parameters.put("searchIds", match.ids());
        }
        for (int i = 0; i < match.commonWords().size(); i++) {
            String name = "searchWord" + i;
            parameters.put(name, match.commonWords().get(i) + "%");
            // JPQL, so every column is qualified. Inside a CASE, so MariaDB checks each row by the word tables'
            // primary keys instead of turning the EXISTS into an IN that reads the whole word.
            where.append(" and (case when (exists (select w.word from DossierWord w where w.dossierId = d.id")
                    .append(" and w.word like :").append(name).append(") or ")
                    .append(organisations.hasWord("d.organisationId", name)).append(") then 1 else 0 end) = 1");
        }
        return where.toString();
    }

    /** The dossiers of one word, when at most {@code bound} (a rare word); empty when more (a common one). */
    private static Optional<Set<Long>> ids(EntityManager em, ApplicantOrganisations organisations, String word,
                                           int bound) {
        String prefix = word + "%";
        Set<Long> ids = new LinkedHashSet<>();
        if (!addIds(ids, em.createNativeQuery("SELECT dossier_id FROM dossier_word WHERE word LIKE ?1")
                .setParameter(1, prefix).setMaxResults(bound + 1).getResultList(), bound)) {
            return Optional.empty();
        }
        Set<Long> having = new LinkedHashSet<>();
        if (!addIds(having, organisations.withWord(prefix, bound + 1), bound)) {
            return Optional.empty();
        }
        if (!having.isEmpty() && !addIds(ids, em.createQuery("select d.id from Dossier d"
                        + " where d.organisationId in :organisations", Long.class)
                .setParameter("organisations", List.copyOf(having)).setMaxResults(bound + 1)
                .getResultList(), bound)) {
            return Optional.empty();
        }
        return Optional.of(ids);
    }

    /** Adds the ids found; false when they were more than {@code bound} (the query read one more at most). */
    private static boolean addIds(Set<Long> ids, List<?> found, int bound) {
        if (found.size() > bound) {
            return false;
        }
        found.forEach(id -> ids.add(((Number) id).longValue()));
        return ids.size() <= bound;
    }
}

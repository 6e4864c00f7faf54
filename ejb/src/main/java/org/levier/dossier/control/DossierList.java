package org.levier.dossier.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.levier.dossier.boundary.DossierFilter;
import org.levier.dossier.boundary.DossierSummary;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.entity.DossierStatus;
import org.levier.programme.control.ProgrammeIds;
import org.levier.shared.control.Page;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;

/**
 * The dossier list (staff and applicants) and its counts per status, served by indexes at 100,000 dossiers:
 * <ul>
 *   <li>the programme, axis and action are resolved first to their ids (a few rows of reference data), so the
 *       dossiers are filtered by plain columns ({@code programme_id = ?}, {@code action_id IN (…)}) that the
 *       indexes (filter, sort) of migrations 3, 9, 23.1 and 28 serve;</li>
 *   <li>the page's ids are read first ({@code select d.id … order by … limit}: from such an index alone, no row
 *       read for the rows skipped or sorted), then the page's rows by those ids, in the same order;</li>
 *   <li>the search is {@link DossierSearch}: a few bounded ranges of the word index; for a search of common words
 *       only, their dossiers when a word has at most {@value DossierSearch#SORTED} (read from that index, the page
 *       cut from them by {@link SortedIds}) or else a check per row in the list's order; the count of a search of
 *       common words only stops at {@value DossierSearch#CAP}
 *       ({@link Page#totalCapped()}), and so do its counts per status (those of its first matches).</li>
 * </ul>
 */
public final class DossierList {

    private static final String SUMMARY = "select new org.levier.dossier.boundary.DossierSummary(d.id,"
            + " d.reference, d.title, d.status, d.programmeId, d.callId, d.actionId, d.organisationId,"
            + " d.requestedGrant, d.requestedAdvance, d.requestedEquity, d.submittedAt, d.updatedAt, d.version)"
            + " from Dossier d";
    private static final Map<String, String> SORTABLE = Map.of("updatedAt", "d.updatedAt", "createdAt",
            "d.createdAt", "submittedAt", "d.submittedAt", "reference", "d.reference", "title", "d.title",
            "status", "d.status", "id", "d.id");

    /** The where clause of no filter. */
    private static final String ALL = " where 1 = 1";

    /** The most rows read from the actions' own ranges for one page (their number × the page's end). */
    static final int UNION_BOUND = 2000;
    private final EntityManager em;

    private final int cap;

    private final int sorted;

    private final int idsPerQuery;

    /** The programme component's lookups (its tables are its own), on this list's entity manager. */
    private final ProgrammeIds programmes;

    /** The applicant component's organisations and their words (its tables are its own). */
    private final ApplicantOrganisations organisations;

    public DossierList(EntityManager em, ApplicantOrganisations organisations) {
        this(em, organisations, DossierSearch.CAP, DossierSearch.SORTED, SortedIds.IDS_PER_QUERY);
    }

    /**
     * A list whose search counts stop at {@code cap} instead of {@value DossierSearch#CAP}, whose pages of a search
     * of common words only are read from those words' dossiers when they are at most {@code sorted} instead of
     * {@value DossierSearch#SORTED} (0: never, always checked row by row in the list's order), sorted by
     * {@code idsPerQuery} ids at most per query instead of {@value SortedIds#IDS_PER_QUERY}: for tests, so that a few
     * rows exercise the common words' paths.
     */
    public DossierList(EntityManager em, ApplicantOrganisations organisations, int cap, int sorted,
                       int idsPerQuery) {
        this.em = em;
        this.programmes = new ProgrammeIds(em);
        this.organisations = organisations;
        this.cap = cap;
        this.sorted = sorted;
        this.idsPerQuery = idsPerQuery;
    }

    /**
     * A filter made into a where clause and its parameters: {@code filter} without the search and the actions,
     * {@code search} (null: none), {@code actions} (null: any), {@code none}: nothing can match; the search's
     * condition on the organisations' words is {@code organisations}'.
     */
    private record Where(String filter, Map<String, Object> filterParameters, DossierSearch.Match search,
                         List<Long> actions, boolean none, ApplicantOrganisations organisations) {

        static Where nothing() {
            return new Where(null, Map.of(), null, null, true, null);
        }

        /** A search of common words only: its count stops at the cap. */
        boolean bounded() {
            return search != null && search.bounded();
        }

        /** The same filter with the search made into {@code narrowed} (the same dossiers, read otherwise). */
        Where searching(DossierSearch.Match narrowed) {
            return new Where(filter, filterParameters, narrowed, actions, none, organisations);
        }

        /** The filter and the search, without the actions. */
        String base() {
            return search == null ? filter
                    : filter + DossierSearch.condition(search, organisations, new LinkedHashMap<>());
        }

        Map<String, Object> baseParameters() {
            if (search == null) {
                return filterParameters;
            }
            Map<String, Object> all = new LinkedHashMap<>(filterParameters);
            DossierSearch.condition(search, organisations, all);
            return all;
        }

        String clause() {
            return actions == null ? base() : base() + " and d.actionId in :actions";
        }

        Map<String, Object> parameters() {
            if (actions == null) {
                return baseParameters();
            }
            Map<String, Object> all = new LinkedHashMap<>(baseParameters());
            all.put("actions", actions);
            return all;
        }

        /** The clause for one of the actions only ({@code :oneAction}). */
        String clauseForOneAction() {
            return base() + " and d.actionId = :oneAction";
        }
    }

    /** One page; {@code organisationId} (an applicant's own list) or null (the staff's list, every dossier). */
    public Page<DossierSummary> page(Long organisationId, DossierFilter filter, int page, int size, String sort) {
        Page.check(page, size);
        String order = orderBy(sort);
        Where where = where(organisationId, filter);
        if (where.none()) {
            return new Page<>(List.of(), page, size, 0);
        }
        // One common word with at most `sorted` dossiers and in no organisation's words: the database joins the word
        // index itself, no id read. Not with two ("eolien mer", status COMPLETED: 0.4-0.7 s by the status filter's
        // index, against 50-80 ms for the ids sorted in parts; bench/README.md).
        String indexed = where.bounded() && where.search().commonWords().size() == 1 && sorted > 0
                && DossierSearch.inDossierWordsOnly(em, organisations, where.search().commonWords().getFirst(), sorted)
                ? where.search().commonWords().getFirst() : null;
        // Else a search of common words only, read from the dossiers of those found in at most `sorted` (the same
        // rows).
        DossierSearch.Match narrowed = where.bounded() && indexed == null
                ? DossierSearch.narrowed(em, organisations, where.search(), sorted) : null;
        List<Long> ids;
        long found = -1;
        if (indexed != null) {
            Where rest = where.searching(new DossierSearch.Match(null, List.of()));
            ids = SortedIds.byWordIndex(em, rest.clause(), rest.parameters(), List.of(indexed), order, page, size);
        } else if (narrowed != null && narrowed.ids() != null) {
            Where read = where.searching(narrowed);
            List<Long> matching = matching(read);
            TypedQuery<Long> window = read.actions() == null ? em.createQuery("select d.id from Dossier d"
                    + read.filter() + order, Long.class) : null;
            if (window != null) {
                read.filterParameters().forEach(window::setParameter);
            }
            ids = SortedIds.page(em, matching, window, order, page, size, idsPerQuery);
            found = matching.size();
        } else {
            ids = pageIds(where, order, page, size);
        }
        List<DossierSummary> items = ids.isEmpty() ? List.of()
                : em.createQuery(SUMMARY + " where d.id in :ids" + order, DossierSummary.class)
                        .setParameter("ids", ids).getResultList();
        if (where.bounded()) {
            if (found < 0) {
                found = matchingIds(where).size();
            }
            boolean capped = found > cap;
            return new Page<>(items, page, size, capped ? cap : found, capped);
        }
        TypedQuery<Long> count = em.createQuery("select count(d) from Dossier d" + where.clause(), Long.class);
        where.parameters().forEach(count::setParameter);
        return new Page<>(items, page, size, count.getSingleResult());
    }

    /**
     * How many dossiers per status match the filter (its own status filter aside), by one {@code GROUP BY} in the
     * database; every status is present, zero when none.
     */
    public Map<DossierStatus, Long> countByStatus(DossierFilter filter) {
        DossierFilter f = filter == null ? DossierFilter.ALL : filter;
        Map<DossierStatus, Long> counts = new EnumMap<>(DossierStatus.class);
        for (DossierStatus status : DossierStatus.values()) {
            counts.put(status, 0L);
        }
        Where where = where(null, f.anyStatus());
        if (where.none()) {
            return counts;
        }
        TypedQuery<Object[]> query;
        if (where.bounded()) {
            List<Long> ids = matchingIds(where);
            if (ids.isEmpty()) {
                return counts;
            }
            query = em.createQuery("select d.status, count(d) from Dossier d where d.id in :ids group by d.status",
                    Object[].class).setParameter("ids", ids.subList(0, Math.min(ids.size(), cap)));
        } else {
            query = em.createQuery("select d.status, count(d) from Dossier d" + where.clause()
                    + " group by d.status", Object[].class);
            where.parameters().forEach(query::setParameter);
        }
        for (Object[] row : query.getResultList()) {
            counts.put((DossierStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * The dossiers of a search made into ids ({@link DossierSearch#narrowed}) that pass the rest of the filter and
     * the words still to check: the ids themselves when there is nothing else, else by one query without an order
     * (the optimizer reads those ids, or the filter's index when it has fewer rows: never the sort's index).
     */
    private List<Long> matching(Where where) {
        DossierSearch.Match search = where.search();
        if (search.none() || ALL.equals(where.filter()) && where.actions() == null
                && search.commonWords().isEmpty()) {
            return search.ids();
        }
        TypedQuery<Long> query = em.createQuery("select d.id from Dossier d" + where.clause(), Long.class);
        where.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * The ids of the page, in its order. Dossiers of several actions (an axis, an action number in every programme)
     * are not one range of an index (action, sort): each action's first rows are read from its own range, then the
     * page is cut from their union by the database (its collation orders the titles) — while those first rows stay
     * few ({@value #UNION_BOUND}); beyond, the whole filter is read and sorted. A search that is ids (at most
     * {@value DossierSearch#CAP}) is read with the rest of the filter by one query.
     */
    private List<Long> pageIds(Where where, String order, int page, int size) {
        long first = (long) page * size;
        DossierSearch.Match search = where.search();
        if ((search == null || search.ids() == null) && where.actions() != null && where.actions().size() > 1
                && (first + size) * where.actions().size() <= UNION_BOUND) {
            Set<Long> candidates = new LinkedHashSet<>();
            for (Long action : where.actions()) {
                TypedQuery<Long> query = em.createQuery("select d.id from Dossier d" + where.clauseForOneAction()
                        + order, Long.class);
                where.baseParameters().forEach(query::setParameter);
                candidates.addAll(query.setParameter("oneAction", action).setMaxResults((int) (first + size))
                        .getResultList());
            }
            if (candidates.isEmpty()) {
                return List.of();
            }
            return em.createQuery("select d.id from Dossier d where d.id in :candidates" + order, Long.class)
                    .setParameter("candidates", List.copyOf(candidates))
                    .setFirstResult((int) first).setMaxResults(size).getResultList();
        }
        TypedQuery<Long> query = em.createQuery("select d.id from Dossier d" + where.clause() + order, Long.class);
        where.parameters().forEach(query::setParameter);
        return query.setFirstResult((int) first).setMaxResults(size).getResultList();
    }

    /**
     * The first {@value DossierSearch#CAP} + 1 matching ids at most, for a search of common words only: read from
     * the word index of its first word (the dossiers having it, then those whose organisation has it), each row
     * checked against the rest of the filter — not from the dossiers in some index's order, where a word in one
     * dossier of ten would have 10,000 rows checked to find 1,001. The organisations' words are the applicant
     * component's range, joined in the same statement.
     */
    private List<Long> matchingIds(Where where) {
        String word = (String) where.baseParameters().get("searchWord0");
        Set<Long> ids = new LinkedHashSet<>();
        TypedQuery<Long> own = em.createQuery("select distinct d.id from DossierWord w, Dossier d" + where.clause()
                + " and w.dossierId = d.id and w.word like :searchWord0", Long.class);
        where.parameters().forEach(own::setParameter);
        ids.addAll(own.setMaxResults(cap + 1).getResultList());
        if (ids.size() <= cap) {
            ApplicantOrganisations.Range words = organisations.words("d.organisationId", "searchWord0");
            TypedQuery<Long> byOrganisation = em.createQuery("select distinct d.id from " + words.from()
                    + ", Dossier d" + where.clause() + " and " + words.where(), Long.class);
            where.parameters().forEach(byOrganisation::setParameter);
            ids.addAll(byOrganisation.setMaxResults(cap + 1).getResultList());
        }
        return List.copyOf(ids).subList(0, Math.min(ids.size(), cap + 1));
    }

    private Where where(Long organisationId, DossierFilter filter) {
        DossierFilter f = filter == null ? DossierFilter.ALL : filter;
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(ALL);
        if (organisationId != null) {
            where.append(" and d.organisationId = :organisation");
            parameters.put("organisation", organisationId);
        }
        if (f.status() != null) {
            where.append(" and d.status = :status");
            parameters.put("status", f.status());
        }
        Long programmeId = null;
        // The programme's actions are the programme: with an axis or an action, only the actions are kept (one
        // column, whose indexes (action, sort) serve every sort).
        if (f.programme() != null) {
            Optional<Long> programme = programmes.byCode(f.programme());
            if (programme.isEmpty()) {
                return Where.nothing();
            }
            programmeId = programme.get();
            if (f.axis() == null && f.action() == null) {
                where.append(" and d.programmeId = :programme");
                parameters.put("programme", programmeId);
            }
        }
        List<Long> actions = null;
        if (f.axis() != null || f.action() != null) {
            actions = programmes.actionIds(programmeId, f.axis(), f.action());
            if (actions.isEmpty()) {
                return Where.nothing();
            }
        }
        if (f.call() != null) {
            where.append(" and d.callId = :call");
            parameters.put("call", f.call());
        }
        DossierSearch.Match search = null;
        if (f.q() != null) {
            search = DossierSearch.match(em, organisations, f.q(), cap);
            if (search.none()) {
                return Where.nothing();
            }
        }
        if (actions != null && actions.size() == 1) {
            where.append(" and d.actionId = :action");
            parameters.put("action", actions.getFirst());
            actions = null;
        }
        return new Where(where.toString(), parameters, search, actions, false, organisations);
    }

    /**
     * For one page of an applicant's list: each dossier's first milestone due on or after {@code from}, by one query
     * (dossiers of other organisations are ignored).
     */
    public Map<Long, Dossiers.NextMilestone> nextMilestones(long organisationId, Collection<Long> ids, LocalDate from) {
        Map<Long, Dossiers.NextMilestone> next = new HashMap<>();
        if (ids.isEmpty()) {
            return next;
        }
        em.createQuery("select m.dossier.id, m.dueDate, m.title from Milestone m"
                        + " where m.dossier.id in :ids and m.dossier.organisationId = :organisation"
                        + " and m.dueDate >= :from order by m.dossier.id, m.dueDate, m.position", Object[].class)
                .setParameter("ids", ids)
                .setParameter("organisation", organisationId)
                .setParameter("from", from)
                .getResultList()
                .forEach(row -> next.putIfAbsent((Long) row[0],
                        new Dossiers.NextMilestone((Long) row[0], (LocalDate) row[1], (String) row[2])));
        return next;
    }

    /** {@code field,asc|desc} over a fixed set of fields; newest change first by default; id breaks ties. */
    public static String orderBy(String sort) {
        if (sort == null || sort.isBlank()) {
            return " order by d.updatedAt desc, d.id desc";
        }
        String[] parts = sort.split(",", -1);
        String column = SORTABLE.get(parts[0].strip());
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        if (column == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new RuleViolation("paging.sort", "Sort by one of " + new TreeSet<>(SORTABLE.keySet())
                    + ", asc or desc", List.of(new Violation("sort", "unknown sort: " + sort)));
        }
        return " order by " + column + " " + direction + ("d.id".equals(column) ? "" : ", d.id " + direction);
    }
}

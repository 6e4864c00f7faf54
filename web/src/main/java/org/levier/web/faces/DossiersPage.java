package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.dossier.boundary.DossierFilter;
import org.levier.dossier.boundary.DossierSummary;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.entity.DossierStatus;
import org.levier.programme.boundary.Programmes;
import org.levier.shared.control.Clocks;
import org.levier.shared.control.Page;
import org.levier.shared.entity.Money;
import org.levier.web.core.Caller;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The applicant's home: the organisation's dossiers, one page at a time from the database (a lazy table), each
 * with its status, the next step and its deadlines (the call's closing for a draft, the next milestone due).
 */
@Named
@ViewScoped
public class DossiersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 10;
    private static final Map<String, String> SORT_FIELDS = Map.of("reference", "reference", "title", "title",
            "status", "status", "updatedAt", "updatedAt");

    /** A row of the table: the summary and what the applicant should watch. */
    public record Row(long id, String reference, String title, DossierStatus status, Money requestedTotal,
                      Instant updatedAt, Instant callClosesAt, LocalDate nextMilestoneDue, String nextMilestone)
            implements Serializable {

        public boolean draft() {
            return status == DossierStatus.DRAFT;
        }
    }

    @Inject
    Dossiers dossiers;

    @Inject
    Programmes programmes;

    @Inject
    Caller applicant;

    @Inject
    Clock clock;

    private final LazyDataModel<Row> model = new Rows();

    public LazyDataModel<Row> getModel() {
        return model;
    }

    private final class Rows extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) dossiers.listOwn(applicant.applicant(), DossierFilter.ALL, 0, 1, null).total();
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, Page.MAX_SIZE));
            Page<DossierSummary> page = dossiers.listOwn(applicant.applicant(), DossierFilter.ALL, first / size, size,
                    sort(sortBy));
            setRowCount((int) page.total());
            Map<Long, Instant> closings = new HashMap<>();
            Map<Long, Dossiers.NextMilestone> milestones = dossiers.nextMilestonesOwn(applicant.applicant(),
                    page.items().stream().filter(s -> !s.status().isTerminal()).map(DossierSummary::id).toList(),
                    LocalDate.now(clock.withZone(Clocks.FUND_ZONE)));
            return page.items().stream().map(s -> row(s, closings, milestones.get(s.id()))).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }

        @Override
        public Row getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    /** A row; {@code next} is the first milestone not yet past, for dossiers that are still alive (or null). */
    private Row row(DossierSummary summary, Map<Long, Instant> closings, Dossiers.NextMilestone next) {
        Instant closes = summary.status() == DossierStatus.DRAFT
                ? closings.computeIfAbsent(summary.callId(), id -> programmes.getCall(id).getClosesAt()) : null;
        return new Row(summary.id(), summary.reference(), summary.title(), summary.status(),
                summary.requestedTotal(), summary.updatedAt(), closes,
                next == null ? null : next.dueDate(), next == null ? null : next.title());
    }

    /** PrimeFaces' sort to the boundary's {@code field,asc|desc}; newest change first by default. */
    static String sort(Map<String, SortMeta> sortBy) {
        if (sortBy == null || sortBy.isEmpty()) {
            return null;
        }
        SortMeta meta = sortBy.values().iterator().next();
        String field = SORT_FIELDS.get(meta.getField());
        if (field == null || meta.getOrder() == SortOrder.UNSORTED) {
            return null;
        }
        return field + (meta.getOrder() == SortOrder.DESCENDING ? ",desc" : ",asc");
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }
}

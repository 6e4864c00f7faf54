package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.levier.dossier.boundary.DossierFilter;
import org.levier.dossier.boundary.DossierSummary;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.control.DossierSearch;
import org.levier.dossier.entity.DossierStatus;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.Axis;
import org.levier.programme.entity.CallForProjects;
import org.levier.programme.entity.Programme;
import org.levier.programme.entity.ProgrammeAction;
import org.levier.shared.control.Page;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Money;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The staff's list of dossiers ({@code /app/staff/dossiers.xhtml}): filters above a lazy table whose paging and
 * sorting happen in the database ({@link Dossiers#list}), the organisations' names of a page in one query, and the
 * counts per status of the filtered set in one {@code GROUP BY} ({@link Dossiers#countByStatus}).
 */
@Named
@ViewScoped
public class StaffDossiersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    private static final java.util.Set<String> SORT_FIELDS = java.util.Set.of("reference", "title", "status",
            "submittedAt", "updatedAt");

    /** A row of the table. */
    public record Row(long id, String reference, String title, DossierStatus status, String organisation,
                      Money requestedTotal, Instant submittedAt, Instant updatedAt) implements Serializable {
    }

    /** A status and how many filtered dossiers are in it. */
    public record StatusCount(DossierStatus status, long count) implements Serializable {
    }

    @Inject
    Dossiers dossiers;

    @Inject
    Programmes programmes;

    private String programme;
    private Integer axis;
    private Integer action;
    private Long call;
    private DossierStatus status;
    private String q;

    private transient List<StatusCount> counts;
    private transient Boolean capped;
    private transient List<Programme> programmeList;
    private final LazyDataModel<Row> model = new Rows();

    private Row selected;

    /** Applies the filters: the table goes back to its first page, the counts are recomputed. */
    public void search() {
        counts = null;
        capped = null;
        jakarta.faces.context.FacesContext context = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null
                && context.getViewRoot().findComponent(":staff:dossiers") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** A row clicked: its dossier's page. */
    public void open(SelectEvent<Row> event) throws java.io.IOException {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/app/staff/dossier.xhtml?id=" + event.getObject().id());
    }

    public Row getSelected() {
        return selected;
    }

    public void setSelected(Row selected) {
        this.selected = selected;
    }

    /** Shows only the dossiers of a status (or all again with null). */
    public void showStatus(DossierStatus shown) {
        status = shown;
        search();
    }

    public void reset() {
        programme = null;
        axis = null;
        action = null;
        call = null;
        status = null;
        q = null;
        search();
    }

    DossierFilter filter() {
        return new DossierFilter(status, programme, axis, action, call, q);
    }

    /**
     * The back office's export of the filtered list, every page ({@code /app/staff/export?what=dossiers}), relative
     * to the application.
     */
    public String exportUrl(String format) {
        StringBuilder url = new StringBuilder("/app/staff/export?what=dossiers&format=").append(format);
        DossierFilter f = filter();
        append(url, "status", f.status() == null ? null : f.status().name());
        append(url, "programme", f.programme());
        append(url, "axis", f.axis());
        append(url, "action", f.action());
        append(url, "call", f.call());
        append(url, "q", f.q());
        return url.toString();
    }

    private static void append(StringBuilder url, String name, Object value) {
        if (value != null) {
            url.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public List<StatusCount> getCounts() {
        if (counts == null) {
            Map<DossierStatus, Long> byStatus = dossiers.countByStatus(filter());
            counts = Arrays.stream(DossierStatus.values())
                    .map(s -> new StatusCount(s, byStatus.getOrDefault(s, 0L))).toList();
        }
        return counts;
    }

    /**
     * Whether the search matches more dossiers than it counts ({@code Page.totalCapped}: its words are all common):
     * the page then says to refine it. Only a search can be capped: no query without one.
     */
    public boolean isCapped() {
        if (capped == null) {
            capped = q != null && !q.isBlank() && dossiers.list(filter(), 0, 1, null).totalCapped();
        }
        return capped;
    }

    /** The bound of a capped count (1,000). */
    public int getCap() {
        return DossierSearch.CAP;
    }

    public long getTotal() {
        return getCounts().stream().mapToLong(StatusCount::count).sum();
    }

    public LazyDataModel<Row> getModel() {
        return model;
    }

    private final class Rows extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) dossiers.list(filter(), 0, 1, null).total();
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, Page.MAX_SIZE));
            Page<DossierSummary> page;
            try {
                page = dossiers.list(filter(), first / size, size, sort(sortBy));
            } catch (RuleViolation refused) {
                Messages.show(refused);
                setRowCount(0);
                return List.of();
            }
            setRowCount((int) page.total());
            Map<Long, String> names = dossiers.organisationNames(page.items().stream()
                    .map(DossierSummary::organisationId).toList());
            return page.items().stream().map(s -> new Row(s.id(), s.reference(), s.title(), s.status(),
                    names.get(s.organisationId()), s.requestedTotal(), s.submittedAt(), s.updatedAt())).toList();
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

    /** PrimeFaces' sort to the boundary's {@code field,asc|desc}; newest change first by default. */
    static String sort(Map<String, SortMeta> sortBy) {
        if (sortBy == null || sortBy.isEmpty()) {
            return null;
        }
        SortMeta meta = sortBy.values().iterator().next();
        if (!SORT_FIELDS.contains(meta.getField()) || meta.getOrder() == SortOrder.UNSORTED) {
            return null;
        }
        return meta.getField() + (meta.getOrder() == SortOrder.DESCENDING ? ",desc" : ",asc");
    }

    // --- the filters' choices ---

    public List<Programme> getProgrammes() {
        if (programmeList == null) {
            programmeList = programmes.list();
        }
        return programmeList;
    }

    private List<Programme> chosenProgrammes() {
        return getProgrammes().stream().filter(p -> programme == null || p.getCode().equals(programme)).toList();
    }

    public List<Axis> getAxes() {
        return chosenProgrammes().stream().flatMap(p -> p.getAxes().stream()).toList();
    }

    public List<ProgrammeAction> getActions() {
        return getAxes().stream().filter(a -> axis == null || a.getNumber() == axis)
                .flatMap(a -> a.getActions().stream()).toList();
    }

    public List<CallForProjects> getCalls() {
        return programmes.calls(null, programme);
    }

    public DossierStatus[] getStatuses() {
        return DossierStatus.values();
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    // --- properties ---

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme == null || programme.isBlank() ? null : programme;
    }

    public Integer getAxis() {
        return axis;
    }

    public void setAxis(Integer axis) {
        this.axis = axis;
    }

    public Integer getAction() {
        return action;
    }

    public void setAction(Integer action) {
        this.action = action;
    }

    public Long getCall() {
        return call;
    }

    public void setCall(Long call) {
        this.call = call;
    }

    public DossierStatus getStatus() {
        return status;
    }

    public void setStatus(DossierStatus status) {
        this.status = status;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public boolean isShown(DossierStatus candidate) {
        return Objects.equals(status, candidate);
    }
}

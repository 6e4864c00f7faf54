package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.levier.disbursement.boundary.Disbursements;
import org.levier.disbursement.entity.Disbursement;
import org.levier.disbursement.entity.DisbursementStatus;
import org.levier.shared.control.Page;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The staff's disbursement queue ({@code /app/staff/disbursements.xhtml}): requests awaiting approval, oldest
 * first, and approved ones awaiting payment, each paged in the database, with the dossier, the tranche and what
 * remains to be requested on it. A fund director approves (the domain
 * refuses the requester's own request, and the page shows why), pays with the value date and the bank reference,
 * or cancels with a reason ({@link DisbursementMoves}).
 */
@Named
@ViewScoped
public class DisbursementQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A line of the queue: the request and its dossier. */
    public record Row(long id, long dossierId, String reference, String title, Instrument instrument, Money amount,
                      DisbursementStatus status, String requestedBy, Instant requestedAt, String approvedBy,
                      int evidence, String milestone, Money trancheAmount, Money remaining) implements Serializable {

        public boolean isPending() {
            return status == DisbursementStatus.PENDING;
        }

        public boolean isApproved() {
            return status == DisbursementStatus.APPROVED;
        }
    }

    @Inject
    Disbursements disbursements;

    @Inject
    DisbursementMoves moves;

    private final LazyDataModel<Row> pending = new Rows(DisbursementStatus.PENDING);
    private final LazyDataModel<Row> approved = new Rows(DisbursementStatus.APPROVED);

    @Inject
    UserView user;

    /** The view action: the queue is the staff's and the auditors' (403 for the other roles). */
    public void requireStaff() {
        if (!(user.has(Role.ANALYST) || user.has(Role.FUND_DIRECTOR) || user.isAuditor())) {
            AgreementSheet.sendError(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN);
        }
    }

    public void approve(long disbursementId) {
        moves.approve(disbursementId);
    }

    public void pay(long disbursementId) {
        moves.pay(disbursementId);
    }

    public void cancel(long disbursementId) {
        moves.cancel(disbursementId);
    }

    public DisbursementMoves getMoves() {
        return moves;
    }

    public LazyDataModel<Row> getPending() {
        return pending;
    }

    public LazyDataModel<Row> getApproved() {
        return approved;
    }

    /** The dossier reference the queue is filtered on (view parameter {@code dossier}); blank: every dossier. */
    private String dossier;

    public String getDossier() {
        return dossier;
    }

    public void setDossier(String dossier) {
        this.dossier = dossier == null || dossier.isBlank() ? null : dossier.strip();
    }

    private Page<Disbursement> read(DisbursementStatus status, int page, int size) {
        return status == DisbursementStatus.PENDING ? disbursements.awaitingApproval(dossier, page, size)
                : disbursements.awaitingPayment(dossier, page, size);
    }

    private final class Rows extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        private final DisbursementStatus status;

        Rows(DisbursementStatus status) {
            this.status = status;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) read(status, 0, 1).total();
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, Page.MAX_SIZE));
            Page<Disbursement> page = read(status, first / size, size);
            setRowCount((int) page.total());
            Map<Long, Disbursements.Place> places = disbursements.placesOf(page.items());
            return page.items().stream().map(d -> {
                Disbursements.Place place = places.get(d.getId());
                return new Row(d.getId(), place == null ? 0 : place.dossierId(),
                        place == null ? null : place.dossierReference(), place == null ? null : place.dossierTitle(),
                        d.getInstrument(), d.getAmount(), d.getStatus(), d.getRequestedBy(), d.getRequestedAt(),
                        d.approvedBy().orElse(null), d.getEvidence().size(), place == null ? null : place.milestone(),
                        place == null ? null : place.trancheAmount(), place == null ? null
                        : place.remainingOnTranche());
            }).toList();
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
}

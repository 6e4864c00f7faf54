package org.levier.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.levier.agreement.boundary.AgreementView;
import org.levier.agreement.boundary.AgreementView.TranchePosition;
import org.levier.disbursement.boundary.DisbursementRequest;
import org.levier.disbursement.entity.Disbursement;
import org.levier.disbursement.entity.DisbursementStatus;
import org.levier.document.boundary.Documents.DocumentInfo;
import org.levier.equity.boundary.StakeView;
import org.levier.repayment.boundary.ScheduleView;
import org.levier.shared.control.Forbidden;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.Page;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * What the applicant's and the staff's agreement pages show alike ({@code /WEB-INF/includes/agreement-sheet.xhtml}):
 * commitments per instrument, tranches with paid, pending and remaining, conditions precedent, the disbursements,
 * the repayment schedule and the equity stake when there are some. The subclass reads them through its own use
 * cases (the applicant's {@code *Own} ones, or the staff's); everything is read again at each request that needs it.
 */
public abstract class AgreementSheet implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most disbursements a sheet lists (newest first); an agreement has a handful per tranche. */
    static final int DISBURSEMENTS_SHOWN = 100;

    /** A disbursement as the pages list it (no Optional for EL). */
    public record DisbursementRow(long id, long trancheId, String tranche, Instrument instrument, Money amount,
                                  DisbursementStatus status, String requestedBy, Instant requestedAt,
                                  String approvedBy, LocalDate paidOn, String bankReference, String cancelReason,
                                  List<String> evidence) {

        public boolean isPending() {
            return status == DisbursementStatus.PENDING;
        }

        public boolean isApproved() {
            return status == DisbursementStatus.APPROVED;
        }
    }

    private Long dossier;

    // the request form
    private Long trancheId;
    private BigDecimal amount;
    private List<Long> evidence = new java.util.ArrayList<>();
    private String idempotencyKey = newKey();

    private transient AgreementView agreement;
    private transient List<DisbursementRow> disbursements;
    private transient Optional<ScheduleView> schedule;
    private transient Optional<StakeView> stake;
    private transient List<DocumentInfo> documents;

    protected abstract AgreementView readAgreement(long dossierId);

    protected abstract Page<Disbursement> readDisbursements(long dossierId);

    protected abstract ScheduleView readSchedule(long dossierId);

    protected abstract StakeView readStake(long dossierId);

    protected abstract List<DocumentInfo> readDocuments(long dossierId);

    /** Sends the request to the use case of the caller's role. */
    protected abstract void request(long dossierId, DisbursementRequest request);

    /**
     * Requests a disbursement on the chosen tranche. The form carries one Idempotency-Key until a request goes
     * through, so that a form sent twice (double click, reload) makes one request.
     */
    public void requestDisbursement() {
        if (trancheId == null || amount == null) {
            Messages.error("disbursement.form.incomplete");
            return;
        }
        Optional<Money> money = DossierForm.asMoney(amount);
        if (money.isEmpty()) {
            Messages.error("convert.amount.precision");
            return;
        }
        DisbursementRequest request = new DisbursementRequest(trancheId, money.get(),
                new java.util.HashSet<>(evidence), idempotencyKey);
        if (Messages.attempt(() -> request(dossier, request), "disbursement.requested")) {
            trancheId = null;
            amount = null;
            evidence = new java.util.ArrayList<>();
            idempotencyKey = newKey();
        }
        refresh();
    }

    private static String newKey() {
        return "faces-" + java.util.UUID.randomUUID();
    }

    /**
     * The view action: the agreement, or 404 when the dossier has none the caller may see, 403 when the caller's role
     * does not read agreements this way (an applicant on the staff's page, staff on the applicant's).
     */
    public void load() {
        try {
            if (dossier == null) {
                throw new NotFound("agreement");
            }
            agreement = readAgreement(dossier);
        } catch (NotFound absent) {
            sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (Forbidden | EJBAccessException refused) {
            sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    static void sendError(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Forgets what was read, after a command changed it. */
    protected void refresh() {
        agreement = null;
        disbursements = null;
        schedule = null;
        stake = null;
        documents = null;
    }

    public AgreementView getAgreement() {
        if (agreement == null) {
            agreement = readAgreement(dossier);
        }
        return agreement;
    }

    /** The tranches still open to a request: not withdrawn, something left to request. */
    public List<TranchePosition> getRequestableTranches() {
        return getAgreement().tranches().stream()
                .filter(t -> !t.withdrawn() && t.money().remaining().isPositive()).toList();
    }

    /** Instruments with a commitment (the others are not shown). */
    public List<AgreementView.InstrumentPosition> getInstruments() {
        return getAgreement().instruments().stream()
                .filter(i -> i.position().committed().isPositive() || i.position().paid().isPositive()).toList();
    }

    public List<DisbursementRow> getDisbursements() {
        if (disbursements == null) {
            Map<Long, String> names = getDocuments().stream()
                    .collect(Collectors.toMap(DocumentInfo::id, DocumentInfo::fileName, (a, b) -> a));
            Map<Long, TranchePosition> tranches = getAgreement().tranches().stream()
                    .collect(Collectors.toMap(TranchePosition::id, Function.identity()));
            disbursements = readDisbursements(dossier).items().stream().map(d -> row(d, tranches, names)).toList();
        }
        return disbursements;
    }

    private static DisbursementRow row(Disbursement d, Map<Long, TranchePosition> tranches, Map<Long, String> names) {
        TranchePosition t = tranches.get(d.getTrancheId());
        String tranche = t == null ? "#" + d.getTrancheId() : (t.position() + 1) + ". " + t.milestone();
        return new DisbursementRow(d.getId(), d.getTrancheId(), tranche, d.getInstrument(), d.getAmount(),
                d.getStatus(), d.getRequestedBy(), d.getRequestedAt(), d.approvedBy().orElse(null),
                d.paidOn().orElse(null), d.bankReference().orElse(null), d.cancelReason().orElse(null),
                d.getEvidence().stream().sorted().map(id -> names.getOrDefault(id, "#" + id)).toList());
    }

    /** The repayment schedule, or null when the agreement has none (no repayable advance, or not generated yet). */
    public ScheduleView getSchedule() {
        if (schedule == null) {
            try {
                schedule = Optional.of(readSchedule(dossier));
            } catch (NotFound none) {
                schedule = Optional.empty();
            }
        }
        return schedule.orElse(null);
    }

    /** The equity stake, or null when there is none. */
    public StakeView getStake() {
        if (stake == null) {
            try {
                stake = Optional.of(readStake(dossier));
            } catch (NotFound none) {
                stake = Optional.empty();
            }
        }
        return stake.orElse(null);
    }

    /** The dossier's documents, the evidence a request may name. */
    public List<DocumentInfo> getDocuments() {
        if (documents == null) {
            documents = readDocuments(dossier);
        }
        return documents;
    }

    /** A stored decimal without its padding zeros ({@code 5.500000} → {@code 5.5}, {@code 10.000000} → {@code 10}). */
    public BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A ratio (multiple) shown with two decimals, half-even. */
    public BigDecimal ratio(BigDecimal ratio) {
        return ratio == null ? null : ratio.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    /** A percentage of a ratio as a number to show ({@code 0.1234} → {@code 12.34}). */
    public BigDecimal percent(BigDecimal ratio) {
        return ratio == null ? null : ratio.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    public Long getTrancheId() {
        return trancheId;
    }

    public void setTrancheId(Long trancheId) {
        this.trancheId = trancheId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public List<Long> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<Long> evidence) {
        this.evidence = evidence == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(evidence);
    }

    public Long getDossier() {
        return dossier;
    }

    public void setDossier(Long dossier) {
        this.dossier = dossier;
    }
}

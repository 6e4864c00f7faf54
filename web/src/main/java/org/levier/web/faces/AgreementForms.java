package org.levier.web.faces;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.levier.agreement.boundary.AgreementView;
import org.levier.agreement.boundary.Agreements;
import org.levier.agreement.entity.AmendmentTerms;
import org.levier.agreement.entity.TrancheTerms;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * The staff's commands on the agreement itself, with the fields their forms fill: a condition precedent met on a
 * date with its evidence document, a condition's "met" withdrawn with a reason, and an amendment of the live
 * tranches (amount, planned date, milestone; the commitment of each instrument becomes the sum of its tranches)
 * with its reason. The domain decides; its refusals are shown by {@link Messages}.
 */
@Dependent
public class AgreementForms implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Agreements agreements;

    private Long conditionId;
    private LocalDate metOn;
    private Long evidenceDocumentId;
    private Long withdrawConditionId;
    private String withdrawReason;
    private String amendmentReason;
    private List<TrancheLine> lines;

    /** One live tranche as the amendment form edits it. */
    public static final class TrancheLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final Instrument instrument;
        private BigDecimal amount;
        private LocalDate plannedOn;
        private String milestone;

        TrancheLine(long id, Instrument instrument, BigDecimal amount, LocalDate plannedOn, String milestone) {
            this.id = id;
            this.instrument = instrument;
            this.amount = amount;
            this.plannedOn = plannedOn;
            this.milestone = milestone;
        }

        public long getId() {
            return id;
        }

        public Instrument getInstrument() {
            return instrument;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public LocalDate getPlannedOn() {
            return plannedOn;
        }

        public void setPlannedOn(LocalDate plannedOn) {
            this.plannedOn = plannedOn;
        }

        public String getMilestone() {
            return milestone;
        }

        public void setMilestone(String milestone) {
            this.milestone = milestone;
        }
    }

    public boolean markConditionMet(long dossierId) {
        if (conditionId == null || metOn == null || evidenceDocumentId == null) {
            Messages.error("condition.form.incomplete");
            return false;
        }
        boolean done = Messages.attempt(() -> agreements.markConditionMet(dossierId, conditionId, metOn,
                evidenceDocumentId), "condition.marked");
        if (done) {
            conditionId = null;
            metOn = null;
            evidenceDocumentId = null;
        }
        return done;
    }

    public boolean withdrawConditionMet(long dossierId) {
        if (withdrawConditionId == null || withdrawReason == null || withdrawReason.isBlank()) {
            Messages.error("condition.withdraw.incomplete");
            return false;
        }
        boolean done = Messages.attempt(() -> agreements.withdrawConditionMet(dossierId, withdrawConditionId,
                withdrawReason.strip()), "condition.withdrawn");
        if (done) {
            withdrawConditionId = null;
            withdrawReason = null;
        }
        return done;
    }

    /** The live tranches of the agreement, as the amendment form starts from them. */
    public List<TrancheLine> lines(AgreementView agreement) {
        if (lines == null && agreement != null) {
            lines = new ArrayList<>();
            agreement.tranches().stream().filter(t -> !t.withdrawn()).forEach(t -> lines.add(new TrancheLine(t.id(),
                    t.instrument(), t.money().committed().amount(), t.plannedOn(), t.milestone())));
        }
        return lines == null ? List.of() : lines;
    }

    /** Amends the schedule as edited; each instrument's commitment becomes the sum of its tranches. */
    public boolean amend(long dossierId, AgreementView agreement) {
        if (amendmentReason == null || amendmentReason.isBlank()) {
            Messages.error("amendment.form.incomplete");
            return false;
        }
        Map<Instrument, Money> commitment = new EnumMap<>(Instrument.class);
        for (Instrument instrument : Instrument.values()) {
            commitment.put(instrument, Money.ZERO);
        }
        List<TrancheTerms> tranches = new ArrayList<>();
        for (TrancheLine line : lines(agreement)) {
            Optional<Money> amount = line.amount == null ? Optional.empty() : DossierForm.asMoney(line.amount);
            if (amount.isEmpty()) {
                Messages.error("convert.amount.precision");
                return false;
            }
            commitment.merge(line.instrument, amount.get(), Money::plus);
            tranches.add(new TrancheTerms(line.id, line.instrument, amount.get(), line.plannedOn, line.milestone,
                    null));
        }
        boolean done = Messages.attempt(() -> agreements.amend(dossierId, agreement.version(),
                new AmendmentTerms(commitment, tranches, amendmentReason.strip())), "amendment.recorded");
        if (done) {
            amendmentReason = null;
            lines = null;
        }
        return done;
    }

    public Long getConditionId() {
        return conditionId;
    }

    public void setConditionId(Long conditionId) {
        this.conditionId = conditionId;
    }

    public LocalDate getMetOn() {
        return metOn;
    }

    public void setMetOn(LocalDate metOn) {
        this.metOn = metOn;
    }

    public Long getEvidenceDocumentId() {
        return evidenceDocumentId;
    }

    public void setEvidenceDocumentId(Long evidenceDocumentId) {
        this.evidenceDocumentId = evidenceDocumentId;
    }

    public Long getWithdrawConditionId() {
        return withdrawConditionId;
    }

    public void setWithdrawConditionId(Long withdrawConditionId) {
        this.withdrawConditionId = withdrawConditionId;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    public String getAmendmentReason() {
        return amendmentReason;
    }

    public void setAmendmentReason(String amendmentReason) {
        this.amendmentReason = amendmentReason;
    }
}

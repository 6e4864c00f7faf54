package org.levier.reports.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Everything the funding agreement (convention) prints, as one bean: parties, commitment per instrument, tranche
 * schedule with what is paid and what remains to pay, conditions precedent and amendments; texts already translated
 * and formatted, amounts in euros. Totals are computed here from the lines the sheet carries.
 */
public final class AgreementSheet {

    /** The commitment on one instrument, beside what the committee approved. */
    public static final class Commitment {
        private final String instrument;
        private final BigDecimal approved;
        private final BigDecimal committed;

        public Commitment(String instrument, BigDecimal approved, BigDecimal committed) {
            this.instrument = instrument;
            this.approved = approved;
            this.committed = committed;
        }

        public String getInstrument() {
            return instrument;
        }

        public BigDecimal getApproved() {
            return approved;
        }

        public BigDecimal getCommitted() {
            return committed;
        }
    }

    /** A tranche of the schedule with what was paid on it and what remains to pay. */
    public static final class Tranche {
        private final String number;
        private final String instrument;
        private final String milestone;
        private final String plannedOn;
        private final BigDecimal amount;
        private final BigDecimal paid;
        private final BigDecimal unpaid;
        private final String status;

        public Tranche(String number, String instrument, String milestone, String plannedOn, BigDecimal amount,
                       BigDecimal paid, BigDecimal unpaid, String status) {
            this.number = number;
            this.instrument = instrument;
            this.milestone = milestone;
            this.plannedOn = plannedOn;
            this.amount = amount;
            this.paid = paid;
            this.unpaid = unpaid;
            this.status = status;
        }

        public String getNumber() {
            return number;
        }

        public String getInstrument() {
            return instrument;
        }

        public String getMilestone() {
            return milestone;
        }

        public String getPlannedOn() {
            return plannedOn;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public BigDecimal getPaid() {
            return paid;
        }

        public BigDecimal getUnpaid() {
            return unpaid;
        }

        public String getStatus() {
            return status;
        }
    }

    /** A text with its status or detail (a condition precedent and whether it is met; an amendment). */
    public static final class Note {
        private final String text;
        private final String detail;
        private final String status;

        public Note(String text, String detail, String status) {
            this.text = text;
            this.detail = detail;
            this.status = status;
        }

        public String getText() {
            return text;
        }

        public String getDetail() {
            return detail;
        }

        public String getStatus() {
            return status;
        }
    }

    private final String reference;
    private final String title;
    private final String fund;
    private final String beneficiary;
    private final String identifier;
    private final String signedOn;
    private final String signedBy;
    private final String version;
    private final List<Commitment> commitments;
    private final List<Tranche> tranches;
    private final List<Note> conditions;
    private final List<Note> amendments;

    public AgreementSheet(String reference, String title, String fund, String beneficiary, String identifier,
                          String signedOn, String signedBy, String version, List<Commitment> commitments,
                          List<Tranche> tranches, List<Note> conditions, List<Note> amendments) {
        this.reference = reference;
        this.title = title;
        this.fund = fund;
        this.beneficiary = beneficiary;
        this.identifier = identifier;
        this.signedOn = signedOn;
        this.signedBy = signedBy;
        this.version = version;
        this.commitments = List.copyOf(commitments);
        this.tranches = List.copyOf(tranches);
        this.conditions = List.copyOf(conditions);
        this.amendments = List.copyOf(amendments);
    }

    private static <T> BigDecimal sum(List<T> lines, Function<T, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getFund() {
        return fund;
    }

    public String getBeneficiary() {
        return beneficiary;
    }

    public String getIdentifier() {
        return identifier;
    }

    public String getSignedOn() {
        return signedOn;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public String getVersion() {
        return version;
    }

    public List<Commitment> getCommitments() {
        return commitments;
    }

    public BigDecimal getApprovedTotal() {
        return sum(commitments, Commitment::getApproved);
    }

    public BigDecimal getCommittedTotal() {
        return sum(commitments, Commitment::getCommitted);
    }

    public List<Tranche> getTranches() {
        return tranches;
    }

    public BigDecimal getTranchesTotal() {
        return sum(tranches, Tranche::getAmount);
    }

    public BigDecimal getPaidTotal() {
        return sum(tranches, Tranche::getPaid);
    }

    public BigDecimal getUnpaidTotal() {
        return sum(tranches, Tranche::getUnpaid);
    }

    public List<Note> getConditions() {
        return conditions;
    }

    public List<Note> getAmendments() {
        return amendments;
    }
}

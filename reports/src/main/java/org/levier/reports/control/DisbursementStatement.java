package org.levier.reports.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rows of the disbursement statement (état des versements): one {@link Line} per tranche, a subtotal per
 * instrument and the agreement's total, then one {@link Payment} per payment made. Amounts in euros; the subtotals
 * and the total are the agreement's own positions (database sums), as {@code GET /dossiers/{id}/agreement} shows
 * them, not sums of the printed lines.
 */
public final class DisbursementStatement {

    /** What a line is: a tranche, an instrument's subtotal or the agreement's total. */
    public enum Kind { TRANCHE, SUBTOTAL, TOTAL }

    /**
     * A line: committed, requested (pending approval), approved (not yet paid), paid, cancelled, and remaining
     * (committed − paid − approved − requested).
     */
    public static final class Line {
        private final Kind kind;
        private final String tranche;
        private final String instrument;
        private final BigDecimal committed;
        private final BigDecimal requested;
        private final BigDecimal approved;
        private final BigDecimal paid;
        private final BigDecimal cancelled;
        private final BigDecimal remaining;

        private final Integer trancheNumber;
        private final String milestone;
        private final LocalDate plannedOn;
        private final String instrumentCode;

        public Line(Kind kind, String tranche, String instrument, BigDecimal committed, BigDecimal requested,
                    BigDecimal approved, BigDecimal paid, BigDecimal cancelled, BigDecimal remaining) {
            this(kind, tranche, instrument, committed, requested, approved, paid, cancelled, remaining, null, null,
                    null, null);
        }

        /**
         * With what the data workbook shows in its own cells: the tranche's number, milestone and planned date (a
         * tranche line; else {@code null}) and the instrument's code ({@code GRANT}...; {@code null} on the total).
         */
        public Line(Kind kind, String tranche, String instrument, BigDecimal committed, BigDecimal requested,
                    BigDecimal approved, BigDecimal paid, BigDecimal cancelled, BigDecimal remaining,
                    Integer trancheNumber, String milestone, LocalDate plannedOn, String instrumentCode) {
            this.trancheNumber = trancheNumber;
            this.milestone = milestone;
            this.plannedOn = plannedOn;
            this.instrumentCode = instrumentCode;
            this.kind = kind;
            this.tranche = tranche;
            this.instrument = instrument;
            this.committed = committed;
            this.requested = requested;
            this.approved = approved;
            this.paid = paid;
            this.cancelled = cancelled;
            this.remaining = remaining;
        }

        public String getKind() {
            return kind.name();
        }

        public Integer getTrancheNumber() {
            return trancheNumber;
        }

        public String getMilestone() {
            return milestone;
        }

        public LocalDate getPlannedOn() {
            return plannedOn;
        }

        public String getInstrumentCode() {
            return instrumentCode;
        }

        public String getTranche() {
            return tranche;
        }

        public String getInstrument() {
            return instrument;
        }

        public BigDecimal getCommitted() {
            return committed;
        }

        public BigDecimal getRequested() {
            return requested;
        }

        public BigDecimal getApproved() {
            return approved;
        }

        public BigDecimal getPaid() {
            return paid;
        }

        public BigDecimal getCancelled() {
            return cancelled;
        }

        public BigDecimal getRemaining() {
            return remaining;
        }
    }

    /** A payment made: its tranche and instrument, value date, bank reference and amount. */
    public static final class Payment {
        private final String tranche;
        private final String instrument;
        private final String valueDate;
        private final String bankReference;
        private final BigDecimal amount;

        private final Integer trancheNumber;
        private final String instrumentCode;
        private final LocalDate valueDay;

        public Payment(String tranche, String instrument, String valueDate, String bankReference,
                       BigDecimal amount) {
            this(tranche, instrument, valueDate, bankReference, amount, null, null, null);
        }

        /** With the data workbook's own cells: the tranche's number, the instrument's code, the value date. */
        public Payment(String tranche, String instrument, String valueDate, String bankReference,
                       BigDecimal amount, Integer trancheNumber, String instrumentCode, LocalDate valueDay) {
            this.trancheNumber = trancheNumber;
            this.instrumentCode = instrumentCode;
            this.valueDay = valueDay;
            this.tranche = tranche;
            this.instrument = instrument;
            this.valueDate = valueDate;
            this.bankReference = bankReference;
            this.amount = amount;
        }

        public String getTranche() {
            return tranche;
        }

        public String getInstrument() {
            return instrument;
        }

        public Integer getTrancheNumber() {
            return trancheNumber;
        }

        public String getInstrumentCode() {
            return instrumentCode;
        }

        public LocalDate getValueDay() {
            return valueDay;
        }

        public String getValueDate() {
            return valueDate;
        }

        public String getBankReference() {
            return bankReference;
        }

        public BigDecimal getAmount() {
            return amount;
        }
    }

    private DisbursementStatement() {
    }
}

package org.levier.reports.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the portfolio report prints, as one bean (Jasper reads getters): the programme's totals, committed /
 * paid / remaining per axis, action and instrument with the envelope consumption and the leverage on the committed
 * basis, and the pipeline. Every figure comes from the portfolio component's queries, never recomputed here.
 */
public final class PortfolioSheet {

    /** One group (axis, action or instrument): committed, paid, remaining; envelope, consumption and leverage if any. */
    public static final class Position {
        private final String key;
        private final String label;
        private final BigDecimal committed;
        private final BigDecimal paid;
        private final BigDecimal remaining;
        private final BigDecimal envelope;
        private final BigDecimal envelopeConsumption;
        private final BigDecimal leverage;

        public Position(String key, String label, BigDecimal committed, BigDecimal paid, BigDecimal remaining,
                        BigDecimal envelope, BigDecimal envelopeConsumption, BigDecimal leverage) {
            this.key = key;
            this.label = label;
            this.committed = committed;
            this.paid = paid;
            this.remaining = remaining;
            this.envelope = envelope;
            this.envelopeConsumption = envelopeConsumption;
            this.leverage = leverage;
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        /** Key and label together, as tables show a group ("1 – Énergie"); the label alone without a key. */
        public String getName() {
            if (key == null || label == null || label.equals(key)) {
                return label == null ? key : label;
            }
            return key + " – " + label;
        }

        public BigDecimal getCommitted() {
            return committed;
        }

        public BigDecimal getPaid() {
            return paid;
        }

        public BigDecimal getRemaining() {
            return remaining;
        }

        public BigDecimal getEnvelope() {
            return envelope;
        }

        public BigDecimal getEnvelopeConsumption() {
            return envelopeConsumption;
        }

        public BigDecimal getLeverage() {
            return leverage;
        }
    }

    /** Dossiers in one status of the pipeline. */
    public static final class Count {
        private final String status;
        private final String label;
        private final long count;

        public Count(String status, String label, long count) {
            this.status = status;
            this.label = label;
            this.count = count;
        }

        public String getStatus() {
            return status;
        }

        public String getLabel() {
            return label;
        }

        public Long getCount() {
            return count;
        }
    }

    private final BigDecimal allotment;
    private final BigDecimal committed;
    private final BigDecimal paid;
    private final BigDecimal remaining;
    private final BigDecimal approvedNotSigned;
    private final BigDecimal allotmentConsumption;
    private final BigDecimal leverage;
    private final BigDecimal targetLeverage;
    private final List<Position> axes;
    private final List<Position> actions;
    private final List<Position> instruments;
    private final List<Count> pipeline;
    private final List<ChartPoint> axisChart;

    public PortfolioSheet(BigDecimal allotment, BigDecimal committed, BigDecimal paid, BigDecimal remaining,
                          BigDecimal approvedNotSigned, BigDecimal allotmentConsumption, BigDecimal leverage,
                          BigDecimal targetLeverage, List<Position> axes, List<Position> actions,
                          List<Position> instruments, List<Count> pipeline, List<ChartPoint> axisChart) {
        this.allotment = allotment;
        this.committed = committed;
        this.paid = paid;
        this.remaining = remaining;
        this.approvedNotSigned = approvedNotSigned;
        this.allotmentConsumption = allotmentConsumption;
        this.leverage = leverage;
        this.targetLeverage = targetLeverage;
        this.axes = List.copyOf(axes);
        this.actions = List.copyOf(actions);
        this.instruments = List.copyOf(instruments);
        this.pipeline = List.copyOf(pipeline);
        this.axisChart = List.copyOf(axisChart);
    }

    public BigDecimal getAllotment() {
        return allotment;
    }

    public BigDecimal getCommitted() {
        return committed;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public BigDecimal getRemaining() {
        return remaining;
    }

    public BigDecimal getApprovedNotSigned() {
        return approvedNotSigned;
    }

    public BigDecimal getAllotmentConsumption() {
        return allotmentConsumption;
    }

    /** The programme's leverage on the committed basis. */
    public BigDecimal getLeverage() {
        return leverage;
    }

    public BigDecimal getTargetLeverage() {
        return targetLeverage;
    }

    public List<Position> getAxes() {
        return axes;
    }

    public List<Position> getActions() {
        return actions;
    }

    public List<Position> getInstruments() {
        return instruments;
    }

    public List<Count> getPipeline() {
        return pipeline;
    }

    /** Committed and paid per axis, for the chart (series: committed, paid; category: the axis). */
    public List<ChartPoint> getAxisChart() {
        return axisChart;
    }

    /** Dossiers in the pipeline, all statuses. */
    public Long getPipelineTotal() {
        return pipeline.stream().mapToLong(Count::getCount).sum();
    }
}

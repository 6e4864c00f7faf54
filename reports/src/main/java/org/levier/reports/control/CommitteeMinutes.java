package org.levier.reports.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the committee minutes (procès-verbal) print besides the session header (report parameters): its voting
 * members with their presence ({@link Member}) and one {@link Item} per agenda item (the report's rows); texts
 * already translated and formatted, amounts in euros.
 */
public final class CommitteeMinutes {

    /** A voting member of the session and whether it was present. */
    public static final class Member {
        private final String name;
        private final String presence;

        public Member(String name, String presence) {
            this.name = name;
            this.presence = presence;
        }

        public String getName() {
            return name;
        }

        public String getPresence() {
            return presence;
        }
    }

    /** An amount approved on one instrument. */
    public static final class Amount {
        private final String label;
        private final BigDecimal amount;

        public Amount(String label, BigDecimal amount) {
            this.label = label;
            this.amount = amount;
        }

        public String getLabel() {
            return label;
        }

        public BigDecimal getAmount() {
            return amount;
        }
    }

    /** An item of the agenda: the dossier, conflicts, quorum, votes and the decision with its amounts. */
    public static final class Item {
        private final String heading;
        private final String conflicts;
        private final String quorum;
        private final String votes;
        private final String decision;
        private final List<Amount> approved;
        private final String conditions;
        private final String reasons;
        private final String decidedBy;

        public Item(String heading, String conflicts, String quorum, String votes, String decision,
                    List<Amount> approved, String conditions, String reasons, String decidedBy) {
            this.heading = heading;
            this.conflicts = conflicts;
            this.quorum = quorum;
            this.votes = votes;
            this.decision = decision;
            this.approved = List.copyOf(approved);
            this.conditions = conditions;
            this.reasons = reasons;
            this.decidedBy = decidedBy;
        }

        public String getHeading() {
            return heading;
        }

        public String getConflicts() {
            return conflicts;
        }

        public String getQuorum() {
            return quorum;
        }

        public String getVotes() {
            return votes;
        }

        public String getDecision() {
            return decision;
        }

        public List<Amount> getApproved() {
            return approved;
        }

        /** The total approved on the item (zero without an approval). */
        public BigDecimal getApprovedTotal() {
            return approved.stream().map(Amount::getAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        public String getConditions() {
            return conditions;
        }

        public String getReasons() {
            return reasons;
        }

        public String getDecidedBy() {
            return decidedBy;
        }
    }

    private CommitteeMinutes() {
    }
}

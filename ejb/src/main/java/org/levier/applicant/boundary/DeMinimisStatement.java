package org.levier.applicant.boundary;

import java.time.LocalDate;
import java.util.List;
import org.levier.applicant.entity.DeMinimisAid;
import org.levier.applicant.entity.DeMinimisCorrection;
import org.levier.shared.entity.Money;

/**
 * An organisation's declared de minimis aid as staff check it (due diligence, item {@code AID_CUMULATION}): the
 * declarations, their corrections, and the total granted in the 3 rolling years {@code from}..{@code today}
 * (inclusive) against the ceiling.
 */
public record DeMinimisStatement(long organisationId, List<DeMinimisAid> aids, List<DeMinimisCorrection> corrections,
                                 LocalDate from, LocalDate today, Money rollingTotal, Money ceiling) {

    public DeMinimisStatement {
        aids = List.copyOf(aids);
        corrections = List.copyOf(corrections);
    }

    /** What is left under the ceiling (negative when above it). */
    public Money leftUnderCeiling() {
        return ceiling.minus(rollingTotal);
    }

    /** The corrections of one declaration, oldest first. */
    public List<DeMinimisCorrection> correctionsOf(long aidId) {
        return corrections.stream().filter(c -> c.getAidId() == aidId).toList();
    }
}

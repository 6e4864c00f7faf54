package org.levier.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;
import org.levier.shared.control.RuleViolation;
import org.junit.jupiter.api.Test;

/** Runs without a validator provider: the refusal of an oversized member comes before any constraint. */
class BodiesTest {

    @Test
    void aMapOfThousandsOfEntriesIsRefusedAsTooLongWithoutAViolationPerEntry() {
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            keys.put("k" + i, i);
        }
        RuleViolation refused = catchThrowableOfType(RuleViolation.class, () -> Bodies.valid(
                new DiligenceBodies.RisksBody(keys), Bodies.REQUEST_INVALID, "The ratings are invalid"));

        assertThat(refused.violations()).extracting(RuleViolation.Violation::field).containsExactly("risks");
        assertThat(refused.violations().getFirst().message()).isEqualTo("at most " + Bodies.LIST_MAX + " entries");
    }

    @Test
    void aMapOfThousandsOfEntriesInsideAMemberRecordIsRefusedByItsPath() {
        Map<String, String> amounts = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            amounts.put("k" + i, "1.00");
        }
        DiligenceBodies.FileBody batch = new DiligenceBodies.FileBody(3L, null, null, null,
                new DiligenceBodies.RecommendationBody("APPROVE", amounts, null, null));

        RuleViolation refused = catchThrowableOfType(RuleViolation.class, () -> Bodies.valid(batch,
                Bodies.REQUEST_INVALID, "The changes are invalid"));

        assertThat(refused.violations()).extracting(RuleViolation.Violation::field)
                .containsExactly("recommendation.amounts");
    }
}

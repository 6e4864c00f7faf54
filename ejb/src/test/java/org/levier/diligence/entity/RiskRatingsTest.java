package org.levier.diligence.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskRatingsTest {

    @ParameterizedTest(name = "{0} {1} {2} {3} → overall {4}, highest {5}")
    @CsvSource({
            "1, 1, 1, 1, 1, 1",
            "5, 5, 5, 5, 5, 5",
            "1, 1, 1, 2, 2, 2",   // 1.25 rounds up: prudence
            "2, 2, 3, 3, 3, 3",   // 2.5
            "1, 2, 3, 4, 3, 4",   // 2.5
            "1, 1, 1, 5, 2, 5",   // 2.0: the mean, the worst stays visible
            "4, 4, 4, 5, 5, 5",   // 4.25
    })
    void theOverallScoreIsTheRoundedUpMean(int financial, int technical, int market, int governance, int overall,
                                           int highest) {
        RiskRatings ratings = new RiskRatings(financial, technical, market, governance);

        assertThat(ratings.overall()).hasValue(overall);
        assertThat(ratings.highest()).hasValue(highest);
        assertThat(ratings.isComplete()).isTrue();
    }

    @Test
    void noOverallScoreUntilTheFourRisksAreRated() {
        RiskRatings partial = RiskRatings.NONE.with(Map.of(RiskDimension.FINANCIAL, 4, RiskDimension.MARKET, 2));

        assertThat(partial.overall()).isEmpty();
        assertThat(partial.highest()).hasValue(4);
        assertThat(partial.missing()).containsExactly(RiskDimension.TECHNICAL, RiskDimension.GOVERNANCE);
        assertThat(RiskRatings.NONE.highest()).isEmpty();
    }
}

package org.levier.web.rest;

import java.math.BigDecimal;
import java.util.List;
import org.levier.impact.boundary.Impacts;

/** How the API writes impact figures: quantities as plain decimal strings, ratios with four decimals. */
final class ImpactViews {

    /** One row: the group (null per indicator), the indicator and its sums. */
    public record ImpactRowView(String key, String label, String indicator, String indicatorLabel, String unit,
                                String target, String actual, String ratio, long dossiers, long reporting) {
    }

    public record ImpactView(String programme, String by, List<ImpactRowView> rows) {
    }

    private ImpactViews() {
    }

    static ImpactView view(Impacts.Figures figures) {
        return new ImpactView(figures.programme(), figures.by().parameter(), figures.rows().stream()
                .map(r -> new ImpactRowView(r.key(), r.label(), r.indicator(), r.indicatorLabel(), r.unit(),
                        quantity(r.target()), quantity(r.actual()), r.ratio() == null ? null
                        : r.ratio().toPlainString(), r.dossiers(), r.reporting()))
                .toList());
    }

    static String quantity(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}

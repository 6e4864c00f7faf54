package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.levier.impact.boundary.Impacts;
import org.levier.impact.entity.ImpactBreakdown;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.Programme;

/**
 * Target versus actual of a programme for staff and auditors ({@code /app/staff/impact.xhtml?programme=&by=}): the
 * table (per indicator, or per axis or action and indicator) and a bar chart of the share of each target reached
 * (a percentage, so indicators of different units sit side by side without ever being added together). The table
 * is the chart's text alternative.
 */
@Named
@ViewScoped
public class ImpactPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Impacts impacts;

    @Inject
    Programmes programmes;

    @Inject
    LocaleView localeView;

    private String programme;
    private String by = "indicator";

    private transient Impacts.Figures figures;

    public void load() {
        if (programme == null || programme.isBlank()) {
            // Several programmes live side by side: the reference programme first, as on the other pages.
            programme = programmes.first().map(Programme::getCode).orElse(null);
        }
        if (ImpactBreakdown.fromParameter(by).isEmpty()) {
            by = "indicator";
        }
        figures = null;
    }

    public Impacts.Figures getFigures() {
        if (figures == null && programme != null) {
            figures = impacts.figures(programme, ImpactBreakdown.fromParameter(by).orElse(ImpactBreakdown.INDICATOR),
                    localeView.getLanguage());
        }
        return figures;
    }

    public List<Impacts.Row> getRows() {
        return getFigures() == null ? List.of() : getFigures().rows();
    }

    /** A ratio as a percentage with one decimal: 0.5833 → 58.3. */
    public BigDecimal percent(BigDecimal ratio) {
        return ratio == null ? null : ratio.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN);
    }

    /**
     * The Chart.js configuration of PrimeFaces' {@code p:chart}: per indicator one bar; per axis or action one group
     * of bars per axis/action, one dataset per indicator; the value is the percentage of the target reached.
     */
    public String getChart() {
        List<Impacts.Row> rows = getRows();
        boolean grouped = !"indicator".equals(by);
        Set<String> groups = new LinkedHashSet<>();
        Map<String, Map<String, BigDecimal>> byIndicator = new LinkedHashMap<>();
        Map<String, String> indicatorLabels = new LinkedHashMap<>();
        for (Impacts.Row r : rows) {
            String group = grouped ? r.key() + " — " + r.label() : r.indicatorLabel() + " (" + r.unit() + ")";
            groups.add(group);
            String dataset = grouped ? r.indicator() : "all";
            indicatorLabels.put(dataset, grouped ? r.indicatorLabel() : Messages.text("impact.chart.reached"));
            byIndicator.computeIfAbsent(dataset, k -> new LinkedHashMap<>()).put(group, percent(r.ratio()));
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        groups.forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        byIndicator.forEach((dataset, values) -> {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (String group : groups) {
                BigDecimal value = values.get(group);
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            }
            datasets.add(Json.createObjectBuilder().add("label", indicatorLabels.get(dataset)).add("data", data));
        });
        JsonObjectBuilder yTitle = Json.createObjectBuilder().add("display", true)
                .add("text", Messages.text("impact.chart.axis"));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("locale", "en".equals(localeView.getLanguage()) ? "en-GB" : "fr-FR")
                        .add("responsive", true)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("title", yTitle))))
                .build().toString();
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }
}

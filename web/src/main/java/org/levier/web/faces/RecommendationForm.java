package org.levier.web.faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.levier.diligence.entity.DueDiligence;
import org.levier.diligence.entity.Recommendation;
import org.levier.diligence.entity.RecommendationOutcome;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * The analyst's recommendation as typed on {@link DiligencePage}: the outcome, the amounts per instrument (an
 * approval only), the conditions precedent one per line and the rationale. Filled from the saved recommendation, or
 * for a first one with an approval of the requested amounts.
 */
public class RecommendationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private RecommendationOutcome outcome;
    private BigDecimal grant;
    private BigDecimal advance;
    private BigDecimal equity;
    private String conditions;
    private String rationale;

    /** The saved recommendation, else (nothing typed yet) an approval of the amounts the dossier requests. */
    void fill(DueDiligence file, Map<Instrument, Money> requested) {
        if (file.recommendation().isPresent()) {
            outcome = file.recommendation().get();
            Map<Instrument, Money> amounts = file.recommendedAmounts();
            grant = amount(amounts.get(Instrument.GRANT));
            advance = amount(amounts.get(Instrument.REPAYABLE_ADVANCE));
            equity = amount(amounts.get(Instrument.EQUITY));
            conditions = String.join("\n", file.getConditions());
            rationale = file.rationale().orElse(null);
        } else if (outcome == null) {
            outcome = RecommendationOutcome.APPROVE;
            grant = amount(requested.get(Instrument.GRANT));
            advance = amount(requested.get(Instrument.REPAYABLE_ADVANCE));
            equity = amount(requested.get(Instrument.EQUITY));
        }
    }

    /** The recommendation typed: amounts and conditions for an approval only. */
    Recommendation toRecommendation() {
        if (outcome == RecommendationOutcome.APPROVE) {
            Map<Instrument, Money> amounts = new EnumMap<>(Instrument.class);
            put(amounts, Instrument.GRANT, grant);
            put(amounts, Instrument.REPAYABLE_ADVANCE, advance);
            put(amounts, Instrument.EQUITY, equity);
            return Recommendation.approve(amounts, lines(conditions), rationale);
        }
        return new Recommendation(outcome, Map.of(), List.of(), rationale);
    }

    public boolean isApproving() {
        return outcome == RecommendationOutcome.APPROVE;
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private static void put(Map<Instrument, Money> amounts, Instrument instrument, BigDecimal amount) {
        if (amount != null) {
            DossierForm.asMoney(amount).ifPresent(m -> amounts.put(instrument, m));
        }
    }

    /** One condition per non-blank line. */
    static List<String> lines(String text) {
        List<String> result = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    result.add(line.strip());
                }
            }
        }
        return result;
    }

    public RecommendationOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(RecommendationOutcome outcome) {
        this.outcome = outcome;
    }

    public BigDecimal getGrant() {
        return grant;
    }

    public void setGrant(BigDecimal grant) {
        this.grant = grant;
    }

    public BigDecimal getAdvance() {
        return advance;
    }

    public void setAdvance(BigDecimal advance) {
        this.advance = advance;
    }

    public BigDecimal getEquity() {
        return equity;
    }

    public void setEquity(BigDecimal equity) {
        this.equity = equity;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }
}

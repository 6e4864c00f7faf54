package org.levier.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An indicator of the impact catalogue (reference data seeded by the migrations): code, unit, labels. */
@Entity
@Table(name = "impact_indicator")
public class ImpactIndicator {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 40)
    private String unit;

    @Column(name = "label_fr", nullable = false)
    private String labelFr;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    protected ImpactIndicator() {
    }

    public String getCode() {
        return code;
    }

    public String getUnit() {
        return unit;
    }

    public String label(String language) {
        return "en".equals(language) ? labelEn : labelFr;
    }
}

package org.levier.web.faces;

import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/** Indicator values (tonnes, MWh, jobs...): at most four decimals, as the impact targets store them. */
@FacesConverter("levier.quantity")
public class QuantityConverter extends DecimalConverter {

    public QuantityConverter() {
        super(4, "convert.quantity.precision", new BigDecimal("999999999999999.9999"));
    }
}

package org.levier.web.faces;

import jakarta.faces.convert.FacesConverter;
import org.levier.shared.entity.Money;

/** Amounts of money: at most two decimals (cents), as {@link org.levier.shared.entity.Money} requires. */
@FacesConverter("levier.amount")
public class AmountConverter extends DecimalConverter {

    public AmountConverter() {
        super(2, "convert.amount.precision", Money.MAX);
    }
}

package org.levier.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;

/**
 * A business date typed in a form ({@link TypedDates}: {@code 30/11/2028} or ISO {@code 2028-11-30}). A text that
 * is no date is refused with a message naming the field by its label (the component's {@code label} attribute,
 * never its client id) and the expected format, in the view's language.
 */
@FacesConverter("levier.date")
public class LocalDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return TypedDates.parse(value).orElseThrow(() -> new ConverterException(new FacesMessage(
                FacesMessage.SEVERITY_ERROR, Messages.text("convert.date.invalid", label(component)), null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return TypedDates.format(value);
    }

    /** The field's label as the page shows it; a generic word when the page gave none. */
    static String label(UIComponent component) {
        Object label = component == null ? null : component.getAttributes().get("label");
        return label == null || label.toString().isBlank() ? Messages.text("convert.date.field") : label.toString();
    }
}

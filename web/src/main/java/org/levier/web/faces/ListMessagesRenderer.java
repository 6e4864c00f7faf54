package org.levier.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.Set;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages} as a valid list: PrimeFaces gives each {@code <li>} {@code role="alert"}, which takes
 * it out of its list (axe-core: "list", serious). The items stay plain list items; the page script
 * ({@code js/levier.js}) moves the focus to the summary when it shows an error, which announces it.
 */
public class ListMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity,
                                 boolean escape) throws IOException {
        super.encodeMessage(new ListItemWriter(writer), uiMessages, msg, severity, escape);
    }

    /** Drops the ARIA role (and its atomic flag) PrimeFaces writes on the list item. */
    private static final class ListItemWriter extends ResponseWriterWrapper {

        private static final Set<String> DROPPED = Set.of("role", "aria-atomic");
        private String element;

        ListItemWriter(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, jakarta.faces.component.UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!("li".equalsIgnoreCase(element) && DROPPED.contains(name))) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}

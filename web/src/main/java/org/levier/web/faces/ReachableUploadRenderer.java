package org.levier.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' file input, reachable and labelled: PrimeFaces marks the native {@code <input type="file">} of
 * {@code p:fileUpload mode="simple"} {@code aria-hidden="true"} although it is the control the keyboard reaches and
 * the screen reader must name (axe-core: "aria-hidden-focus", serious). The input keeps its label
 * ({@code p:outputLabel for}) and, when the component has a {@code label}, gets it as {@code aria-label}.
 */
public class ReachableUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(FacesContext context, FileUpload fileUpload, String clientId, String name,
                                          String style) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new InputWriter(original, fileUpload.getLabel()));
        try {
            super.encodeSimpleInputField(context, fileUpload, clientId, name, style);
        } finally {
            context.setResponseWriter(original);
        }
    }

    @Override
    protected void encodeInputField(FacesContext context, FileUpload fileUpload, String clientId, String name)
            throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new InputWriter(original, fileUpload.getLabel()));
        try {
            super.encodeInputField(context, fileUpload, clientId, name);
        } finally {
            context.setResponseWriter(original);
        }
    }

    /** Drops {@code aria-hidden} from the file input and names it by the component's label. */
    private static final class InputWriter extends ResponseWriterWrapper {

        private final String label;
        private String element;

        InputWriter(ResponseWriter wrapped, String label) {
            super(wrapped);
            this.label = label;
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
            if ("input".equalsIgnoreCase(name) && label != null && !label.isBlank()) {
                super.writeAttribute("aria-label", label, null);
            }
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!("input".equalsIgnoreCase(element) && "aria-hidden".equals(name))) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}

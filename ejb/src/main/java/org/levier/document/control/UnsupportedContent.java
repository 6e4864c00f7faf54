package org.levier.document.control;

import java.util.List;
import org.levier.shared.control.RuleViolation;

/** Content that is none of the accepted types, whatever its name says: HTTP 415. Nothing is stored. */
public class UnsupportedContent extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public UnsupportedContent() {
        super("document.unsupported-type", "The file's content is not one of the accepted types: PDF, PNG, JPEG, "
                + "OpenDocument or Office Open XML (Word, Excel, PowerPoint) files, CSV",
                List.of(new Violation("file", "PDF, PNG, JPEG, ODF, OOXML or CSV content only")));
    }
}

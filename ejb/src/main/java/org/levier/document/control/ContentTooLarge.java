package org.levier.document.control;

import java.util.List;
import org.levier.shared.control.RuleViolation;

/** An upload above the configured size limit: HTTP 413. Nothing is stored. */
public class ContentTooLarge extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public ContentTooLarge(long maxBytes) {
        super("document.too-large", "The file is larger than the limit of " + maxBytes + " bytes",
                List.of(new Violation("file", "at most " + maxBytes + " bytes")));
    }
}

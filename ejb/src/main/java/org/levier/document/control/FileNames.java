package org.levier.document.control;

import java.text.Normalizer;
import java.util.List;
import org.levier.document.entity.Document;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;

/**
 * The name an uploaded file is shown and downloaded under: metadata only, never a path on any file system. A name
 * that tries to be a path ({@code /}, {@code \}, {@code ..}) or hides characters (NUL, control and bidirectional
 * formatting characters that make {@code exe.pdf} look like {@code fdp.exe}) is refused rather than repaired, so
 * that what is stored is exactly what the uploader sent.
 */
public final class FileNames {

    private FileNames() {
    }

    /**
     * The name, trimmed and in Unicode NFC.
     *
     * @throws RuleViolation {@code document.file-name} (field {@code file})
     */
    public static String sanitise(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            throw refused("a file name is required");
        }
        String name = Normalizer.normalize(submitted.strip(), Normalizer.Form.NFC);
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            throw refused("a file name, not a path: no / or \\");
        }
        if (name.contains("..")) {
            throw refused("a file name must not contain '..'");
        }
        if (name.codePoints().anyMatch(FileNames::hidden)) {
            throw refused("a file name must not contain NUL, control or text-direction characters");
        }
        if (name.codePointCount(0, name.length()) > Document.FILE_NAME_MAX) {
            throw refused("at most " + Document.FILE_NAME_MAX + " characters");
        }
        return name;
    }

    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || c == '\u2028' || c == '\u2029';
    }

    private static RuleViolation refused(String message) {
        return new RuleViolation("document.file-name", "The file name is refused: " + message,
                List.of(new Violation("file", message)));
    }
}

package org.levier.bench;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * EclipseLink's log, keeping the SQL it sends (with its bind values) while {@link #recording} is on, so the
 * benchmark can EXPLAIN exactly what the application's JPQL becomes; other messages of level SEVERE go to standard
 * error (without weaving, EclipseLink warns once per lazy to-one mapping: noise here).
 */
public class SqlCapture extends AbstractSessionLog {

    /** One statement: its text with {@code ?} and the bind values as EclipseLink printed them. */
    public record Statement(String sql, List<String> binds) {
    }

    private static final List<Statement> CAPTURED = new ArrayList<>();
    private static volatile boolean recording;

    public static synchronized void start() {
        CAPTURED.clear();
        recording = true;
    }

    public static synchronized List<Statement> stop() {
        recording = false;
        return List.copyOf(CAPTURED);
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (SessionLog.SQL.equals(entry.getNameSpace())) {
            if (recording) {
                record(entry.getMessage());
            }
            return;
        }
        if (entry.getLevel() >= SessionLog.SEVERE) {
            System.err.println("[EclipseLink] " + formatMessage(entry)
                    + (entry.getException() == null ? "" : " " + entry.getException()));
        }
    }

    private static synchronized void record(String message) {
        String sql = message;
        List<String> binds = new ArrayList<>();
        int at = message.indexOf("bind => [");
        if (at >= 0) {
            sql = message.substring(0, at).strip();
            String list = message.substring(at + "bind => [".length(), message.lastIndexOf(']'));
            if (!list.isBlank()) {
                for (String value : list.split(", ", -1)) {
                    binds.add(value);
                }
            }
        }
        CAPTURED.add(new Statement(sql, binds));
    }
}

package org.levier.reports.control;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.LongFunction;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import org.levier.shared.control.Rows;

/**
 * The audit-trail extract's rows, streamed a page at a time (keyset paging on the sequence number): only the current
 * page is in memory, never the whole extract. {@code pageAfter} gives the next rows (ordered by sequence) after a
 * sequence number ({@code 0} for the first page), an empty list at the end; after each page {@code progress} gets the
 * share of the {@code expected} rows read so far, in percent.
 */
public final class AuditRowSource implements JRDataSource {

    private final LongFunction<List<AuditRow>> pageAfter;
    private final long expected;
    private final IntConsumer progress;
    private List<AuditRow> page = List.of();
    private int index;
    private long read;
    private long lastSeq;
    private boolean exhausted;

    public AuditRowSource(LongFunction<List<AuditRow>> pageAfter, long expected, IntConsumer progress) {
        this.pageAfter = pageAfter;
        this.expected = expected;
        this.progress = progress;
    }

    @Override
    public boolean next() {
        if (index + 1 < page.size()) {
            index++;
        } else {
            if (exhausted) {
                return false;
            }
            page = pageAfter.apply(lastSeq);
            index = 0;
            if (page.isEmpty()) {
                exhausted = true;
                return false;
            }
            read += page.size();
            progress.accept(expected <= 0 ? 100 : (int) Math.min(100, read * 100 / expected));
        }
        lastSeq = page.get(index).getSeq();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        AuditRow row = page.get(index);
        return switch (field.getName()) {
            case "seq" -> row.getSeq();
            case "time" -> row.getTime();
            case "actor" -> row.getActor();
            case "action" -> row.getAction();
            case "entity" -> row.getEntity();
            case "summary" -> row.getSummary();
            case "hashPrefix" -> row.getHashPrefix();
            default -> throw new JRException("no field " + field.getName() + " in an audit row");
        };
    }

    /** Rows read so far. */
    public long read() {
        return read;
    }
}

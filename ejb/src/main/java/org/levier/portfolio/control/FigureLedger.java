package org.levier.portfolio.control;

import org.levier.shared.control.Rows;
import static org.levier.portfolio.control.LeverageQueries.placeholders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.levier.portfolio.control.DossierFigures.Contribution;
import org.levier.portfolio.control.DossierFigures.Value;

/**
 * Keeps {@code programme_figure} equal to the sum of every dossier's contribution ({@link DossierFigures}), by
 * deltas, inside the transaction that moved the dossiers.
 *
 * <p><b>Lock order</b> (no deadlock between two refreshes, nor with the business locks): a refresh runs last in its
 * transaction, after every business write; it first locks the dossiers' {@code dossier_figures} rows in ascending
 * dossier id ({@code SELECT … FOR UPDATE}), then recomputes them (READ COMMITTED: it sees what the transactions that
 * held those locks committed), then updates the {@code programme_figure} rows in ascending (programme, action, code)
 * order. Those rows are written by nothing else, and held only from there to the commit, so every wait is on a
 * refresh that takes its locks in the same order and never waits on a business lock.
 */
public final class FigureLedger {

    /** Key of a programme figure row. */
    record Key(long programmeId, long actionId, String figure) implements Comparable<Key> {

        @Override
        public int compareTo(Key o) {
            int c = Long.compare(programmeId, o.programmeId);
            c = c != 0 ? c : Long.compare(actionId, o.actionId);
            return c != 0 ? c : figure.compareTo(o.figure);
        }
    }

    private final Rows rows;

    public FigureLedger(Rows rows) {
        this.rows = rows;
    }

    /** Brings the figures of {@code dossierIds} (and so their programmes') up to date; returns the rows changed. */
    public int refresh(java.util.Collection<Long> dossierIds) {
        SortedSet<Long> sorted = new TreeSet<>(dossierIds);
        Map<Key, Value> deltas = new TreeMap<>();
        List<Long> ids = new ArrayList<>(sorted);
        for (int from = 0; from < ids.size(); from += DossierFigures.CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + DossierFigures.CHUNK));
            Map<Long, Contribution> old = new HashMap<>();
            for (Object[] r : rows.select("SELECT dossier_id, programme_id, action_id, figures FROM dossier_figures"
                    + " WHERE dossier_id IN (" + placeholders(chunk.size()) + ") ORDER BY dossier_id FOR UPDATE",
                    chunk)) {
                old.put(LeverageQueries.number(r[0]), Contribution.decode(LeverageQueries.number(r[1]),
                        LeverageQueries.number(r[2]), String.valueOf(r[3])));
            }
            Map<Long, Contribution> now = DossierFigures.of(rows, chunk);
            for (Long id : chunk) {
                store(id, old.get(id), now.get(id), deltas);
            }
        }
        int changed = 0;
        for (Map.Entry<Key, Value> delta : deltas.entrySet()) {
            if (!delta.getValue().isZero()) {
                apply(delta.getKey(), delta.getValue());
                changed++;
            }
        }
        return changed;
    }

    private void store(long id, Contribution old, Contribution now, Map<Key, Value> deltas) {
        if (old != null && now != null && old.equals(now)) {
            return;
        }
        if (old != null) {
            old.figures().forEach((code, v) -> deltas.merge(new Key(old.programmeId(), old.actionId(), code),
                    v.negate(), (a, b) -> a.plus(b.amount(), b.items())));
        }
        if (now != null) {
            now.figures().forEach((code, v) -> deltas.merge(new Key(now.programmeId(), now.actionId(), code), v,
                    (a, b) -> a.plus(b.amount(), b.items())));
        }
        if (old == null) {
            rows.update("INSERT INTO dossier_figures (dossier_id, programme_id, action_id, figures) VALUES (?, ?, ?, ?)",
                    List.of(id, now.programmeId(), now.actionId(), now.encode()));
        } else if (now == null) {
            rows.update("DELETE FROM dossier_figures WHERE dossier_id = ?", List.of(id));
        } else {
            rows.update("UPDATE dossier_figures SET programme_id = ?, action_id = ?, figures = ? WHERE dossier_id = ?",
                    List.of(now.programmeId(), now.actionId(), now.encode(), id));
        }
    }

    private void apply(Key key, Value delta) {
        List<Object> parameters = List.of(delta.amount(), delta.items(), key.programmeId(), key.actionId(),
                key.figure());
        String update = "UPDATE programme_figure SET amount = amount + ?, items = items + ?"
                + " WHERE programme_id = ? AND action_id = ? AND figure = ?";
        if (rows.update(update, parameters) == 0) {
            try {
                rows.update("INSERT INTO programme_figure (programme_id, action_id, figure, amount, items)"
                        + " VALUES (?, ?, ?, ?, ?)", List.of(key.programmeId(), key.actionId(), key.figure(),
                        delta.amount(), delta.items()));
            } catch (RuntimeException duplicate) {
                // Another transaction created the row first (the first change of a new action): add to it.
                if (rows.update(update, parameters) == 0) {
                    throw duplicate;
                }
            }
        }
    }

    /**
     * Recomputes every dossier's contribution and the programme figures from the source rows, in one transaction:
     * locks every {@code dossier_figures} row in dossier order first (as a refresh does), then replaces both tables.
     * Cost: a full pass over the source tables (four keyed queries per 500 dossiers).
     */
    public long rebuild() {
        rows.select("SELECT dossier_id FROM dossier_figures ORDER BY dossier_id FOR UPDATE", List.of());
        rows.update("DELETE FROM dossier_figures", List.of());
        rows.update("DELETE FROM programme_figure", List.of());
        List<Long> ids = rows.select("SELECT id FROM dossier ORDER BY id", List.of()).stream()
                .map(r -> LeverageQueries.number(r[0])).toList();
        Map<Key, Value> sums = new TreeMap<>();
        for (Object[] a : rows.select("SELECT programme_id, id FROM programme_action", List.of())) {
            // Every action gets its pipeline row now, so that concurrent first changes rarely race to insert it.
            sums.put(new Key(LeverageQueries.number(a[0]), LeverageQueries.number(a[1]), "dossiers"),
                    new Value(BigDecimal.ZERO.setScale(2), 0));
        }
        for (int from = 0; from < ids.size(); from += DossierFigures.CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + DossierFigures.CHUNK));
            Map<Long, Contribution> now = DossierFigures.of(rows, chunk);
            List<Object> values = new ArrayList<>();
            for (Long id : chunk) {
                Contribution c = now.get(id);
                if (c != null) {
                    values.addAll(List.of(id, c.programmeId(), c.actionId(), c.encode()));
                    c.figures().forEach((code, v) -> sums.merge(new Key(c.programmeId(), c.actionId(), code), v,
                            (x, y) -> x.plus(y.amount(), y.items())));
                }
            }
            insert("dossier_figures (dossier_id, programme_id, action_id, figures)", 4, values);
        }
        List<Object> values = new ArrayList<>();
        sums.forEach((k, v) -> values.addAll(List.of(k.programmeId(), k.actionId(), k.figure(), v.amount(),
                v.items())));
        insert("programme_figure (programme_id, action_id, figure, amount, items)", 5, values);
        return ids.size();
    }

    private void insert(String into, int columns, List<Object> values) {
        int perRow = columns;
        int rowsPerStatement = 200;
        for (int from = 0; from < values.size(); from += perRow * rowsPerStatement) {
            List<Object> part = values.subList(from, Math.min(values.size(), from + perRow * rowsPerStatement));
            String row = "(" + placeholders(columns) + ")";
            String sql = "INSERT INTO " + into + " VALUES " + String.join(", ",
                    java.util.Collections.nCopies(part.size() / perRow, row));
            rows.update(sql, part);
        }
    }

    /** The figures of a programme: per action id, per code. */
    public Map<Long, Map<String, Value>> read(long programmeId) {
        Map<Long, Map<String, Value>> figures = new TreeMap<>();
        for (Object[] r : rows.select("SELECT action_id, figure, amount, items FROM programme_figure"
                + " WHERE programme_id = ?", List.of(programmeId))) {
            figures.computeIfAbsent(LeverageQueries.number(r[0]), k -> new TreeMap<>())
                    .put(String.valueOf(r[1]), new Value(LeverageQueries.money(r[2]), LeverageQueries.number(r[3])));
        }
        return figures;
    }
}

package org.levier.portfolio.control;

import org.levier.shared.control.Rows;
import static org.levier.portfolio.control.LeverageQueries.money;
import static org.levier.portfolio.control.LeverageQueries.placeholders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.levier.portfolio.entity.Basis;

/**
 * What each dossier contributes to its programme's figures, computed from the source rows of a few dossiers at once
 * (four queries per chunk of ids, each by primary or foreign key): the same definitions as the {@code GROUP BY}
 * queries ({@link LeverageQueries}, {@link PortfolioQueries}, the budget's ledger), applied to one dossier.
 *
 * <p>Figure codes (amount, items):
 * <ul>
 * <li>{@code dossiers} (0, 1) and {@code status.<STATUS>} (0, 1): the pipeline;</li>
 * <li>per basis {@code b} whose statuses hold the dossier's: {@code b.fund} (fund contribution, 1),
 * {@code b.cofinancing} and {@code b.private} (the lines that count, their number), and per source type
 * {@code b.source.<TYPE>.cofinancing} / {@code .private};</li>
 * <li>{@code agreement.<INSTRUMENT>}: the signed agreement's current commitment (1 per agreement);</li>
 * <li>{@code disbursement.<STATUS>.<INSTRUMENT>}: the disbursements (sum, count); {@code recovered}: the recovery
 * receipts;</li>
 * <li>{@code approved.not_signed} and {@code approved.subject_to_funds}: the approvals awaiting their agreement;</li>
 * <li>{@code budget.committed}, {@code budget.reserved}, {@code budget.awaiting}: the budget's three sums.</li>
 * </ul>
 */
public final class DossierFigures {

    /** One figure's sum and the number of things it adds up. */
    public record Value(BigDecimal amount, long items) {

        Value plus(BigDecimal more, long count) {
            return new Value(amount.add(more), items + count);
        }

        Value negate() {
            return new Value(amount.negate(), -items);
        }

        boolean isZero() {
            return amount.signum() == 0 && items == 0;
        }
    }

    /** A dossier's figures: where they count (programme, action) and their values by code (sorted). */
    public record Contribution(long programmeId, long actionId, Map<String, Value> figures) {

        /** {@code code=amount/items;…}: the stored snapshot. */
        String encode() {
            StringBuilder text = new StringBuilder();
            figures.forEach((code, v) -> text.append(code).append('=').append(v.amount().toPlainString()).append('/')
                    .append(v.items()).append(';'));
            return text.toString();
        }

        /**
         * The amount of one figure of a stored snapshot ({@link #encode}), null when it has none: its code found at
         * the start of the text or after a {@code ;}, the other figures not decoded (the leverage per dossier reads
         * three of some thirty, for every row of a programme).
         */
        static BigDecimal amountIn(String text, String code) {
            String key = code + "=";
            int at = text.startsWith(key) ? 0 : text.indexOf(";" + key) + 1;
            if (at == 0 && !text.startsWith(key)) {
                return null;
            }
            int value = at + key.length();
            return new BigDecimal(text.substring(value, text.indexOf('/', value)));
        }

        static Contribution decode(long programmeId, long actionId, String text) {
            Map<String, Value> figures = new TreeMap<>();
            for (String entry : text.split(";")) {
                if (!entry.isEmpty()) {
                    int equals = entry.indexOf('=');
                    int slash = entry.lastIndexOf('/');
                    figures.put(entry.substring(0, equals), new Value(new BigDecimal(entry.substring(equals + 1,
                            slash)), Long.parseLong(entry.substring(slash + 1))));
                }
            }
            return new Contribution(programmeId, actionId, figures);
        }
    }

    static final int CHUNK = 500;
    private static final Set<String> PRIVATE_SOURCES = Set.of("PRIVATE_INVESTOR", "BANK_LOAN");
    private static final Set<String> PRIVATE_SIZES = Set.of("MICRO", "SMALL", "MEDIUM", "LARGE");
    private static final String[] INSTRUMENTS = {"GRANT", "REPAYABLE_ADVANCE", "EQUITY"};

    private DossierFigures() {
    }

    /** The contributions of the dossiers that exist among {@code ids} (a deleted dossier contributes nothing). */
    public static Map<Long, Contribution> of(Rows rows, List<Long> ids) {
        Map<Long, Contribution> result = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            result.putAll(chunk(rows, chunk));
        }
        return result;
    }

    private static Map<Long, Contribution> chunk(Rows rows, List<Long> ids) {
        String in = " IN (" + placeholders(ids.size()) + ")";
        Map<Long, List<Object[]>> disbursements = byDossier(rows.select("SELECT ag.dossier_id, di.status,"
                + " di.instrument, SUM(di.amount), COUNT(*) FROM disbursement di JOIN agreement ag"
                + " ON ag.id = di.agreement_id WHERE ag.dossier_id" + in
                + " GROUP BY ag.dossier_id, di.status, di.instrument", ids));
        Map<Long, List<Object[]>> recovered = byDossier(rows.select("SELECT ag.dossier_id, SUM(rr.amount), COUNT(*)"
                + " FROM recovery_receipt rr JOIN agreement ag ON ag.id = rr.agreement_id WHERE ag.dossier_id" + in
                + " GROUP BY ag.dossier_id", ids));
        Map<Long, List<Object[]>> lines = byDossier(rows.select("SELECT c.dossier_id, c.source_type, c.status,"
                + " c.amount, c.confirmed_amount FROM dossier_cofinancing c WHERE c.dossier_id" + in, ids));
        Map<Long, Contribution> result = new HashMap<>();
        for (Object[] d : rows.select("SELECT d.id, d.programme_id, d.action_id, d.status, d.requested_grant,"
                + " d.requested_advance, d.requested_equity, o.size_class, ag.id, ag.committed_grant,"
                + " ag.committed_advance, ag.committed_equity, cd.id, cd.approved_grant, cd.approved_advance,"
                + " cd.approved_equity, cd.subject_to_funds, cd.funds_confirmed_at FROM dossier d"
                + " JOIN organisation o ON o.id = d.organisation_id LEFT JOIN agreement ag ON ag.dossier_id = d.id"
                + " LEFT JOIN committee_decision cd ON cd.approved_dossier_id = d.id WHERE d.id" + in, ids)) {
            long id = LeverageQueries.number(d[0]);
            result.put(id, new Contribution(LeverageQueries.number(d[1]), LeverageQueries.number(d[2]),
                    figures(d, disbursements.getOrDefault(id, List.of()), recovered.getOrDefault(id, List.of()),
                            lines.getOrDefault(id, List.of()))));
        }
        return result;
    }

    private static Map<String, Value> figures(Object[] d, List<Object[]> disbursements, List<Object[]> recoveries,
                                              List<Object[]> lines) {
        Map<String, Value> f = new TreeMap<>();
        String status = String.valueOf(d[3]);
        add(f, "dossiers", BigDecimal.ZERO, 1);
        add(f, "status." + status, BigDecimal.ZERO, 1);
        BigDecimal requested = money(d[4]).add(money(d[5])).add(money(d[6]));
        boolean privateOrganisation = PRIVATE_SIZES.contains(String.valueOf(d[7]));
        boolean signed = d[8] != null;
        BigDecimal[] committed = {money(d[9]), money(d[10]), money(d[11])};
        BigDecimal commitment = committed[0].add(committed[1]).add(committed[2]);
        boolean decided = d[12] != null;
        BigDecimal approved = money(d[13]).add(money(d[14])).add(money(d[15]));
        boolean reserving = !truth(d[16]) || d[17] != null;

        BigDecimal paid = money(null);
        BigDecimal engaged = money(null);
        for (Object[] di : disbursements) {
            String diStatus = String.valueOf(di[1]);
            BigDecimal sum = money(di[3]);
            add(f, "disbursement." + diStatus + "." + di[2], sum, LeverageQueries.number(di[4]));
            paid = "PAID".equals(diStatus) ? paid.add(sum) : paid;
            engaged = "CANCELLED".equals(diStatus) ? engaged : engaged.add(sum);
        }
        BigDecimal recovered = money(null);
        for (Object[] r : recoveries) {
            recovered = recovered.add(money(r[1]));
            add(f, "recovered", money(r[1]), LeverageQueries.number(r[2]));
        }
        for (Basis basis : Basis.values()) {
            if (!basis.dossierStatuses().contains(status)) {
                continue;
            }
            String b = basis.parameter();
            BigDecimal fund = switch (basis) {
                case REQUESTED -> requested;
                case COMMITTED -> signed ? commitment : decided ? approved : money(null);
                case REALISED -> paid.subtract(recovered);
            };
            add(f, b + ".fund", fund, 1);
            for (Object[] line : lines) {
                if (!basis.cofinancingStatuses().contains(String.valueOf(line[2]))) {
                    continue;
                }
                String source = String.valueOf(line[1]);
                BigDecimal amount = basis == Basis.REQUESTED || line[4] == null ? money(line[3]) : money(line[4]);
                add(f, b + ".cofinancing", amount, 1);
                add(f, b + ".source." + source + ".cofinancing", amount, 1);
                boolean isPrivate = PRIVATE_SOURCES.contains(source)
                        || ("OWN_FUNDS".equals(source) && privateOrganisation);
                if (isPrivate) {
                    add(f, b + ".private", amount, 1);
                    add(f, b + ".source." + source + ".private", amount, 1);
                }
            }
        }
        if (signed) {
            for (int i = 0; i < INSTRUMENTS.length; i++) {
                add(f, "agreement." + INSTRUMENTS[i], committed[i], 1);
            }
            add(f, "budget.committed", "TERMINATED".equals(status) ? engaged : commitment, 1);
        }
        if (decided && "APPROVED".equals(status)) {
            add(f, "approved.not_signed", approved, 1);
            if (truth(d[16]) && d[17] == null) {
                add(f, "approved.subject_to_funds", approved, 1);
            }
            if (!signed) {
                add(f, reserving ? "budget.reserved" : "budget.awaiting", approved, 1);
            }
        }
        return f;
    }

    private static void add(Map<String, Value> figures, String code, BigDecimal amount, long items) {
        figures.merge(code, new Value(amount, items), (a, b) -> a.plus(b.amount(), b.items()));
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static Map<Long, List<Object[]>> byDossier(List<Object[]> rows) {
        Map<Long, List<Object[]>> grouped = new HashMap<>();
        rows.forEach(r -> grouped.computeIfAbsent(LeverageQueries.number(r[0]), k -> new ArrayList<>()).add(r));
        return grouped;
    }
}

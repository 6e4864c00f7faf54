package org.levier.cofinancing.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.levier.dossier.entity.CofinancingStatus;
import org.levier.dossier.entity.DossierStatus;
import org.levier.portfolio.control.CofinancingSums;
import org.levier.shared.control.Rows;

/**
 * A programme's co-financing ledger summed per source type or per funder, and per status, by one SQL
 * {@code GROUP BY} (never one row per line): the number of lines, the amounts as submitted and the amounts that count
 * now (confirmed, otherwise submitted). Only the dossiers the fund follows count: submitted and not withdrawn,
 * ineligible or rejected. A funder is grouped by its key ({@code FunderName}), shown under one of its spellings.
 * The SQL reads the dossiers' lines with their dossier and programme: it is the portfolio read model's
 * ({@link CofinancingSums}).
 */
@Stateless
public class LedgerSums {

    /** How the sums are broken down. */
    public enum By {
        SOURCE, FUNDER;

        public static Optional<By> fromParameter(String text) {
            return Arrays.stream(values()).filter(b -> b.name().toLowerCase(Locale.ROOT).equals(text)).findFirst();
        }
    }

    /** One group: its key (source type or funder key), label, status and sums. */
    public record Sum(String key, String label, CofinancingStatus status, long lines, BigDecimal submitted,
                      BigDecimal amount) {
    }

    /** The dossier statuses whose lines the ledger follows. */
    public static final List<String> FOLLOWED = Arrays.stream(DossierStatus.values())
            .filter(s -> s != DossierStatus.DRAFT && s != DossierStatus.WITHDRAWN && s != DossierStatus.INELIGIBLE
                    && s != DossierStatus.REJECTED)
            .map(Enum::name).toList();

    @PersistenceContext
    EntityManager em;

    public List<Sum> sums(String programmeCode, By by) {
        List<Object[]> rows = CofinancingSums.select(Rows.of(em), by == By.FUNDER, parameters(programmeCode));
        return rows.stream().map(LedgerSums::sum)
                .sorted(Comparator.comparing(Sum::key).thenComparing(Sum::status)).toList();
    }

    /** The SQL, with positional parameters {@code ?1…} for {@link #parameters}. */
    public static String sql(By by) {
        return CofinancingSums.sql(by == By.FUNDER, FOLLOWED.size());
    }

    public static List<Object> parameters(String programmeCode) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(programmeCode);
        parameters.addAll(FOLLOWED);
        return parameters;
    }

    public static Sum sum(Object[] r) {
        return new Sum(String.valueOf(r[0]), String.valueOf(r[1]), CofinancingStatus.valueOf(
                String.valueOf(r[2]).trim()), ((Number) r[3]).longValue(), money(r[4]), money(r[5]));
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value.toString()).setScale(2);
    }
}

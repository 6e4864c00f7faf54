package org.levier.dossier.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The staff list's free-text condition ({@code q}). Where the database has the full-text indexes of migration 23.1
 * (MySQL/MariaDB), a search made of words of 3 characters or more finds the dossiers whose reference starts with the
 * text (index range) or whose title, or whose organisation's name, has words starting with every one of those words
 * ({@code MATCH … AGAINST} in boolean mode: read from the full-text indexes, whatever the number of dossiers).
 * Elsewhere (H2, the run command's embedded database), or for shorter words, it is the substring search
 * ({@code LIKE '%text%'} on the title, reference and organisation name), which reads every row.
 */
public final class DossierSearch {

    private static volatile boolean fullText;

    private DossierSearch() {
    }

    /**
     * Whether the database behind {@code c} has the full-text indexes (MySQL/MariaDB after migration 23.1): set at
     * start-up ({@link SearchIndexes}) and by the benchmark; the search uses them from then on.
     */
    public static boolean detect(java.sql.Connection c) {
        boolean available = false;
        try {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("mysql") || product.contains("mariadb")) {
                try (java.sql.PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM"
                        + " information_schema.statistics WHERE table_schema = DATABASE()"
                        + " AND index_name IN ('ft_dossier_title', 'ft_organisation_name')");
                     java.sql.ResultSet r = s.executeQuery()) {
                    available = r.next() && r.getLong(1) >= 2;
                }
            }
        } catch (java.sql.SQLException e) {
            available = false;
        }
        fullText = available;
        return available;
    }

    public static boolean fullText() {
        return fullText;
    }

    /** The JPQL condition on {@code d} (a Dossier) for the search text, its parameters added. */
    public static String condition(String q, Map<String, Object> parameters) {
        String like = "%" + escaped(q) + "%";
        List<String> words = new ArrayList<>();
        for (String word : q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3) {
                words.add("+" + word + "*");
            }
        }
        if (!fullText || words.isEmpty()) {
            // The organisations whose name matches are found first (a small table), then their dossiers by the
            // index on organisation_id: no join that multiplies or widens the dossier rows.
            parameters.put("q", like);
            return " and (lower(d.title) like :q escape '!' or lower(d.reference) like :q escape '!'"
                    + " or d.organisationId in (select o.id from Organisation o where lower(o.legalName) like :q"
                    + " escape '!'))";
        }
        parameters.put("qPrefix", escaped(q.strip()) + "%");
        parameters.put("qWords", String.join(" ", words));
        return " and (d.reference like :qPrefix escape '!'"
                + " or SQL('MATCH (?) AGAINST (? IN BOOLEAN MODE)', d.title, :qWords) > 0"
                + " or d.organisationId in (select o.id from Organisation o"
                + " where SQL('MATCH (?) AGAINST (? IN BOOLEAN MODE)', o.legalName, :qWords) > 0))";
    }

    private static String escaped(String q) {
        return q.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}

package org.levier.reports.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes grants as the SCDL <i>subventions</i> dataset (schema 2.0.2): CSV with the schema's 14 columns in its order
 * (comma separated, UTF-8 without byte-order mark, CRLF, the schema's value spellings: ISO dates, amounts with a
 * point, {@code oui}/{@code non}), or JSON, an array of objects with the same names, amounts and the percentage as
 * numbers, {@code notificationUE} as a boolean and an absent optional value as null.
 */
public final class ScdlSubventions {

    private static final String NO = "non";
    private static final String WHOLE = "1.00";

    private ScdlSubventions() {
    }

    public static byte[] csv(List<Subvention> grants) {
        CsvWriter csv = CsvWriter.withoutByteOrderMark();
        csv.row(Subvention.COLUMNS);
        for (Subvention s : grants) {
            csv.row(java.util.Arrays.asList(s.nomAttribuant(), s.idAttribuant(), s.dateConvention().toString(),
                    s.referenceDecision(), s.nomBeneficiaire(), s.idBeneficiaire(), s.objetPublie(),
                    s.montantPublie(), Subvention.NATURE, s.conditionsVersement(), s.datesPeriodeVersement(), null,
                    NO, WHOLE));
        }
        return csv.bytes();
    }

    public static byte[] json(List<Subvention> grants) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (Subvention s : grants) {
            var row = Json.createObjectBuilder()
                    .add("nomAttribuant", s.nomAttribuant())
                    .add("idAttribuant", s.idAttribuant())
                    .add("dateConvention", s.dateConvention().toString());
            if (s.referenceDecision() == null) {
                row.addNull("referenceDecision");
            } else {
                row.add("referenceDecision", s.referenceDecision());
            }
            rows.add(row.add("nomBeneficiaire", s.nomBeneficiaire())
                    .add("idBeneficiaire", s.idBeneficiaire())
                    .add("objet", s.objetPublie())
                    .add("montant", new BigDecimal(s.montantPublie()))
                    .add("nature", Subvention.NATURE)
                    .add("conditionsVersement", s.conditionsVersement())
                    .add("datesPeriodeVersement", s.datesPeriodeVersement())
                    .addNull("idRAE")
                    .add("notificationUE", false)
                    .add("pourcentageSubvention", new BigDecimal(WHOLE)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeArray(rows.build());
        }
        return out.toByteArray();
    }

    /** The media types of the two renderings. */
    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String JSON_TYPE = "application/json";
}

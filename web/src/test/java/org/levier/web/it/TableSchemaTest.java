package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The SCDL validator itself: it accepts a valid row and names each broken rule of an invalid one. */
class TableSchemaTest {

    private static final TableSchema SCDL = TableSchema.load("/scdl/subventions-schema.json");
    private static final String HEADER = String.join(",", SCDL.fieldNames()) + "\r\n";

    @Test
    void acceptsAValidRow() {
        assertThat(SCDL.validateCsv(HEADER + "Fonds,99999000500012,2026-12-01,CS-2026-11-20-D3,\"Hydro, SAS\","
                + "73282932000074,Électrolyseur,47800.20,aide en numéraire,échelonné,2027-03-01/2027-09-01,,non,1.00"
                + "\r\n")).isEmpty();
    }

    @Test
    void namesEachBrokenRule() {
        assertThat(SCDL.validateCsv(HEADER + "a,b,c\r\n")).singleElement().asString().contains("3 cells");
        assertThat(SCDL.validateCsv(HEADER + "Fonds,123,01/12/2026,,,73282932000074," + "x".repeat(257)
                + ",47800.2.0,aide,autre,2027,123456,peut-être,1.5\r\n"))
                .anySatisfy(e -> assertThat(e).contains("idAttribuant", "does not match"))
                .anySatisfy(e -> assertThat(e).contains("dateConvention", "not a date"))
                .anySatisfy(e -> assertThat(e).contains("nomBeneficiaire", "required"))
                .anySatisfy(e -> assertThat(e).contains("objet", "longer than 256"))
                .anySatisfy(e -> assertThat(e).contains("montant", "not a number"))
                .anySatisfy(e -> assertThat(e).contains("nature", "not in"))
                .anySatisfy(e -> assertThat(e).contains("datesPeriodeVersement", "does not match"))
                .anySatisfy(e -> assertThat(e).contains("idRAE", "longer than 5"))
                .anySatisfy(e -> assertThat(e).contains("notificationUE", "not one of"))
                .anySatisfy(e -> assertThat(e).contains("pourcentageSubvention", "above 1"))
                .noneSatisfy(e -> assertThat(e).contains("referenceDecision"));
        assertThat(SCDL.validateCsv("montant,objet\r\n")).first().asString().contains("header");
        assertThat(SCDL.validateCsv("\uFEFF" + HEADER)).first().asString().contains("byte-order mark");
    }

    @Test
    void checksBothSiretsWithTheirCheckDigitsAsTheSchemasCustomCheckDoes() {
        String row = "Fonds,%s,2026-12-01,,Hydro,%s,Électrolyseur,47800.20,aide en numéraire,unique,2027-03-01,,non,"
                + "1.00\r\n";
        assertThat(SCDL.validateCsv(HEADER + row.formatted("99999000500012", "73282932000074"))).isEmpty();
        // A wrong last digit; a SIRET passing Luhn whose SIREN does not; La Poste's digit-sum rule.
        assertThat(SCDL.validateCsv(HEADER + row.formatted("99999000500013", "12345678010005")))
                .anySatisfy(e -> assertThat(e).contains("idAttribuant", "french-siret-value"))
                .anySatisfy(e -> assertThat(e).contains("idBeneficiaire", "french-siret-value"))
                .hasSize(2);
        assertThat(SCDL.validateCsv(HEADER + row.formatted("99999000500012", "35600000049800"))).isEmpty();
        assertThat(SCDL.validateCsv(HEADER + row.formatted("99999000500012", "35600000049801"))).hasSize(1);
    }

    @Test
    void checksJsonTypes() {
        String row = "{\"nomAttribuant\":\"Fonds\",\"idAttribuant\":\"99999000500012\",\"dateConvention\":\"2026-12-01\","
                + "\"referenceDecision\":null,\"nomBeneficiaire\":\"Hydro\",\"idBeneficiaire\":\"73282932000074\","
                + "\"objet\":\"Électrolyseur\",\"montant\":%s,\"nature\":\"aide en numéraire\","
                + "\"conditionsVersement\":\"unique\",\"datesPeriodeVersement\":\"2027-03-01\",\"idRAE\":null,"
                + "\"notificationUE\":%s,\"pourcentageSubvention\":1.00}";
        assertThat(SCDL.validateJson(Json.createReader(new StringReader("[" + row.formatted("47800.20", "false")
                + "]")).readArray())).isEmpty();
        assertThat(SCDL.validateJson(Json.createReader(new StringReader("[" + row.formatted("\"47800.20\"", "\"non\"")
                + "]")).readArray()))
                .anySatisfy(e -> assertThat(e).contains("montant", "is not a number"))
                .anySatisfy(e -> assertThat(e).contains("notificationUE", "is not a boolean"));
    }
}

package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.DossierFixtures.APPLICANT1;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff list's search on the database the tests run on (MariaDB with test.sh), read from the word tables of
 * migration 28: case and accents ignored, a word's beginning enough, every word needed (each in the dossier's title
 * or reference, or in its organisation's name or numbers), a reference and its fragments, and a title edited found
 * by its new word and no longer by the old one — the words change in the edit's own transaction.
 */
@ExtendWith(PayaraServer.class)
class DossierSearchIT {

    @PayaraServer.Base
    URL base;

    @Test
    void findsByWordsWhateverTheirCaseAndAccentsAndFollowsAnEdit() {
        Api applicant = Api.demo(base, APPLICANT1);
        Api analyst = Api.demo(base, Api.ANALYST);
        long callId = DossierFixtures.demoCallId(applicant);
        String word = uniqueWord();
        JsonObject draft = DossierFixtures.createDraft(applicant, callId,
                "Électrolyseur " + word.toUpperCase(java.util.Locale.ROOT) + " du port, phase Ûn");
        long id = draft.getJsonNumber("id").longValue();

        for (String q : List.of(word, word.toUpperCase(java.util.Locale.ROOT), word.substring(0, 7),
                "electrolyseur " + word, "ÉLECTROLYSEUR " + word, "électrolyseur, " + word + " : PORT", "un " + word)) {
            assertThat(ids(analyst, q)).as(q).containsExactly(id);
        }
        assertThat(ids(applicant, word)).as("the applicant's own list searches the same way").containsExactly(id);
        assertThat(ids(analyst, word + " hydrogenes")).as("every word is needed").isEmpty();
        assertThat(ids(analyst, "lyseur " + word)).as("a word's middle is not its beginning").isEmpty();
        assertThat(ids(analyst, "%" + word)).as("punctuation separates words, no wildcard").containsExactly(id);

        // The organisation's name and SIREN find its dossiers, each word where it is.
        JsonObject organisation = Api.json(applicant.get("api/v1/me")).getJsonObject("organisation");
        String siren = organisation.getString("siren");
        assertThat(ids(analyst, siren + " " + word)).containsExactly(id);
        String nameWord = organisation.getString("legalName").split("[^\\p{L}\\p{N}]+")[0];
        assertThat(ids(analyst, nameWord + " " + word)).containsExactly(id);
        HttpResponse<String> counts = analyst.get("api/v1/dossiers/counts?q=" + encode(word));
        assertThat(counts.statusCode()).as(counts.body()).isEqualTo(200);
        assertThat(Api.json(counts).getJsonNumber("DRAFT").longValue()).isEqualTo(1);

        // An edit: the new word finds the dossier, the old one no longer does.
        String renamed = uniqueWord();
        HttpResponse<String> edited = DossierFixtures.put(applicant, "api/v1/dossiers/" + id,
                "{\"version\": " + draft.getJsonNumber("version").longValue() + ", "
                        + DossierFixtures.balancedDraft(callId, "Électrolyseur " + renamed).substring(1));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(ids(analyst, renamed)).containsExactly(id);
        assertThat(ids(analyst, word)).isEmpty();
        JsonObject none = list(analyst, word);
        assertThat(none.getJsonNumber("total").longValue()).isZero();
        assertThat(none.getBoolean("totalCapped")).isFalse();
    }

    @Test
    void findsAReferenceByItselfAndByItsParts() {
        Api analyst = Api.demo(base, Api.ANALYST);
        JsonObject submitted = Api.json(analyst.get("api/v1/dossiers?status=SUBMITTED&size=50"))
                .getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(row -> !row.isNull("reference")).findFirst()
                .orElseGet(() -> Api.json(analyst.get("api/v1/dossiers?size=200")).getJsonArray("items").stream()
                        .map(JsonObject.class::cast).filter(row -> !row.isNull("reference")).findFirst()
                        .orElseThrow(() -> new AssertionError("no dossier with a reference in the demo data")));
        long id = submitted.getJsonNumber("id").longValue();
        String reference = submitted.getString("reference");
        String[] parts = reference.split("-");
        String number = parts[parts.length - 1];
        for (String q : List.of(reference, reference.toLowerCase(java.util.Locale.ROOT), " " + reference + " ",
                String.join(" ", parts), parts[0] + " " + number)) {
            JsonObject page = list(analyst, q);
            assertThat(page.getJsonArray("items").stream().map(JsonObject.class::cast)
                    .map(row -> row.getJsonNumber("id").longValue())).as(q).contains(id);
            assertThat(page.getBoolean("totalCapped")).isFalse();
        }
        assertThat(ids(analyst, reference)).containsExactly(id);
    }

    private static List<Long> ids(Api api, String q) {
        return list(api, q).getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(row -> row.getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject list(Api api, String q) {
        HttpResponse<String> page = api.get("api/v1/dossiers?size=500&q=" + encode(q));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Api.json(page);
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    /** A word no dossier has: 12 letters drawn at random. */
    private static String uniqueWord() {
        SecureRandom random = new SecureRandom();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}

package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract does not drift unnoticed: the served {@code /openapi} document equals the committed snapshot
 * {@code web/src/test/openapi/levier.json}, from which the build generates the Java client that
 * {@link GeneratedClientIT} drives. Both sides are compared in one normal form: object keys sorted, every
 * {@code servers} entry left out (they name the test server's port), two-space indentation.
 *
 * <p>After an intended change of the API, refresh the snapshot (and commit it with the change):
 * <pre>
 * ./test.sh -Dit.test=OpenApiContractIT -Dlevier.openapi.refresh=true -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * The test then writes the served document to the snapshot and reports itself skipped; the next build generates
 * the client from it.
 */
@ExtendWith(PayaraServer.class)
class OpenApiContractIT {

    private static final int SHOWN_DIFFERENCES = 25;

    @PayaraServer.Base
    URL base;

    @Test
    void theServedDocumentIsTheCommittedSnapshot() throws IOException {
        JsonObject served = normalised(served());
        Path snapshot = Path.of(System.getProperty("levier.it.openapi.snapshot",
                "src/test/openapi/levier.json"));
        if (Boolean.getBoolean("levier.it.openapi.refresh")) {
            Files.createDirectories(snapshot.getParent());
            Files.writeString(snapshot, pretty(served), StandardCharsets.UTF_8);
            Assumptions.abort("snapshot refreshed: " + snapshot.toAbsolutePath() + " (review and commit it)");
        }
        assertThat(snapshot).as("the snapshot of /openapi is committed").exists();
        JsonObject committed = normalised(read(Files.readString(snapshot, StandardCharsets.UTF_8)));

        List<String> differences = new ArrayList<>();
        compare("", committed, served, differences);
        assertThat(differences)
                .as("the served /openapi differs from the committed snapshot " + snapshot + " at these JSON paths"
                        + " (snapshot -> served). If the API change is intended, refresh the snapshot with\n  ./test.sh"
                        + " -Dit.test=OpenApiContractIT -Dlevier.openapi.refresh=true -Dtest=none"
                        + " -Dsurefire.failIfNoSpecifiedTests=false\nand commit it (the generated client follows)")
                .isEmpty();
        assertThat(pretty(served)).as("the snapshot is stored in its normal form (refresh it)")
                .isEqualTo(Files.readString(snapshot, StandardCharsets.UTF_8));
    }

    private JsonObject served() {
        Api anonymous = Api.anonymous(base);
        HttpResponse<String> answer = anonymous.send(anonymous.request("/openapi?format=JSON")
                .timeout(Duration.ofMinutes(5)).header("Accept", "application/json").GET().build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return read(answer.body());
    }

    private static JsonObject read(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** Keys sorted at every level, {@code servers} left out: the form the snapshot is stored and compared in. */
    static JsonObject normalised(JsonObject document) {
        return (JsonObject) normalise(document);
    }

    private static JsonValue normalise(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                JsonObjectBuilder sorted = Json.createObjectBuilder();
                new TreeMap<>(value.asJsonObject()).forEach((key, member) -> {
                    if (!"servers".equals(key)) {
                        sorted.add(key, normalise(member));
                    }
                });
                yield sorted.build();
            }
            case ARRAY -> {
                JsonArrayBuilder items = Json.createArrayBuilder();
                value.asJsonArray().forEach(item -> items.add(normalise(item)));
                yield items.build();
            }
            default -> value;
        };
    }

    /** Two-space indentation, one trailing newline. */
    static String pretty(JsonObject document) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(document);
        }
        // Parsson indents by four spaces: halve each line's leading indentation.
        StringBuilder text = new StringBuilder();
        for (String line : out.toString().strip().split("\n")) {
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            text.append(" ".repeat(indent / 2)).append(line, indent, line.length()).append('\n');
        }
        return text.toString();
    }

    /** The JSON paths where the two documents differ, each with both values (shortened). */
    private static void compare(String path, JsonValue expected, JsonValue actual, List<String> differences) {
        if (differences.size() >= SHOWN_DIFFERENCES || expected.equals(actual)) {
            return;
        }
        if (expected instanceof JsonObject e && actual instanceof JsonObject a) {
            TreeSet<String> keys = new TreeSet<>(e.keySet());
            keys.addAll(a.keySet());
            for (String key : keys) {
                JsonValue left = e.getOrDefault(key, null);
                JsonValue right = a.getOrDefault(key, null);
                if (left == null || right == null) {
                    differences.add(path + "/" + key + ": " + shorten(left) + " -> " + shorten(right));
                } else {
                    compare(path + "/" + key, left, right, differences);
                }
            }
        } else if (expected instanceof JsonArray e && actual instanceof JsonArray a && e.size() == a.size()) {
            for (int i = 0; i < e.size(); i++) {
                compare(path + "/" + i, e.get(i), a.get(i), differences);
            }
        } else {
            differences.add(path + ": " + shorten(expected) + " -> " + shorten(actual));
        }
    }

    private static String shorten(JsonValue value) {
        if (value == null) {
            return "(absent)";
        }
        String text = value.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}

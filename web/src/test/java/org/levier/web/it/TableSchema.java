package org.levier.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A small validator of the Frictionless <i>Table Schema</i> features the SCDL schemas use, applied to a CSV (header
 * names and order, one cell per field) or to a JSON array of objects (exactly the schema's keys): per field its type
 * ({@code string}, {@code number} with a point, {@code date} as {@code YYYY-MM-DD}, {@code boolean} with its
 * {@code trueValues}/{@code falseValues}) and its constraints ({@code required}, {@code pattern} matched against the
 * whole value, {@code enum}, {@code maxLength} in characters, {@code minimum}/{@code maximum}); the schema's
 * {@code missingValues} stand for no value; and the schema's {@code custom_checks} that the SCDL uses,
 * {@code french-siret-value} (Validata's: 14 digits, the whole number and its SIREN — its first nine digits — passing
 * the Luhn check digit; La Poste's establishments, SIREN 356000000, a digit sum that is a multiple of 5 instead).
 * Answers the list of violations, each naming row and field.
 */
final class TableSchema {

    private static final Pattern NUMBER = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?$");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final JsonObject schema;

    private TableSchema(JsonObject schema) {
        this.schema = schema;
    }

    /** The schema in the test resource {@code path}. */
    static TableSchema load(String path) {
        try (InputStream in = TableSchema.class.getResourceAsStream(path)) {
            Objects.requireNonNull(in, path);
            try (JsonReader reader = Json.createReader(in)) {
                return new TableSchema(reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> fieldNames() {
        return fields().stream().map(f -> f.getString("name")).toList();
    }

    private List<JsonObject> fields() {
        return schema.getJsonArray("fields").getValuesAs(JsonObject.class);
    }

    /** The violations of a CSV text (comma separated, quoted per RFC 4180, first row the header). */
    List<String> validateCsv(String text) {
        List<String> errors = new ArrayList<>();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            errors.add("the file starts with a byte-order mark");
            text = text.substring(1);
        }
        List<List<String>> rows = csvRows(text);
        if (rows.isEmpty()) {
            errors.add("no header row");
            return errors;
        }
        if (!rows.getFirst().equals(fieldNames())) {
            errors.add("header " + rows.getFirst() + " is not the schema's " + fieldNames());
            return errors;
        }
        List<JsonObject> fields = fields();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.size() != fields.size()) {
                errors.add("row " + r + ": " + cells.size() + " cells, the schema has " + fields.size() + " fields");
                continue;
            }
            for (int f = 0; f < fields.size(); f++) {
                String cell = cells.get(f);
                checkCell(errors, "row " + r, fields.get(f), missing(cell) ? null : cell);
                customChecks(errors, "row " + r, fields.get(f).getString("name"), missing(cell) ? null : cell);
            }
        }
        return errors;
    }

    /** The violations of a JSON array of row objects (typed values: numbers, booleans; null for no value). */
    List<String> validateJson(JsonArray rows) {
        List<String> errors = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            JsonObject row = rows.getJsonObject(r);
            if (!new java.util.HashSet<>(row.keySet()).equals(new java.util.HashSet<>(fieldNames()))) {
                errors.add("object " + r + ": keys " + row.keySet() + " are not the schema's fields");
                continue;
            }
            for (JsonObject field : fields()) {
                JsonValue value = row.get(field.getString("name"));
                String type = field.getString("type");
                String text;
                if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                    text = null;
                } else if (type.equals("number") && value instanceof JsonNumber n) {
                    text = n.bigDecimalValue().toPlainString();
                } else if (type.equals("boolean") && (value == JsonValue.TRUE || value == JsonValue.FALSE)) {
                    text = field.getJsonArray(value == JsonValue.TRUE ? "trueValues" : "falseValues")
                            .getString(0);
                } else if (!type.equals("number") && !type.equals("boolean") && value instanceof JsonString s) {
                    text = s.getString();
                } else {
                    errors.add("object " + r + ", " + field.getString("name") + ": a JSON "
                            + value.getValueType() + " is not a " + type);
                    continue;
                }
                checkCell(errors, "object " + r, field, text);
                customChecks(errors, "object " + r, field.getString("name"), text);
            }
        }
        return errors;
    }

    /** The schema's custom checks on the column {@code name} (a missing value is left to {@code required}). */
    private void customChecks(List<String> errors, String where, String name, String value) {
        JsonArray checks = schema.getJsonArray("custom_checks");
        if (checks == null || value == null) {
            return;
        }
        for (JsonObject check : checks.getValuesAs(JsonObject.class)) {
            if (!name.equals(check.getJsonObject("params").getString("column"))) {
                continue;
            }
            switch (check.getString("name")) {
                case "french-siret-value" -> {
                    if (!frenchSiret(value)) {
                        errors.add(where + ", " + name + " = '" + value + "': not a valid French SIRET"
                                + " (french-siret-value)");
                    }
                }
                default -> errors.add(where + ", " + name + ": custom check " + check.getString("name")
                        + " not supported by this validator");
            }
        }
    }

    /** Validata's {@code french-siret-value}: see the class comment. */
    static boolean frenchSiret(String value) {
        if (!value.matches("[0-9]{14}")) {
            return false;
        }
        boolean number = value.startsWith("356000000") && !luhn(value)
                ? value.chars().map(c -> c - '0').sum() % 5 == 0 : luhn(value);
        return number && luhn(value.substring(0, 9));
    }

    private static boolean luhn(String digits) {
        int total = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            total += digit;
            twice = !twice;
        }
        return total % 10 == 0;
    }

    private boolean missing(String cell) {
        JsonArray missing = schema.getJsonArray("missingValues");
        List<String> values = missing == null ? List.of("") : missing.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        return values.contains(cell);
    }

    private static void checkCell(List<String> errors, String where, JsonObject field, String value) {
        String name = field.getString("name");
        JsonObject constraints = field.getJsonObject("constraints");
        constraints = constraints == null ? JsonValue.EMPTY_JSON_OBJECT : constraints;
        String at = where + ", " + name + " = " + (value == null ? "(none)" : "'" + value + "'") + ": ";
        if (value == null) {
            if (constraints.getBoolean("required", false)) {
                errors.add(at + "required");
            }
            return;
        }
        BigDecimal number = null;
        switch (field.getString("type")) {
            case "number" -> {
                if (!NUMBER.matcher(value).matches()) {
                    errors.add(at + "not a number with a point");
                    return;
                }
                number = new BigDecimal(value);
            }
            case "date" -> {
                try {
                    LocalDate.parse(value, ISO_DATE);
                } catch (DateTimeParseException e) {
                    errors.add(at + "not a date YYYY-MM-DD");
                    return;
                }
            }
            case "boolean" -> {
                List<String> allowed = new ArrayList<>();
                field.getJsonArray("trueValues").getValuesAs(JsonString.class).forEach(s -> allowed.add(s.getString()));
                field.getJsonArray("falseValues").getValuesAs(JsonString.class).forEach(s -> allowed.add(s.getString()));
                if (!allowed.contains(value)) {
                    errors.add(at + "not one of " + allowed);
                    return;
                }
            }
            case "string" -> {
                // any text
            }
            default -> errors.add(at + "type " + field.getString("type") + " not supported by this validator");
        }
        if (constraints.containsKey("pattern")
                && !Pattern.compile(constraints.getString("pattern")).matcher(value).matches()) {
            errors.add(at + "does not match " + constraints.getString("pattern"));
        }
        if (constraints.containsKey("enum") && constraints.getJsonArray("enum").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).noneMatch(value::equals)) {
            errors.add(at + "not in " + constraints.getJsonArray("enum"));
        }
        if (constraints.containsKey("maxLength")
                && value.codePointCount(0, value.length()) > constraints.getInt("maxLength")) {
            errors.add(at + "longer than " + constraints.getInt("maxLength"));
        }
        if (number != null && constraints.containsKey("minimum")
                && number.compareTo(constraints.getJsonNumber("minimum").bigDecimalValue()) < 0) {
            errors.add(at + "below " + constraints.getJsonNumber("minimum"));
        }
        if (number != null && constraints.containsKey("maximum")
                && number.compareTo(constraints.getJsonNumber("maximum").bigDecimalValue()) > 0) {
            errors.add(at + "above " + constraints.getJsonNumber("maximum"));
        }
    }

    /** RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks; CRLF or LF ends a row. */
    static List<List<String>> csvRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else {
                cell.append(c);
            }
        }
        if (any) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}

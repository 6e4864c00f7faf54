package org.levier.web.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The catalogue of {@link HostileInputIT}: for one operation of the contract, every hostile request of every kind
 * (malformed JSON, deep nesting, wrong types, hostile numbers, impossible dates, control and bidi text, oversized
 * bodies, forged content types, path tricks, hostile uploads), and a selection of it. The selection gives each
 * operation a quota of every kind, rotating through the kind's variants from one operation to the next, so that
 * every operation meets every kind and every variant is sent to several operations, in a number of requests a
 * shared CI machine answers in a minute or two. The body fields are the operation's own (read from its schema in
 * {@code /openapi}) plus the usual field names of the API.
 */
final class HostileCases {

    /** Kinds of hostile request, each with the number of its variants one operation receives. */
    enum Kind {
        MALFORMED(2), NESTING(1), WRONG_TYPES(1), NUMBERS(2), DATES(1), TEXT(1), OVERSIZED(1), CONTENT_TYPE(1),
        PATH(1), ID(1), UPLOAD(Integer.MAX_VALUE);

        final int quota;

        Kind(int quota) {
            this.quota = quota;
        }
    }

    /** The fields of an operation's JSON body by the kind of value they hold (empty sets when it has no schema). */
    record Fields(Set<String> numbers, Set<String> dates, Set<String> texts, Set<String> lists) {
    }

    /**
     * One operation of the contract, with a concrete path ({@code api/v1/…}, relative to the context root):
     * {@code body} when it reads a request body (an action without one only meets the path tricks: its body is
     * never read, and a well-formed path would carry the action out).
     */
    record Operation(String method, String template, String path, boolean body, boolean multipart, Fields fields) {
    }

    /** One generated request; the body is made when sent (the largest are over 20 MiB). */
    record Case(Kind kind, String what, String path, String contentType, Supplier<byte[]> body) {

        String key() {
            return kind + " " + what;
        }
    }

    /** The documents limit of the server (its default) and the room it gives the multipart envelope. */
    static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
    static final int MULTIPART_OVERHEAD = 64 * 1024;
    /** The JSON body limit of the server (its default). */
    static final int MAX_JSON_BYTES = 2 * 1024 * 1024;

    private static final String JSON = "application/json";
    private static final String BOUNDARY = "levier-hostile-boundary";
    private static final List<String> NUMBER_FIELDS = List.of("amount", "trancheId", "version", "shares",
            "instalments", "callId", "actionNumber");
    private static final List<String> DATE_FIELDS = List.of("signedOn", "valueDate", "metOn", "grantedOn",
            "startDate", "endDate", "plannedOn", "firstDueOn", "date");
    private static final List<String> TEXT_FIELDS = List.of("title", "reason", "name", "comment", "label", "email",
            "funder", "bankReference", "token", "password", "iban", "bic");

    private HostileCases() {
    }

    /** The selection for the {@code index}-th operation: each kind's quota of variants, rotating with the index. */
    static List<Case> selection(Operation operation, int index) {
        Map<Kind, List<Case>> byKind = new LinkedHashMap<>();
        for (Case hostile : all(operation)) {
            byKind.computeIfAbsent(hostile.kind(), kind -> new ArrayList<>()).add(hostile);
        }
        List<Case> chosen = new ArrayList<>();
        byKind.forEach((kind, variants) -> {
            int n = Math.min(kind.quota, variants.size());
            for (int k = 0; k < n; k++) {
                chosen.add(variants.get((int) (((long) index * n + k) % variants.size())));
            }
        });
        return chosen;
    }

    /** Every hostile request of the catalogue for this operation. */
    static List<Case> all(Operation operation) {
        String path = operation.path();
        List<Case> cases = new ArrayList<>();
        if (operation.body()) {
            cases.addAll(bodies(operation));
        }
        for (String trick : List.of("/..;/x", "/%2e%2e/%2e%2e/x", "%00", "/-1", "/99999999999999999999", "/1e3",
                "/%F0%9F%92%A9", "/..%2f..%2fetc%2fpasswd", "%20", "/%252e%252e")) {
            cases.add(json(Kind.PATH, trick, path + trick, "{}"));
        }
        String numbered = path.replaceFirst("/1(/|$)", "/99999999999999999999$1");
        if (!numbered.equals(path)) {
            cases.add(json(Kind.ID, "an id beyond a long", numbered, "{}"));
            cases.add(json(Kind.ID, "a negative id", path.replaceFirst("/1(/|$)", "/-7$1"), "{}"));
            cases.add(json(Kind.ID, "an exponent id", path.replaceFirst("/1(/|$)", "/1e3$1"), "{}"));
            cases.add(json(Kind.ID, "a decimal id", path.replaceFirst("/1(/|$)", "/1.5$1"), "{}"));
            cases.add(json(Kind.ID, "a NUL in the id", path.replaceFirst("/1(/|$)", "/1%00$1"), "{}"));
        }
        if (operation.multipart()) {
            cases.addAll(uploads(path));
        }
        return cases;
    }

    private static List<Case> bodies(Operation operation) {
        String path = operation.path();
        List<Case> cases = new ArrayList<>();
        for (String body : List.of("", "{", "}", "{\"a\":}", "{\"a\":1,}", "{'a':1}", "[1,2", "nul", "tru",
                "{\"a\" 1}", "\"unterminated", "[]", "null", "\"s\"", "42", "true", "[{}]", "{}{}",
                "{\"amount\":\"1.00\",\"amount\":\"2.00\",\"reason\":\"a\",\"reason\":[]}")) {
            cases.add(json(Kind.MALFORMED, abbreviate(body), path, body));
        }
        cases.add(new Case(Kind.MALFORMED, "invalid UTF-8", path, JSON,
                () -> new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'}));

        cases.add(json(Kind.NESTING, "objects nested 1,000 deep", path,
                "{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000)));
        cases.add(json(Kind.NESTING, "arrays nested 10,000 deep", path, "[".repeat(10_000) + "]".repeat(10_000)));
        cases.add(json(Kind.NESTING, "mixed nesting 3,000 deep", path, "{\"a\":[".repeat(3_000) + "]}".repeat(3_000)));

        Fields fields = operation.fields();
        // A value of a type the field never holds: a string for a number, a number for a text or a date.
        for (String[] value : List.of(new String[] {"{}", "{}"}, new String[] {"[]", "[]"},
                new String[] {"true", "true"}, new String[] {"\"twelve\"", "12"},
                new String[] {"[\"a\",1,null]", "[\"a\",1,null]"}, new String[] {"{\"a\":1}", "-1.5e3"})) {
            cases.add(json(Kind.WRONG_TYPES, "every field " + value[0] + " / " + value[1], path,
                    body(fields, value[0], value[1], value[1], value[1].startsWith("[") ? value[1] : "{}")));
        }
        for (String value : List.of("\"1e100000000\"", "1e100000000", "-1e100000000", "1E-100000000", "\"0.001\"",
                "0.001", "\"99999999999999999999.99\"", "99999999999999999999999999999", "\"NaN\"",
                "\"-Infinity\"", "-0.00", "\"1_000\"", "\" 1\"", "\"" + "9".repeat(5_000) + "\"",
                "9".repeat(60) + "." + "9".repeat(3))) {
            cases.add(json(Kind.NUMBERS, abbreviate(value), path,
                    body(fields, value, null, null, "[{\"amount\":" + value + "}]")));
        }
        for (String date : List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "2026-02-30",
                "2026-13-01", "10000-01-01", "2026-1-1", "01/02/2026", "2026-06-30T25:00:00Z", "")) {
            String value = "\"" + date + "\"";
            cases.add(json(Kind.DATES, date, path,
                    body(fields, null, value, null, "[{\"date\":" + value + ",\"plannedOn\":" + value + "}]")));
        }
        for (String text : List.of("\\u0000nul", "a\\u0007bell", "\\u202Eevil\\u202C", "\\u2066isolate\\u2069",
                "\\u200B\\u200B\\u200B", "\\uFEFF", "\\uD800", "line\\u2028sep")) {
            String value = "\"" + text + "\"";
            cases.add(json(Kind.TEXT, text, path,
                    body(fields, null, null, value, "[{\"label\":" + value + ",\"title\":" + value + "}]")));
        }

        cases.add(new Case(Kind.OVERSIZED, "a 1 MB string in every text field", path, JSON, () -> bytes(
                body(fields, null, null, "\"" + "x".repeat(1_000_000 / Math.max(1, textCount(fields))) + "\"",
                        null))));
        cases.add(new Case(Kind.OVERSIZED, "20,000 keys", path, JSON, () -> {
            StringBuilder keys = new StringBuilder("{");
            for (int i = 0; i < 20_000; i++) {
                keys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
            }
            return bytes(keys.append('}').toString());
        }));
        cases.add(new Case(Kind.OVERSIZED, "a JSON body just above its limit", path, JSON,
                () -> bytes("{\"title\":\"" + "x".repeat(MAX_JSON_BYTES) + "\"}")));

        for (String type : List.of("text/plain", "application/xml", "application/json; charset=EBCDIC",
                "multipart/form-data; boundary=nothing", "application/x-www-form-urlencoded",
                "application/octet-stream", "image/png", "application/json, text/html", "application/")) {
            cases.add(new Case(Kind.CONTENT_TYPE, type, path, type, () -> bytes("{\"amount\":\"1.00\"}")));
        }
        return cases;
    }

    private static List<Case> uploads(String path) {
        String type = "multipart/form-data; boundary=" + BOUNDARY;
        List<Case> cases = new ArrayList<>();
        // Just above the limit, once per upload operation (the server reads it to its end before the 413).
        cases.add(new Case(Kind.UPLOAD, "upload just above the limit", path, type, () -> multipart("file", "big.pdf",
                "application/pdf", new byte[MAX_DOCUMENT_BYTES + MULTIPART_OVERHEAD])));
        cases.add(new Case(Kind.UPLOAD, "upload of an executable named .pdf", path, type, () -> multipart("file",
                "invoice.pdf", "application/pdf", bytes("MZ\u0090\u0000 this is not a PDF"))));
        cases.add(new Case(Kind.UPLOAD, "upload named with a path", path, type, () -> multipart("file",
                "../../../../etc/passwd", "application/pdf", bytes("%PDF-1.7\n%%EOF"))));
        cases.add(new Case(Kind.UPLOAD, "upload named with NUL and bidi", path, type, () -> multipart("file",
                "a\u0000b\u202Etxt.pdf", "application/pdf", bytes("%PDF-1.7\n%%EOF"))));
        cases.add(new Case(Kind.UPLOAD, "upload in a part of another name", path, type, () -> multipart("files[]",
                "a.pdf", "text/html", bytes("<script>alert(1)</script>"))));
        cases.add(new Case(Kind.UPLOAD, "multipart without its closing boundary", path, type, () -> bytes("--"
                + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF")));
        cases.add(new Case(Kind.UPLOAD, "multipart without a boundary", path, "multipart/form-data",
                () -> bytes("--x\r\n\r\n")));
        return cases;
    }

    /**
     * A JSON object with {@code number} in every numeric field, {@code date} in every date field, {@code text} in
     * every text field and {@code list} in every array field (each {@code null}: that kind left out).
     */
    private static String body(Fields fields, String number, String date, String text, String list) {
        Map<String, String> members = new LinkedHashMap<>();
        if (number != null) {
            names(NUMBER_FIELDS, fields.numbers()).forEach(name -> members.put(name, number));
            members.put("requested", "{\"GRANT\":" + number + "}");
        }
        if (date != null) {
            names(DATE_FIELDS, fields.dates()).forEach(name -> members.put(name, date));
        }
        if (text != null) {
            names(TEXT_FIELDS, fields.texts()).forEach(name -> members.put(name, text));
        }
        if (list != null) {
            names(List.of("budgetLines", "tranches"), fields.lists()).forEach(name -> members.put(name, list));
        }
        StringBuilder json = new StringBuilder("{");
        members.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name)
                .append("\":").append(value));
        return json.append('}').toString();
    }

    private static Set<String> names(List<String> usual, Set<String> own) {
        Set<String> names = new LinkedHashSet<>(own);
        names.addAll(usual);
        return names;
    }

    private static int textCount(Fields fields) {
        return names(TEXT_FIELDS, fields.texts()).size();
    }

    private static Case json(Kind kind, String what, String path, String body) {
        byte[] bytes = bytes(body);
        return new Case(kind, what, path, JSON, () -> bytes);
    }

    private static byte[] multipart(String name, String filename, String type, byte[] content) {
        byte[] head = bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n--"
                + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + type + "\r\n\r\n");
        byte[] tail = bytes("\r\n--" + BOUNDARY + "--\r\n");
        byte[] all = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
        return all;
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

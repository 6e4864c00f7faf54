package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hostile-input suite (issue 17, item 7): every operation of the served {@code /openapi} that takes input
 * (POST, PUT, PATCH) receives generated malformed and hostile requests — broken and deeply nested JSON, wrong
 * types, exponents and excess precision, impossible dates, control and bidi characters, oversized strings and
 * uploads, forged content types, path tricks — each as the first role the operation admits. Every answer must be
 * a 4xx {@code application/problem+json} within 1 s (a bound, not a performance target); afterwards no table holds a
 * row more or less and the audit trail gained nothing but the failed sign-ins the token endpoint audits by design.
 * Each request comes from a client address of its own (the tests' Payara trusts {@code X-Forwarded-For} from the
 * loopback), so the abuse limits do not answer in place of the parsers.
 */
@ExtendWith(PayaraServer.class)
class HostileInputIT {

    private static final Duration BOUND = Duration.ofSeconds(1);
    private static final Set<String> WRITES = Set.of("post", "put", "patch");
    /** Sign-ins are audited by design, a refused one too (the callers' own and the token endpoint's). */
    private static final Set<String> AUDITED_BY_DESIGN = Set.of("login.succeeded", "login.failed", "account.locked");
    /** Seals of the audit trail are mailed to the auditors on their schedule, whatever the requests. */
    private static final String SEAL_MAILS = "auditors@levier.example";
    private static final String APPLICANT = "applicant1@levier.example";
    private static final List<String> CALLERS = List.of(Api.DIRECTOR, "admin@levier.example", APPLICANT,
            Api.ANALYST, Api.AUDITOR);
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @PayaraServer.Base
    URL base;

    /** One operation of the contract, with a concrete path. */
    private record Operation(String method, String template, String path, boolean multipart) {
    }

    /** One generated request: what it is, its path, content type and body. */
    private record Case(String what, String path, String contentType, byte[] body) {
    }

    @Test
    @Disabled("issue 17 item 7: not yet run to completion on this machine (well over 2,000 requests incl. 21 MiB "
            + "uploads took more than 25 min on a shared 2-core machine); enable once measured and trimmed")
    void everyOperationThatTakesInputRefusesHostileRequestsWithProblemJsonFastAndStoresNothing() throws Exception {
        List<Operation> operations = operations();
        assertThat(operations).as("operations taking input in /openapi").hasSizeGreaterThan(20);
        Map<Operation, Api> callers = new LinkedHashMap<>();
        operations.forEach(operation -> callers.put(operation, callerFor(operation)));
        Map<String, Long> rowsBefore = rowCounts();
        long auditBefore = auditHead();

        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation operation : operations) {
            Api caller = callers.get(operation);
            for (Case hostile : cases(operation)) {
                sent++;
                String failure = check(caller, operation, hostile);
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }

        assertThat(sent).as("hostile requests sent").isGreaterThanOrEqualTo(500);
        assertThat(failures).as(failures.size() + " of " + sent + " hostile requests were not refused properly")
                .isEmpty();
        assertThat(rowCounts()).as("no table gained or lost a row").isEqualTo(rowsBefore);
        assertThat(auditActionsSince(auditBefore)).as("audited: only the refused sign-ins")
                .allSatisfy(action -> assertThat(AUDITED_BY_DESIGN).contains(action));
    }

    // --- the contract ---

    private List<Operation> operations() {
        Api anonymous = Api.anonymous(base);
        // The first rendering of the contract scans the application: slow on a busy machine.
        HttpResponse<String> served = anonymous.send(anonymous.request("/openapi?format=JSON")
                .timeout(Duration.ofMinutes(5)).header("Accept", "application/json").GET().build());
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
        JsonObject paths;
        try (JsonReader reader = Json.createReader(new StringReader(served.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, jakarta.json.JsonValue> path : new TreeMap<>(paths).entrySet()) {
            JsonObject item = path.getValue().asJsonObject();
            for (String method : item.keySet()) {
                if (!WRITES.contains(method)) {
                    continue;
                }
                JsonObject operation = item.getJsonObject(method);
                boolean multipart = operation.containsKey("requestBody")
                        && operation.getJsonObject("requestBody").toString().contains("multipart/form-data");
                String template = path.getKey();
                String concrete = template.replaceAll("\\{code}", "TI-DK").replaceAll("\\{[^}]+}", "1");
                int api = concrete.indexOf("/api/");
                String relative = api >= 0 ? concrete.substring(api + 1) : "api/v1" + concrete;
                operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), template, relative, multipart));
            }
        }
        return operations;
    }

    /** The first caller the operation does not refuse outright (anonymous for the public ones). */
    private Api callerFor(Operation operation) {
        Api anonymous = Api.anonymous(base);
        if (send(anonymous, operation, new Case("probe", operation.path(), "application/json",
                bytes("[]"))).statusCode() != 401) {
            return anonymous;
        }
        for (String email : CALLERS) {
            Api caller = Api.demo(base, email);
            int status = send(caller, operation, new Case("probe", operation.path(), "application/json",
                    bytes("[]"))).statusCode();
            if (status != 401 && status != 403) {
                return caller;
            }
        }
        return Api.demo(base, Api.DIRECTOR);
    }

    // --- the mutations ---

    private static List<Case> cases(Operation operation) {
        List<Case> cases = new ArrayList<>();
        String path = operation.path();
        Map<String, String> bodies = new LinkedHashMap<>();
        // Malformed JSON and wrong top-level types.
        for (String body : List.of("", "{", "}", "{\"a\":}", "{\"a\":1,}", "{'a':1}", "[1,2", "nul", "tru",
                "{\"a\" 1}", "\"unterminated", "[]", "null", "\"s\"", "42", "true", "[{}]", "{}{}")) {
            bodies.put("malformed or wrongly typed " + abbreviate(body), body);
        }
        // Deep nesting.
        bodies.put("objects nested 1,000 deep", "{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000));
        bodies.put("arrays nested 10,000 deep", "[".repeat(10_000) + "]".repeat(10_000));
        bodies.put("mixed nesting 3,000 deep", "{\"a\":[".repeat(3_000) + "]}".repeat(3_000));
        // Wrong types, exponents and excess precision in the usual fields.
        for (String value : List.of("\"1e100000000\"", "1e100000000", "-1e100000000", "1E-100000000",
                "\"0.001\"", "0.001", "\"99999999999999999999.99\"", "99999999999999999999999999999",
                "\"NaN\"", "\"-Infinity\"", "-0.00", "{}", "[]", "true", "\"" + "9".repeat(5_000) + "\"")) {
            bodies.put("numbers " + abbreviate(value), "{\"amount\":" + value + ",\"trancheId\":" + value
                    + ",\"version\":" + value + ",\"shares\":" + value + ",\"instalments\":" + value
                    + ",\"callId\":" + value + ",\"actionNumber\":" + value + ",\"requested\":{\"GRANT\":" + value
                    + "},\"budgetLines\":[{\"amount\":" + value + "}],\"tranches\":[{\"amount\":" + value + "}]}");
        }
        // Impossible dates.
        for (String date : List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "2026-02-30",
                "2026-13-01", "10000-01-01", "2026-1-1", "01/02/2026", "2026-06-30T25:00:00Z", "")) {
            bodies.put("date " + date, "{\"signedOn\":\"" + date + "\",\"valueDate\":\"" + date + "\",\"metOn\":\""
                    + date + "\",\"grantedOn\":\"" + date + "\",\"startDate\":\"" + date + "\",\"endDate\":\"" + date
                    + "\",\"plannedOn\":\"" + date + "\",\"firstDueOn\":\"" + date + "\",\"date\":\"" + date + "\"}");
        }
        // Control and bidi characters, invisible-only text.
        for (String text : List.of("\\u0000nul", "a\\u0007bell", "\\u202Eevil\\u202C", "\\u2066isolate\\u2069",
                "\\u200B\\u200B\\u200B", "\\uFEFF", "\\uD800", "line\\u2028sep")) {
            bodies.put("text " + text, "{\"title\":\"" + text + "\",\"reason\":\"" + text + "\",\"name\":\"" + text
                    + "\",\"comment\":\"" + text + "\",\"label\":\"" + text + "\",\"email\":\"" + text
                    + "\",\"funder\":\"" + text + "\",\"bankReference\":\"" + text + "\",\"token\":\"" + text + "\"}");
        }
        // Oversized strings, many keys, duplicate keys.
        String huge = "x".repeat(1_000_000);
        bodies.put("a 1 MB string", "{\"title\":\"" + huge + "\",\"reason\":\"" + huge.substring(0, 10_000)
                + "\",\"email\":\"" + huge.substring(0, 5_000) + "@levier.example\"}");
        StringBuilder keys = new StringBuilder("{");
        for (int i = 0; i < 20_000; i++) {
            keys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        bodies.put("20,000 keys", keys.append('}').toString());
        bodies.put("duplicate keys", "{\"amount\":\"1.00\",\"amount\":\"2.00\",\"reason\":\"a\",\"reason\":[]}");
        bodies.forEach((what, body) -> cases.add(new Case(what, path, "application/json", bytes(body))));

        // Bytes that are not UTF-8.
        cases.add(new Case("invalid UTF-8", path, "application/json",
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'}));
        // Forged content types.
        for (String type : List.of("text/plain", "application/xml", "application/json; charset=EBCDIC",
                "multipart/form-data; boundary=nothing", "application/x-www-form-urlencoded",
                "application/octet-stream", "image/png", "application/json, text/html")) {
            cases.add(new Case("content type " + type, path, type, bytes("{\"amount\":\"1.00\"}")));
        }
        // Path tricks.
        for (String trick : List.of("/..;/x", "/%2e%2e/%2e%2e/x", "%00", "/-1", "/99999999999999999999", "/1e3",
                "/%F0%9F%92%A9", "/..%2f..%2fetc%2fpasswd")) {
            cases.add(new Case("path " + trick, path + trick, "application/json", bytes("{}")));
        }
        String numbered = path.replaceFirst("/1(/|$)", "/99999999999999999999$1");
        if (!numbered.equals(path)) {
            cases.add(new Case("an id beyond a long", numbered, "application/json", bytes("{}")));
            cases.add(new Case("a negative id", path.replaceFirst("/1(/|$)", "/-7$1"), "application/json",
                    bytes("{}")));
            cases.add(new Case("an exponent id", path.replaceFirst("/1(/|$)", "/1e3$1"), "application/json",
                    bytes("{}")));
        }
        if (operation.multipart()) {
            cases.addAll(uploads(path));
        }
        return cases;
    }

    private static List<Case> uploads(String path) {
        List<Case> cases = new ArrayList<>();
        String boundary = "levier-hostile-boundary";
        String type = "multipart/form-data; boundary=" + boundary;
        cases.add(new Case("upload larger than the limit", path, type,
                multipart(boundary, "file", "big.pdf", "application/pdf", new byte[21 * 1024 * 1024])));
        cases.add(new Case("upload of an executable named .pdf", path, type, multipart(boundary, "file",
                "invoice.pdf", "application/pdf", bytes("MZ\u0090\u0000 this is not a PDF"))));
        cases.add(new Case("upload named with a path", path, type, multipart(boundary, "file",
                "../../../../etc/passwd", "application/pdf", bytes("%PDF-1.7\n%%EOF"))));
        cases.add(new Case("upload named with NUL and bidi", path, type, multipart(boundary, "file",
                "a\u0000b\u202Etxt.pdf", "application/pdf", bytes("%PDF-1.7\n%%EOF"))));
        cases.add(new Case("multipart without its closing boundary", path, type,
                bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF")));
        cases.add(new Case("multipart without a boundary", path, "multipart/form-data", bytes("--x\r\n\r\n")));
        return cases;
    }

    private static byte[] multipart(String boundary, String name, String filename, String type, byte[] content) {
        byte[] head = bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + type + "\r\n\r\n");
        byte[] tail = bytes("\r\n--" + boundary + "--\r\n");
        byte[] all = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
        return all;
    }

    // --- sending and judging ---

    private String check(Api caller, Operation operation, Case hostile) {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = send(caller, operation, hostile);
        } catch (RuntimeException e) {
            return describe(operation, hostile) + ": no answer (" + e.getMessage() + ")";
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        int status = response.statusCode();
        if (status < 400 || status >= 500) {
            return describe(operation, hostile) + ": HTTP " + status + " " + abbreviate(response.body());
        }
        if (!"application/problem+json".equals(Api.mediaType(response))) {
            return describe(operation, hostile) + ": HTTP " + status + " as '" + Api.mediaType(response) + "'";
        }
        if (took.compareTo(BOUND) >= 0) {
            return describe(operation, hostile) + ": answered in " + took.toMillis() + " ms";
        }
        return null;
    }

    private HttpResponse<String> send(Api caller, Operation operation, Case hostile) {
        HttpRequest.Builder request = caller.request(hostile.path())
                .header("X-Forwarded-For", nextClientAddress())
                .header("Accept", "application/json")
                .method(operation.method(), HttpRequest.BodyPublishers.ofByteArray(hostile.body()));
        if (hostile.contentType() != null) {
            request.header("Content-Type", hostile.contentType());
        }
        return caller.send(request.build());
    }

    /** A client address of its own for each request (198.18.0.0/15, the benchmarking range). */
    private static String nextClientAddress() {
        int n = CLIENTS.incrementAndGet();
        return "198." + (18 + (n >> 16 & 1)) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    private static String describe(Operation operation, Case hostile) {
        return operation.method() + " " + operation.template() + " [" + hostile.what() + "]";
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // --- what is stored ---

    /** Rows of every table of the application's database, audit trail aside (read through its own assertion). */
    private static Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = Database.connect(); Statement st = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
                    + " AND table_name NOT IN ('flyway_schema_history', 'audit_chain_head')")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                String where = table.equals("mail_outbox") ? " WHERE recipient <> '" + SEAL_MAILS + "'" : "";
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM `" + table + "`" + where)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static long auditHead() throws SQLException {
        try (Connection db = Database.connect(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT last_seq FROM audit_chain_head WHERE id = 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> auditActionsSince(long seq) throws SQLException {
        List<String> actions = new ArrayList<>();
        try (Connection db = Database.connect(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT action FROM audit_event WHERE seq > " + seq)) {
            while (rs.next()) {
                actions.add(rs.getString(1));
            }
        }
        return actions;
    }
}

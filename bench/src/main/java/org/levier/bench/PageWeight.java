package org.levier.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Page weight (issue 13): the bytes a browser's first visit (empty cache) transfers for the login page and for the
 * dossier form of a signed-in applicant — the page and every same-origin resource it names ({@link PageResources}),
 * asked with {@code Accept-Encoding: gzip} as a browser asks, counted as they arrive (compressed where the server
 * compressed); the uncompressed total beside it. Bodies only: the headers (a few hundred bytes per answer) are not
 * counted. Target: at most 400 KB transferred per page. Any resource that does not answer 200 fails the run.
 *
 * <p>{@code java org.levier.bench.PageWeight --base http://127.0.0.1:8080 --user applicant1@levier.example
 * --password … [--target-kb 400]}
 */
public final class PageWeight {

    /** One download: where, what arrived, what it is once decoded. */
    record Download(URI uri, int status, long transferred, long uncompressed, String type, byte[] body) {
    }

    /** A page and its resources as one first visit fetched them. */
    record Visit(String name, List<Download> downloads) {

        long transferred() {
            return downloads.stream().mapToLong(Download::transferred).sum();
        }

        long uncompressed() {
            return downloads.stream().mapToLong(Download::uncompressed).sum();
        }
    }

    private static final Pattern INPUT = Pattern.compile("<(input|button)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

    private final URI base;
    private final HttpClient client;

    private PageWeight(URI base) {
        this.base = base;
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(30)).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("base", "http://127.0.0.1:8080");
        defaults.put("user", null);
        defaults.put("password", null);
        defaults.put("target-kb", "400");
        Map<String, String> options = CommandLine.parse("PageWeight", args, defaults);
        URI base = URI.create(options.get("base"));
        long target = Long.parseLong(options.get("target-kb")) * 1024;

        Visit login = new PageWeight(base).visit("login page", "/login.xhtml");
        PageWeight applicant = new PageWeight(base);
        applicant.signIn(options.get("user"), options.get("password"));
        Visit form = applicant.visit("dossier form (applicant, new dossier)", "/app/dossier-edit.xhtml");

        System.out.println("\nPage weight, first visit (empty cache), Accept-Encoding: gzip; target ≤ "
                + kb(target) + " transferred per page");
        boolean failed = false;
        for (Visit visit : List.of(login, form)) {
            System.out.printf(Locale.ROOT, "page weight: %-40s %s transferred, %s uncompressed, %d downloads — %s%n",
                    visit.name(), kb(visit.transferred()), kb(visit.uncompressed()), visit.downloads().size(),
                    visit.transferred() <= target ? "met" : "NOT met");
            visit.downloads().stream().sorted(Comparator.comparingLong(Download::transferred).reversed()).limit(6)
                    .forEach(d -> System.out.printf(Locale.ROOT, "    %9s  %9s raw  %s%n", kb(d.transferred()),
                            kb(d.uncompressed()), base.relativize(d.uri())));
            for (Download d : visit.downloads()) {
                if (d.status() != 200) {
                    System.out.println("page weight FAILED: " + d.uri() + " answered HTTP " + d.status());
                    failed = true;
                }
            }
        }
        if (failed) {
            System.exit(1);
        }
    }

    /** Signs in through the login form, as a browser does (the form's own fields, its view state, its button). */
    private void signIn(String user, String password) throws IOException, InterruptedException {
        Download page = fetch(base.resolve("/login.xhtml"));
        String html = new String(page.body(), StandardCharsets.UTF_8);
        Map<String, String> fields = formFields(html, "login", user, password);
        Matcher action = Pattern.compile("<form\\b[^>]*\\bid=\"login\"[^>]*\\baction=\"([^\"]*)\"").matcher(html);
        if (!action.find() || !fields.containsValue(password)) {
            throw new IllegalStateException("no login form with a password field on /login.xhtml");
        }
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(page.uri().resolve(
                        action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || answer.uri().getPath().endsWith("/login.xhtml")) {
            throw new IllegalStateException("signing in as " + user + " failed: HTTP " + answer.statusCode()
                    + " at " + answer.uri());
        }
    }

    /**
     * The fields a form ({@code formId}) posts: its hidden inputs (the form's id, the Faces view state), the e-mail and
     * password filled in, and its submit button.
     */
    static Map<String, String> formFields(String html, String formId, String user, String password) {
        Matcher form = Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"").matcher(html);
        int start = form.find() ? form.start() : -1;
        int end = html.indexOf("</form>", Math.max(start, 0));
        Map<String, String> fields = new LinkedHashMap<>();
        if (start < 0 || end < 0) {
            return fields;
        }
        Matcher input = INPUT.matcher(html.substring(start, end));
        while (input.find()) {
            Map<String, String> attributes = PageResources.attributes(input.group(2));
            String name = attributes.get("name");
            String type = attributes.getOrDefault("type", input.group(1).equalsIgnoreCase("button") ? "submit"
                    : "text").toLowerCase(Locale.ROOT);
            if (name == null) {
                continue;
            }
            switch (type) {
                case "password" -> fields.put(name, password);
                case "email" -> fields.put(name, user);
                case "text" -> fields.put(name, name.endsWith("email") ? user : attributes.getOrDefault("value", ""));
                case "hidden", "submit" -> fields.put(name, attributes.getOrDefault("value", ""));
                default -> {
                    // checkboxes and others: not in the login form
                }
            }
        }
        return fields;
    }

    /** The page at {@code path} and everything it names on the same origin, each fetched once. */
    private Visit visit(String name, String path) throws IOException, InterruptedException {
        List<Download> downloads = new ArrayList<>();
        Download page = fetch(base.resolve(path));
        if (page.uri().getPath().endsWith("/login.xhtml") && !path.endsWith("/login.xhtml")) {
            throw new IllegalStateException(path + " sent back to the login page: not signed in");
        }
        downloads.add(page);
        Set<URI> seen = new LinkedHashSet<>(List.of(page.uri()));
        List<URI> queue = sameOrigin(page.uri(), PageResources.ofHtml(text(page)));
        for (int i = 0; i < queue.size(); i++) {
            URI uri = queue.get(i);
            if (!seen.add(uri)) {
                continue;
            }
            Download download = fetch(uri);
            downloads.add(download);
            if (download.type().contains("css") || uri.getPath().endsWith(".css")) {
                queue.addAll(sameOrigin(uri, PageResources.ofCss(text(download))));
            }
        }
        return new Visit(name, downloads);
    }

    private List<URI> sameOrigin(URI from, List<String> addresses) {
        List<URI> uris = new ArrayList<>();
        for (String address : addresses) {
            URI uri = from.resolve(address.replace(" ", "%20"));
            if (Objects.equals(uri.getHost(), base.getHost()) && uri.getPort() == base.getPort()) {
                uris.add(uri.getFragment() == null ? uri : URI.create(uri.toString().replaceFirst("#.*$", "")));
            }
        }
        return uris;
    }

    private Download fetch(URI uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip")
                .header("Accept", "text/html,application/xhtml+xml,text/css,*/*").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] raw = answer.body();
        byte[] body = raw;
        if (answer.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                body = gzip.readAllBytes();
            }
        }
        return new Download(answer.uri(), answer.statusCode(), raw.length, body.length,
                answer.headers().firstValue("Content-Type").orElse(""), body);
    }

    private static String text(Download download) {
        return new String(download.body(), StandardCharsets.UTF_8);
    }

    static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}

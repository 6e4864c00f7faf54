package org.levier.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * compressed); the uncompressed total beside it. The background images the style sheets name are counted apart: a
 * browser fetches only those the page's elements use (with all of them: an upper bound, printed too). Bodies only:
 * the headers (a few hundred bytes per answer) are not counted. Target: at most 400 KB transferred per page. Any
 * resource that does not answer 200 fails the run.
 *
 * <p>{@code java org.levier.bench.PageWeight --base http://127.0.0.1:8080 --user applicant1@levier.example
 * --password … [--target-kb 400] [--list 6]} ({@code --list}: how many of the largest downloads to show per page)
 */
public final class PageWeight {

    /** One download: where, what arrived, what it is once decoded. */
    record Download(URI uri, int status, long transferred, long uncompressed, String type, byte[] body,
                    boolean background) {

        Download asBackground() {
            return new Download(uri, status, transferred, uncompressed, type, body, true);
        }
    }

    /** A page and its resources as one first visit fetched them. */
    record Visit(String name, List<Download> downloads) {

        /** Transferred, without the style sheets' background images (as a browser showing this page). */
        long transferred() {
            return downloads.stream().filter(d -> !d.background()).mapToLong(Download::transferred).sum();
        }

        /** Transferred, with every background image the style sheets name (an upper bound). */
        long transferredAtMost() {
            return downloads.stream().mapToLong(Download::transferred).sum();
        }

        long uncompressed() {
            return downloads.stream().filter(d -> !d.background()).mapToLong(Download::uncompressed).sum();
        }
    }

    private static final Pattern INPUT = Pattern.compile("<(input|button)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

    private final URI base;
    private final HttpClient client;
    /**
     * The cookies the server set, sent back as a browser does ({@code name=value}). Not the JDK's
     * {@code CookieManager}: it sends RFC 2965 cookies ({@code $Version="1"; name="value"}), whose quoted session
     * version Payara cannot parse (the session is then lost).
     */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private PageWeight(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** Sends a request with the cookies, keeps those set, follows redirects (as GETs) with the cookies. */
    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpRequest next = request;
        for (int redirects = 0; ; redirects++) {
            HttpRequest.Builder withCookies = HttpRequest.newBuilder(next, (name, value) -> true);
            if (!cookies.isEmpty()) {
                withCookies.setHeader("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<T> answer = client.send(withCookies.build(), handler);
            for (String cookie : answer.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
                }
            }
            var location = answer.headers().firstValue("Location");
            if (answer.statusCode() / 100 != 3 || location.isEmpty() || redirects == 10) {
                return answer;
            }
            next = HttpRequest.newBuilder(answer.uri().resolve(location.get()))
                    .header("Accept-Encoding", request.headers().firstValue("Accept-Encoding").orElse("identity"))
                    .GET().build();
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("base", "http://127.0.0.1:8080");
        defaults.put("user", null);
        defaults.put("password", null);
        defaults.put("target-kb", "400");
        defaults.put("list", "6");
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
            System.out.printf(Locale.ROOT, "page weight: %-38s %9s transferred, %9s uncompressed, %2d downloads"
                            + " — %s (with every background image of the style sheets: %s, %d downloads)%n",
                    visit.name(), kb(visit.transferred()), kb(visit.uncompressed()),
                    visit.downloads().stream().filter(d -> !d.background()).count(),
                    visit.transferred() <= target ? "met" : "NOT met", kb(visit.transferredAtMost()),
                    visit.downloads().size());
            visit.downloads().stream().sorted(Comparator.comparingLong(Download::transferred).reversed())
                    .limit(Long.parseLong(options.get("list")))
                    .forEach(d -> System.out.printf(Locale.ROOT, "    %9s  %9s raw  %s%s%n", kb(d.transferred()),
                            kb(d.uncompressed()), base.relativize(d.uri()), d.background() ? " (background)" : ""));
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
        HttpResponse<String> answer = send(HttpRequest.newBuilder(page.uri().resolve(
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
        Set<URI> backgrounds = new LinkedHashSet<>();
        for (int i = 0; i < queue.size(); i++) {
            URI uri = queue.get(i);
            if (!seen.add(uri)) {
                continue;
            }
            Download download = fetch(uri);
            downloads.add(backgrounds.contains(uri) ? download.asBackground() : download);
            if (download.type().contains("css") || uri.getPath().endsWith(".css")) {
                PageResources.Css named = PageResources.ofCss(text(download));
                queue.addAll(sameOrigin(uri, named.fonts()));
                List<URI> images = sameOrigin(uri, named.backgrounds());
                images.stream().filter(image -> !seen.contains(image) && !queue.contains(image))
                        .forEach(backgrounds::add);
                queue.addAll(images);
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
        HttpResponse<byte[]> answer = send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip")
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
                answer.headers().firstValue("Content-Type").orElse(""), body, false);
    }

    private static String text(Download download) {
        return new String(download.body(), StandardCharsets.UTF_8);
    }

    static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}

package org.levier.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser downloads to show a page, read from its HTML and style sheets (for {@link PageWeight}): scripts,
 * style sheets, icons and preloads ({@code <link rel=…>}), images; in a style sheet its imports and one font per
 * {@code @font-face} (the WOFF2 one when offered: a browser picks a single format), and apart, its background images
 * (a browser fetches only those the page's elements use).
 * Links to other pages ({@code <a href>}, {@code <link rel="alternate">}) and {@code data:} addresses are not
 * downloads. Addresses are returned as written (entities decoded), in order, without duplicates.
 */
final class PageResources {

    private static final Pattern TAG = Pattern.compile("<(script|link|img|source|input)\\b([^>]*)>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
    private static final Set<String> DOWNLOADED_LINKS = Set.of("stylesheet", "icon", "shortcut", "apple-touch-icon",
            "preload", "modulepreload", "manifest", "mask-icon");
    private static final Pattern URL = Pattern.compile("url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))\\s*\\)");
    private static final Pattern IMPORT = Pattern.compile("@import\\s+(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{([^}]*)}", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private PageResources() {
    }

    /** The resources an HTML page makes a browser download. */
    static List<String> ofHtml(String html) {
        Set<String> found = new LinkedHashSet<>();
        // Comments and the text of inline scripts name nothing a browser downloads.
        String text = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?is)(<script\\b[^>]*>).*?</script>", "$1");
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            Map<String, String> attributes = attributes(tag.group(2));
            String address = switch (name) {
                case "link" -> downloaded(attributes.getOrDefault("rel", "")) ? attributes.get("href") : null;
                case "input" -> "image".equalsIgnoreCase(attributes.get("type")) ? attributes.get("src") : null;
                default -> attributes.get("src");
            };
            add(found, address);
        }
        return List.copyOf(found);
    }

    /**
     * What a style sheet names: {@code fonts} (one per {@code @font-face}) and the style sheets it imports, which a
     * browser downloads; {@code backgrounds}, the other {@code url(…)}s (images), which it downloads only for the
     * elements of the page that use them.
     */
    record Css(List<String> fonts, List<String> backgrounds) {
    }

    /** What a style sheet names, see {@link Css}. */
    static Css ofCss(String css) {
        Set<String> fonts = new LinkedHashSet<>();
        String text = COMMENT.matcher(css).replaceAll("");
        Matcher fontFace = FONT_FACE.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (fontFace.find()) {
            List<String> sources = urls(fontFace.group(1));
            add(fonts, sources.stream().filter(s -> s.toLowerCase(Locale.ROOT).contains(".woff2")).findFirst()
                    .orElse(sources.isEmpty() ? null : sources.getFirst()));
            fontFace.appendReplacement(rest, "");
        }
        fontFace.appendTail(rest);
        Matcher imports = IMPORT.matcher(rest);
        while (imports.find()) {
            add(fonts, imports.group(1) != null ? imports.group(1) : imports.group(2));
        }
        Set<String> backgrounds = new LinkedHashSet<>();
        urls(IMPORT.matcher(rest).replaceAll("")).forEach(url -> add(backgrounds, url));
        backgrounds.removeAll(fonts);
        return new Css(List.copyOf(fonts), List.copyOf(backgrounds));
    }

    private static List<String> urls(String css) {
        List<String> urls = new ArrayList<>();
        Matcher url = URL.matcher(css);
        while (url.find()) {
            String address = url.group(1) != null ? url.group(1) : url.group(2) != null ? url.group(2) : url.group(3);
            urls.add(address);
        }
        return urls;
    }

    private static boolean downloaded(String rel) {
        for (String word : rel.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (DOWNLOADED_LINKS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The attributes of a tag's text (names in lower case, first one wins, entities decoded). */
    static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
            attributes.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), entities(value));
        }
        return attributes;
    }

    private static String entities(String value) {
        return value.replace("&amp;", "&").replace("&#38;", "&").replace("&quot;", "\"").replace("&#39;", "'");
    }

    private static void add(Set<String> found, String address) {
        if (address == null) {
            return;
        }
        String trimmed = address.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("data:") && !trimmed.startsWith("#")
                && !trimmed.startsWith("javascript:")) {
            found.add(trimmed);
        }
    }
}

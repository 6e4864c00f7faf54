package org.levier.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * axe-core (the npm package, installed by the web module's build under {@code target/axe}) run in every page a
 * browser test visits: the browser is decorated so that, before each command it receives, a page that has not been
 * checked yet (a new document, fully loaded) is audited against WCAG 2.0/2.1 A and AA; every serious or critical
 * violation is kept, and {@link #assertClean()} (after each test, see {@link ChromiumPerClass}) fails the test with
 * them all, page by page. The same pass runs the {@link LanguageScan}: no text of the other language's bundle in the
 * page's language, what the fund or the applicant wrote aside (elements marked {@code data-content}). Ajax updates
 * of a page already checked are not checked again.
 *
 * <p>Without the file, CI fails (the build installs it); a developer machine without npm is warned and skips.
 */
final class Axe {

    static final Path SCRIPT = Path.of(System.getProperty("levier.it.axe",
            "target/axe/node_modules/axe-core/axe.min.js"));
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final Set<String> PASSIVE = Set.of("quit", "close", "manage", "getWindowHandle",
            "getWindowHandles", "switchTo", "getScreenshotAs");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                    resultTypes: ['violations']})
               .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
                    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.html.substring(0, 160))}))))
               .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));""";

    private final String source;
    private final WebDriver driver;
    private final LanguageScan language = LanguageScan.load();
    private final List<String> violations = new ArrayList<>();
    private int pagesChecked;

    private Axe(String source, WebDriver driver) {
        this.source = source;
        this.driver = driver;
    }

    /** The browser, decorated so that each page it shows is audited (as is, when axe-core is not installed). */
    static Decorated decorate(WebDriver original) {
        if (!Files.isReadable(SCRIPT)) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("axe-core is missing at " + SCRIPT.toAbsolutePath()
                        + ": the web module's build installs it with npm (pre-integration-test)");
            }
            System.err.println("Axe: " + SCRIPT.toAbsolutePath() + " not found (npm missing?): pages are not"
                    + " audited on this machine");
            return new Decorated(original, null);
        }
        try {
            Axe axe = new Axe(Files.readString(SCRIPT, StandardCharsets.UTF_8), original);
            original.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            WebDriver decorated = new EventFiringDecorator<>(axe.listener()).decorate(original);
            return new Decorated(decorated, axe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser and the audit of its pages (null when axe-core is not installed). */
    record Decorated(WebDriver driver, Axe axe) {
    }

    private WebDriverListener listener() {
        return new WebDriverListener() {
            @Override
            public void beforeAnyWebDriverCall(WebDriver d, Method method, Object[] args) {
                if (!PASSIVE.contains(method.getName())) {
                    checkCurrentPage();
                }
            }
        };
    }

    /** Audits the page shown now, unless it was already, or is not a loaded HTML document. */
    void checkCurrentPage() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        try {
            Object state = js.executeScript("return window.__levierAxe === true ? 'done'"
                    + " : (document.readyState === 'complete' && /html/.test(document.contentType) ? 'new' : 'wait');");
            if (!"new".equals(state) || !driver.getCurrentUrl().startsWith("http")) {
                return; // loading, done, or the browser's own page (a new tab), not the application's
            }
            js.executeScript("window.__levierAxe = true;");
            if (Boolean.FALSE.equals(js.executeScript("return typeof axe !== 'undefined';"))) {
                js.executeScript(source);
            }
            Object found = js.executeAsyncScript(RUN);
            pagesChecked++;
            String url = driver.getCurrentUrl();
            Object lang = js.executeScript("return document.documentElement.lang;");
            // What the fund or the applicant wrote ([data-content]: names, titles) is in its author's language.
            Object text = js.executeScript("if (!document.body) { return ''; } const hidden = [];"
                    + " document.querySelectorAll('[data-content]').forEach(e => { hidden.push([e, e.style.display]);"
                    + " e.style.display = 'none'; }); const text = document.body.innerText;"
                    + " hidden.forEach(([e, d]) => e.style.display = d); return text;");
            for (String foreign : language.foreign(String.valueOf(lang), String.valueOf(text))) {
                violations.add(url + "\n  language (" + lang + "): the other language's text " + foreign);
            }
            // WCAG 2.1 4.1.1 (parsing): ids are unique, or labels, live regions and tests reach the wrong element.
            Object duplicates = js.executeScript("const seen = new Map(); document.querySelectorAll('[id]')"
                    + ".forEach(e => seen.set(e.id, (seen.get(e.id) || 0) + 1));"
                    + " return [...seen].filter(([id, n]) => n > 1).map(([id, n]) => id + ' (' + n + ')');");
            if (duplicates instanceof List<?> repeated && !repeated.isEmpty()) {
                violations.add(url + "\n  duplicate ids (WCAG 4.1.1): " + repeated);
            }
            if (found instanceof List<?> list) {
                for (Object item : list) {
                    Map<?, ?> v = (Map<?, ?>) item;
                    if (BLOCKING.contains(String.valueOf(v.get("impact")))) {
                        violations.add(url + "\n  " + v.get("impact") + " " + v.get("id") + ": " + v.get("help")
                                + "\n    " + String.join("\n    ", ((List<?>) v.get("nodes")).stream()
                                .map(String::valueOf).toList()));
                    }
                }
            }
        } catch (WebDriverException changing) {
            // The page is being replaced: it is audited at the next command, once loaded.
        }
    }

    /** Fails with every serious or critical violation found since the last call (the current page audited first). */
    void assertClean() {
        checkCurrentPage();
        if (!violations.isEmpty()) {
            String report = String.join("\n", violations);
            violations.clear();
            throw new AssertionError("Pages with serious or critical WCAG 2.1 AA violations (axe-core) or text of the"
                    + " other language\n" + report);
        }
    }

    int pagesChecked() {
        return pagesChecked;
    }
}

package org.levier.reports.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every audit action the code records has its rendering in both languages of the audit-trail extract: a French
 * extract never shows an English summary alone (issue 15). The actions are read from the sources of the three
 * modules that record events: each literal of the form {@code a.b} in an {@code audit.record…(…)} statement, and in
 * the arguments of enum constants of a class that records events (e.g. the kinds of reminder and their actions).
 */
class AuditActionsTranslatedTest {

    private static final Pattern CALL = Pattern.compile("\\b(?:audit|trail|auditTrail)\\w*\\.record\\w*\\(");
    private static final Pattern ENUM_CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9_]*\\(([^()]*)\\)\\s*[,;]");
    private static final Pattern ACTION = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    @Test
    void everyRecordedActionIsRenderedInFrenchAndInEnglish() throws IOException {
        Set<String> actions = recordedActions();
        assertThat(actions).as("the scan found the recorded actions").hasSizeGreaterThan(80)
                .contains("agreement.signed", "repayment.instalment.late", "impact.report.overdue-reminded");
        for (String language : new String[] {"fr", "en"}) {
            Properties texts = bundle(language);
            Set<String> missing = new TreeSet<>();
            actions.stream().filter(a -> !texts.containsKey("audit.action." + a)).forEach(missing::add);
            assertThat(missing).as("audit actions with no audit.action.* text in reports_" + language).isEmpty();
        }
    }

    private static Set<String> recordedActions() throws IOException {
        Set<String> actions = new TreeSet<>();
        Path modules = Path.of("").toAbsolutePath().getParent();
        for (String module : new String[] {"ejb", "reports", "web"}) {
            Path sources = modules.resolve(module).resolve("src/main/java");
            assertThat(sources).as("sources of " + module).isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(file);
                    if (code.contains("AuditTrail")) {
                        Matcher constant = ENUM_CONSTANT.matcher(code);
                        while (constant.find()) {
                            Matcher action = ACTION.matcher(constant.group(1));
                            while (action.find()) {
                                actions.add(action.group(1));
                            }
                        }
                    }
                    Matcher call = CALL.matcher(code);
                    while (call.find()) {
                        int end = code.indexOf(';', call.end());
                        Matcher action = ACTION.matcher(code.substring(call.end(), end < 0 ? code.length() : end));
                        while (action.find()) {
                            actions.add(action.group(1));
                        }
                    }
                }
            }
        }
        return actions;
    }

    private static Properties bundle(String language) {
        Properties texts = new Properties();
        try (InputStream in = AuditActionsTranslatedTest.class.getResourceAsStream(
                "/org/levier/reports/i18n/reports_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}

package org.levier.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The application under test: the WAR exactly as Maven built it ({@code levier.war}) on Payara Micro
 * ({@code payara.microJar}) against the MariaDB database test.sh created, reached over HTTP on loopback.
 *
 * <p>One Payara Micro process serves every integration test class of the run that asks for nothing special (it is
 * started by the first class and stopped when the test JVM ends): starting one per class cost about 25 s each, most
 * of the suite's time. The classes share the database already (test.sh creates it once per run), so each test makes
 * its own data (unique names, its own dossiers) and never assumes an empty table. A class that needs a server
 * configured otherwise names the extra system properties with {@link Options}: classes with the same options share
 * one process, started for the first of them and stopped after it (or at the end of the run).
 *
 * <p>A test class declares {@code @ExtendWith(PayaraServer.class)} and a field {@code @PayaraServer.Base URL base}:
 * the application's root, ending with its context root and a slash ({@code http://127.0.0.1:port/levier/}).
 * Payara's output goes to {@code target/failsafe-reports/payara-<n>.log}. Secrets reach Payara through the
 * environment failsafe gives this JVM ({@code LEVIER_DB_PASSWORD}, {@code LEVIER_DEMO_PASSWORD}), never its command
 * line.
 */
public final class PayaraServer implements BeforeAllCallback, TestInstancePostProcessor {

    /** Marks the {@code URL} field that receives the application's root. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Base {
    }

    /** Extra {@code -D} options of the server this class needs (e.g. a lower rate limit): a process of its own. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Options {
        String[] value();
    }

    private static final Duration STARTUP = Duration.ofSeconds(600);
    private static final Map<List<String>, Running> SERVERS = new ConcurrentHashMap<>();
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PayaraServer.class);
    private static int started;

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        URL base = server(context).base();
        for (Class<?> type = testInstance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Base.class)) {
                    field.setAccessible(true);
                    field.set(testInstance, base);
                }
            }
        }
    }

    private static synchronized Running server(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        List<String> options = testClass.isAnnotationPresent(Options.class)
                ? List.of(testClass.getAnnotation(Options.class).value()) : List.of();
        Running running = SERVERS.get(options);
        if (running != null && running.process().isAlive()) {
            return running;
        }
        if (!options.isEmpty()) {
            // A special server lives as long as its class: stop every other special one first (memory).
            SERVERS.entrySet().removeIf(e -> {
                if (!e.getKey().isEmpty()) {
                    e.getValue().close();
                    return true;
                }
                return false;
            });
        }
        running = start(options);
        SERVERS.put(options, running);
        // Closed when the root context closes (the end of the run), or, for a special one, after its class.
        ExtensionContext owner = options.isEmpty() ? context.getRoot() : context;
        owner.getStore(NAMESPACE).put(options, running);
        return running;
    }

    private static Running start(List<String> extraOptions) {
        int number = ++started;
        int port = freePort();
        Path target = Path.of(required("levier.war")).getParent();
        Path log = target.resolve("failsafe-reports").resolve("payara-" + number + ".log");
        Path rootDir = target.resolve("it").resolve("payara-" + number);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Duser.timezone=UTC", "-Djava.awt.headless=true",
                "-Dlevier.db.url=" + required("levier.it.db.url"),
                "-Dlevier.db.user=" + required("levier.it.db.user"),
                "-Dlevier.db.datasource-class=com.mysql.cj.jdbc.MysqlDataSource",
                "-Dlevier.demo=true",
                "-Dlevier.mail.smtp.host=127.0.0.1",
                "-Dlevier.mail.smtp.port=" + required("levier.it.smtp.port"),
                "-Dlevier.mail.smtp.starttls=false"));
        command.addAll(extraOptions);
        command.addAll(List.of("-jar", required("payara.microJar"),
                "--deploy", required("levier.war"),
                "--port", Integer.toString(port),
                "--rootdir", rootDir.toString(),
                "--prebootcommandfile", Path.of(required("levier.config.dir"), "payara", "pre-boot-commands.asadmin")
                        .toString(),
                "--postbootcommandfile", Path.of(required("levier.config.dir"), "payara", "post-boot-commands.asadmin")
                        .toString(),
                "--nocluster", "--nohazelcast"));
        try {
            // failsafe points java.io.tmpdir into target/it-tmp (browser profiles go there): make sure it exists.
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            Files.createDirectories(log.getParent());
            Files.createDirectories(rootDir.getParent());
            deleteTree(rootDir);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            URL base = URI.create("http://127.0.0.1:" + port + "/levier/").toURL();
            Running running = new Running(process, base, log);
            awaitReady(running);
            System.out.println("PayaraServer: " + base + " ready (options " + extraOptions + ", log " + log + ")");
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Payara Micro: " + command, e);
        }
    }

    /** Ready when the application answers (Payara says "ready" even when the deployment failed). */
    private static void awaitReady(Running running) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create(running.base() + "api/v1/health");
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!running.process().isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + running.process().exitValue()
                        + " before the application answered: " + tail(running.log()));
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(health)
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    warmOpenApi(http, running);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Payara Micro", e);
            }
            sleep(500);
        }
        running.close();
        throw new IllegalStateException("the application did not answer " + health + " within " + STARTUP + ": "
                + tail(running.log()));
    }

    /**
     * Payara builds the OpenAPI document on its first request, which under load takes longer than an HTTP client's
     * patience (the connection was dropped after 30 s while a test waited): built once here, as part of starting.
     */
    private static void warmOpenApi(HttpClient http, Running running) {
        URI openapi = URI.create(running.base().toString().replaceFirst("levier/$", "openapi"));
        try {
            http.send(HttpRequest.newBuilder(openapi).version(HttpClient.Version.HTTP_1_1)
                    .timeout(Duration.ofSeconds(300)).GET().build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            System.out.println("PayaraServer: warming " + openapi + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A started server; closing it stops the process (TERM, then KILL after 30 s). JUnit closes the
     * {@code AutoCloseable} values of a store when its context ends.
     */
    record Running(Process process, URL base, Path log) implements AutoCloseable {

        @Override
        public void close() {
            if (!process.isAlive()) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property
                    + " is not set: run the integration tests through Maven failsafe (./test.sh)");
        }
        return value;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

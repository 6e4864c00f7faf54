package org.levier.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./run.sh --nodes N} started by a test, as an operator would (the built WAR, the test database, free ports on
 * the loopback, its data folder under {@code web/target/cluster-it}), with what the test needs around it: the
 * balancer's and the nodes' addresses, {@code kill -9} of a node, and the database's administrator account (from
 * {@code LEVIER_IT_DB_ADMIN_USER} / {@code _PASSWORD}, as test.sh takes them; root without password by default).
 */
final class RunScriptCluster implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(12);

    private final Path data;
    private final Process script;
    private final int port;
    private final List<ProcessHandle> started;

    private RunScriptCluster(Path data, Process script, int port, List<ProcessHandle> started) {
        this.data = data;
        this.script = script;
        this.port = port;
        this.started = started;
    }

    /** Starts {@code nodes} nodes and the balancer; returns once run.sh says they all answer. */
    static RunScriptCluster start(int nodes, Map<String, String> extraEnvironment) throws Exception {
        Path root = Path.of(required("levier.config.dir")).toAbsolutePath().normalize().getParent();
        Path data = root.resolve("web/target/cluster-it");
        Files.createDirectories(data);
        int port = freePorts(nodes + 1);
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("run.sh").toString(), "--nodes",
                String.valueOf(nodes))
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("run.out").toFile());
        Map<String, String> env = builder.environment();
        env.put("LEVIER_DATA", data.toString());
        env.put("LEVIER_PORT", String.valueOf(port));
        env.put("LEVIER_HZ_PORT", String.valueOf(freePorts(nodes)));
        env.put("LEVIER_BUILD", "never");
        env.put("LEVIER_DB_URL", required("levier.it.db.url"));
        env.put("LEVIER_DB_USER", required("levier.it.db.user"));
        env.put("LEVIER_DB_PASSWORD", required("levier.it.db.password"));
        env.put("LEVIER_DB_DATASOURCE_CLASS", "com.mysql.cj.jdbc.MysqlDataSource");
        env.put("LEVIER_DEMO", "true");
        env.put("LEVIER_DEMO_PASSWORD", Api.demoPassword());
        env.put("LEVIER_DEMO_PORTFOLIO", "false");
        env.put("LEVIER_MAIL_SMTP_HOST", "127.0.0.1");
        env.put("LEVIER_MAIL_SMTP_PORT", required("levier.it.smtp.port"));
        env.put("LEVIER_MAIL_SMTP_STARTTLS", "false");
        env.putAll(extraEnvironment);
        Process script = builder.start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!output(data).contains("Levier is running on " + nodes + " nodes")) {
            if (!script.isAlive() || Instant.now().isAfter(deadline)) {
                script.descendants().forEach(ProcessHandle::destroyForcibly);
                script.destroyForcibly();
                throw new IllegalStateException("./run.sh --nodes " + nodes + " did not start (logs in " + data
                        + "/logs):\n" + output(data));
            }
            Thread.sleep(1000);
        }
        return new RunScriptCluster(data, script, port, script.descendants().toList());
    }

    /** SIGTERM to run.sh (what Ctrl-C does): it stops its nodes and the balancer; anything left is killed. */
    @Override
    public void close() {
        List<ProcessHandle> children = new ArrayList<>(started);
        children.addAll(script.descendants().toList());
        script.destroy();
        try {
            script.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        script.destroyForcibly();
    }

    URL balancer() {
        return url(port);
    }

    URL node(int node) {
        return url(port + node);
    }

    long pid(int node) throws IOException {
        return Long.parseLong(Files.readString(data.resolve("cluster/node" + node + ".pid")).strip());
    }

    /** {@code kill -9} of the node. */
    void kill(int node) throws IOException {
        ProcessHandle.of(pid(node)).ifPresent(ProcessHandle::destroyForcibly);
    }

    boolean alive(int node) throws IOException {
        return ProcessHandle.of(pid(node)).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Whether health and an authenticated read answer 200 at {@code base} within {@code bound}. */
    static boolean answersWithin(URL base, Duration bound) throws InterruptedException {
        Instant deadline = Instant.now().plus(bound);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Api.anonymous(base).get("api/v1/health").statusCode() == 200
                        && Api.demo(base, Api.AUDITOR).get("api/v1/programmes").statusCode() == 200) {
                    return true;
                }
            } catch (UncheckedIOException notYet) {
                // the balancer or the node is not answering yet
            }
            Thread.sleep(1000);
        }
        return false;
    }

    /** The test database as its administrator. */
    static Connection admin() throws SQLException {
        String user = Optional.ofNullable(System.getenv("LEVIER_IT_DB_ADMIN_USER")).orElse("root");
        String password = Optional.ofNullable(System.getenv("LEVIER_IT_DB_ADMIN_PASSWORD")).orElse("");
        return DriverManager.getConnection(required("levier.it.db.url"), user, password);
    }

    /** The accounts ({@code 'user'@'host'}) of the application's database user. */
    static List<String> applicationAccounts(Connection admin) throws SQLException {
        String user = required("levier.it.db.user");
        List<String> accounts = new ArrayList<>();
        try (PreparedStatement hosts = admin.prepareStatement("SELECT Host FROM mysql.user WHERE User = ?")) {
            hosts.setString(1, user);
            try (ResultSet rows = hosts.executeQuery()) {
                while (rows.next()) {
                    accounts.add("'" + user + "'@'" + rows.getString(1) + "'");
                }
            }
        }
        return accounts;
    }

    /** {@code KILL CONNECTION} of every connection of the application's database user. */
    static void killApplicationConnections(Connection admin) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement list = admin.prepareStatement(
                "SELECT ID FROM information_schema.PROCESSLIST WHERE USER = ?")) {
            list.setString(1, required("levier.it.db.user"));
            try (ResultSet rows = list.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        try (Statement kill = admin.createStatement()) {
            for (long id : ids) {
                try {
                    kill.execute("KILL CONNECTION " + id);
                } catch (SQLException gone) {
                    // ended meanwhile
                }
            }
        }
    }

    private static URL url(int at) {
        try {
            return URI.create("http://127.0.0.1:" + at + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String output(Path data) throws IOException {
        Path out = data.resolve("run.out");
        return Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
    }

    /** {@code count} consecutive free ports on the loopback; the first of them. */
    private static int freePorts(int count) throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(20_000, 60_000);
            boolean free = true;
            for (int i = 0; i < count && free; i++) {
                try (ServerSocket probe = new ServerSocket(first + i, 1, InetAddress.getLoopbackAddress())) {
                    probe.setReuseAddress(true);
                } catch (IOException taken) {
                    free = false;
                }
            }
            if (free) {
                return first;
            }
        }
        throw new IOException("no " + count + " consecutive free ports");
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException(property + " is not set: run the tests with ./test.sh");
        }
        return value;
    }
}

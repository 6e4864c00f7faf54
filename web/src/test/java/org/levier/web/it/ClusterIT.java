package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
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
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The cluster as {@code ./run.sh --nodes 2} starts it — two Payara Micro nodes on Payara's data grid behind HAProxy,
 * sharing the test database — not the shared PayaraServer: the script itself is run (with the built WAR), and its nodes are
 * killed with {@code kill -9} (SIGKILL through {@link ProcessHandle#destroyForcibly()}).
 *
 * <ol>
 * <li>A table the requests need write-locked by the administrator: a node answers 503 problem+json with
 * {@code Retry-After} within the lock wait timeout, not when the lock goes; its readiness says 503; after the unlock
 * both answer again.</li>
 * <li>The application's database account locked and its connections killed: 503, then after the unlock both nodes
 * serve again, without restart.</li>
 * <li>A report job left RUNNING by a node that died (its lease ran out) is queued again and produced by a living
 * node.</li>
 * <li>A signed-in applicant half-way through the dossier form on one node, 50 concurrent disbursement requests spread
 * over both nodes against one tranche, and the applicant's node killed mid-burst: no over-commitment, every
 * acknowledged request stored, replays of the unanswered ones with their Idempotency-Key settle them exactly once;
 * the applicant's next step succeeds on the other node without signing in again, with the half-filled form kept.</li>
 * <li>The abuse limits are the cluster's: wrong passwords and failed sign-ins alternating between the nodes lock and
 * limit at the one-node counts; a burst of registrations through the balancer gets exactly the budget, then 429 from
 * whichever node answers; an X-Forwarded-For a client sends to the balancer names nobody.</li>
 * </ol>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int LOGIN_FAILURES = 30;
    private static final int REGISTRATIONS = 30;

    private static RunScriptCluster cluster;
    private static Chromium chromium;

    @BeforeAll
    static void startTheCluster() throws Exception {
        // Short report-job leases, so that a dead node's job is taken over within the test's time.
        // The nodes trust X-Forwarded-For from the balancer's address only, as run.sh sets them up (the test JVM's
        // environment says "any peer", for the one-node tests), with the default sign-in failure budget.
        cluster = RunScriptCluster.start(2, Map.of("LEVIER_NODE_OPTS", "-Xmx640m",
                "LEVIER_REPORTS_JOBS_LEASE_SECONDS", "20", "LEVIER_LIMITS_TRUSTED_PROXIES", "127.0.0.1",
                "LEVIER_LIMITS_LOGIN_FAILURES", String.valueOf(LOGIN_FAILURES)));
    }

    @AfterAll
    static void stopTheCluster() {
        if (chromium != null) {
            chromium.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    /**
     * (d) The reminder job runs on both nodes at the same instant (each node's timer does the same on its own): the
     * overdue progress report of a dossier signed in 2025 is reminded once, one e-mail, whichever node claims it.
     */
    @Test
    @Order(0)
    void theReminderJobRunOnBothNodesAtOnceSendsEachReminderOnce() throws Exception {
        MoneyFixtures.Actors who = MoneyFixtures.Actors.of(balancer());
        long id = MoneyFixtures.approvedDossier(who, 1, "Cluster: reminders once " + UUID.randomUUID(), "40000.00",
                "0.00", "0.00", List.of()).dossierId();
        MoneyFixtures.sign(who.director1(), id, "{\"signedOn\": \"2025-06-01\", \"tranches\": ["
                + MoneyFixtures.tranche("GRANT", "40000.00", "2025-07-01", "Start") + "], \"conditions\": []}");
        String reference = Api.json(who.analyst().get("api/v1/dossiers/" + id)).getString("reference");

        List<HttpResponse<String>> runs = Race.of(List.of(
                () -> Api.demo(node(1), Api.ANALYST).postJson("api/v1/impact/reminders/run", ""),
                () -> Api.demo(node(2), Api.ANALYST).postJson("api/v1/impact/reminders/run", "")));
        assertThat(runs).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));

        // Report 1 (2025-06-01..2025-11-30, due 2025-12-30) is overdue: one reminder, one e-mail.
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM progress_report WHERE dossier_id = ? AND number = 1"
                + " AND overdue_reminded_at IS NOT NULL", id)).isEqualByComparingTo("1");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND (subject LIKE ?"
                        + " OR subject LIKE ?)", MoneyFixtures.APPLICANT1,
                "%" + reference + "%rapport d'avancement n° 1 est en retard%",
                "%" + reference + "%progress report no. 1 is overdue%")).isEqualByComparingTo("1");
    }

    @Test
    @Order(1)
    void aWriteLockedTableGivesA503WithRetryAfterWithinTheLockWaitNotWhenTheLockGoes() throws Exception {
        URL node1 = node(1);
        try (Connection admin = RunScriptCluster.admin(); Statement lock = admin.createStatement()) {
            lock.execute("LOCK TABLES app_user WRITE");
            try {
                Instant before = Instant.now();
                HttpResponse<String> stalled = Api.demo(node1, Api.AUDITOR).get("api/v1/programmes");
                Duration waited = Duration.between(before, Instant.now());

                assertThat(stalled.statusCode()).as(stalled.body()).isEqualTo(503);
                assertThat(Api.mediaType(stalled)).isEqualTo("application/problem+json");
                assertThat(stalled.headers().firstValue("Retry-After")).hasValue("10");
                // The lock is held until the finally below: the answer came from the lock wait timeout (5 s).
                assertThat(waited).isLessThan(Duration.ofSeconds(30));
                assertThat(Api.anonymous(node1).get("api/v1/health").statusCode()).isEqualTo(503);
            } finally {
                lock.execute("UNLOCK TABLES");
            }
        }
        for (int node = 1; node <= 2; node++) {
            assertThat(answersWithin(node(node), Duration.ofSeconds(60))).as("node %d recovered", node).isTrue();
        }
    }

    @Test
    @Order(2)
    void theApplicationsAccountCutOffGives503ThenBothNodesRecoverWithoutRestart() throws Exception {
        try (Connection admin = RunScriptCluster.admin(); Statement sql = admin.createStatement()) {
            List<String> accounts = RunScriptCluster.applicationAccounts(admin);
            assertThat(accounts).isNotEmpty();
            try {
                for (String account : accounts) {
                    sql.execute("ALTER USER " + account + " ACCOUNT LOCK");
                }
                RunScriptCluster.killApplicationConnections(admin);

                for (int node = 1; node <= 2; node++) {
                    HttpResponse<String> cut = Api.demo(node(node), Api.AUDITOR).get("api/v1/programmes");
                    assertThat(cut.statusCode()).as("node %d: %s", node, cut.body()).isEqualTo(503);
                    assertThat(cut.headers().firstValue("Retry-After")).isPresent();
                    assertThat(Api.anonymous(node(node)).get("api/v1/health").statusCode()).isEqualTo(503);
                }
            } finally {
                for (String account : accounts) {
                    sql.execute("ALTER USER " + account + " ACCOUNT UNLOCK");
                }
            }
        }
        for (int node = 1; node <= 2; node++) {
            assertThat(answersWithin(node(node), Duration.ofSeconds(90))).as("node %d recovered", node).isTrue();
        }
    }

    /**
     * (Issue 14) The limits count across nodes, per client address as the balancer names it. First, while both nodes
     * are in the balancer's rotation (the database tests below take them out for a while).
     */
    @Test
    @Order(-1)
    void abuseLimitsAreCountedByTheClusterNotByEachNode() throws Exception {
        String run = String.valueOf(Math.floorMod(UUID.randomUUID().hashCode(), 200) + 1);
        String attacker = "198.18.14." + run;
        String owner = "198.18.15." + run;
        String guesser = "198.18.16." + run;
        String victim = "member3@levier.example";
        String wrong = "{\"email\":" + Api.quote(victim) + ",\"password\":\"Wrong-" + run + "-password\"}";
        String right = "{\"email\":" + Api.quote(victim) + ",\"password\":" + Api.quote(Api.demoPassword()) + "}";

        // The lock of an address out of an account: 5 wrong passwords (the default policy), 3 on one node, 2 on the
        // other — the nodes' direct ports, which trust the X-Forwarded-For of a peer on 127.0.0.1 (the balancer's).
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> failed = postFrom(node(attempt % 2 + 1), attacker, "api/v1/auth/token", wrong);
            assertThat(failed.statusCode()).as("wrong password #%d: %s", attempt, failed.body()).isEqualTo(401);
        }
        for (int node = 1; node <= 2; node++) {
            HttpResponse<String> locked = postFrom(node(node), attacker, "api/v1/auth/token", right);
            assertThat(locked.statusCode()).as("node %d: the guessing address is locked out of the account, even"
                    + " with the right password: %s", node, locked.body()).isEqualTo(401);
        }
        HttpResponse<String> fromOwner = postFrom(node(2), owner, "api/v1/auth/token", right);
        assertThat(fromOwner.statusCode()).as("the owner, elsewhere: " + fromOwner.body()).isIn(200, 201);

        // The per-address budget of failed sign-ins, spent half on each node: the next attempt is refused by both.
        for (int attempt = 1; attempt <= LOGIN_FAILURES; attempt++) {
            HttpResponse<String> failed = postFrom(node(attempt % 2 + 1), guesser, "api/v1/auth/token",
                    "{\"email\":\"guess-" + run + "-" + attempt + "@levier.example\",\"password\":\"Not-It-1\"}");
            assertThat(failed.statusCode()).as("failed sign-in #%d: %s", attempt, failed.body()).isEqualTo(401);
        }
        for (int node = 1; node <= 2; node++) {
            HttpResponse<String> refused = postFrom(node(node), guesser, "api/v1/auth/token", right);
            assertThat(refused.statusCode()).as("node %d beyond the budget: %s", node, refused.body()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).as("node %d", node).isPresent();
        }

        // Through the balancer, a client's own X-Forwarded-For is dropped: naming the limited address changes nothing
        // (the attempt counts against the test's own address, far from its budget).
        HttpResponse<String> spoofed = postFrom(balancer(), guesser, "api/v1/auth/token", wrong);
        assertThat(spoofed.statusCode()).as("a forged X-Forwarded-For: " + spoofed.body()).isEqualTo(401);

        // A burst of registrations through the balancer (round robin over both nodes), from this test's address:
        // exactly the budget passes (refused as invalid), served by both nodes, the rest get 429; and then 429 from
        // whichever node answers.
        Api anonymous = Api.anonymous(balancer());
        List<java.util.concurrent.Callable<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < REGISTRATIONS + 10; i++) {
            burst.add(() -> anonymous.postJson("api/v1/registrations", "{\"email\":\"x\"}"));
        }
        List<HttpResponse<String>> answers = Race.of(burst);
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(400, 422, 429));
        assertThat(answers.stream().filter(a -> a.statusCode() != 429).count()).as("passed the limit")
                .isEqualTo(REGISTRATIONS);
        assertThat(answers.stream().filter(a -> a.statusCode() != 429).map(ClusterIT::servedBy).distinct().sorted())
                .as("the nodes that counted the budget").containsExactly("node1", "node2");
        java.util.Set<String> refusedBy = new java.util.TreeSet<>();
        for (int i = 0; i < 8 && refusedBy.size() < 2; i++) {
            HttpResponse<String> beyond = anonymous.postJson("api/v1/registrations", "{\"email\":\"x\"}");
            assertThat(beyond.statusCode()).as("beyond the limit: " + beyond.body()).isEqualTo(429);
            assertThat(beyond.headers().firstValue("Retry-After")).isPresent();
            refusedBy.add(servedBy(beyond));
        }
        assertThat(refusedBy).as("the nodes that answered 429").containsExactly("node1", "node2");
    }

    /** The node that served an answer through the balancer: the one its stickiness cookie names. */
    private static String servedBy(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("LEVIER_NODE="))
                .map(c -> c.substring("LEVIER_NODE=".length()).split(";", 2)[0]).findFirst().orElse("?");
    }

    private static HttpResponse<String> postFrom(URL base, String address, String path, String json) {
        Api api = Api.anonymous(base);
        return api.send(api.request(path).header("X-Forwarded-For", address)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json, java.nio.charset.StandardCharsets.UTF_8))
                .build());
    }

    @Test
    @Order(3)
    void aReportJobWhoseNodeDiedIsQueuedAgainAndProducedByALivingNode() throws Exception {
        long job;
        try (Connection db = Database.connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO report_job (requester, requester_roles, report_type, report_format, programme,"
                        + " period_from, period_to, lang, status, progress, created_at, started_at, lease_owner,"
                        + " lease_until, attempts) VALUES ('auditor@levier.example', 'AUDITOR', 'AUDIT_TRAIL', 'CSV',"
                        + " 'TI-DK', '2020-01-01', '2030-12-31', 'en', 'RUNNING', 40, UTC_TIMESTAMP(6),"
                        + " UTC_TIMESTAMP(6), 'a node that died', UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                job = keys.getLong(1);
            }
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        String status = reportJobStatus(job);
        while (!status.equals("DONE") && !status.equals("FAILED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            status = reportJobStatus(job);
        }
        assertThat(status).isEqualTo("DONE");
        assertThat(MoneyFixtures.decimal("SELECT attempts FROM report_job WHERE id = ?", job))
                .isEqualByComparingTo("2");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM audit_event WHERE action = 'report.job.requeued'"
                + " AND entity_type = 'ReportJob' AND entity_id = ?", String.valueOf(job))).isEqualByComparingTo("1");
        // The database tests before this one take both nodes out of the balancer's rotation for a while: the
        // balancer's health checks put them back (rise), which the nodes' own recovery does not wait for.
        assertThat(answersWithin(balancer(), Duration.ofSeconds(90))).as("the balancer has a node again").isTrue();
        HttpResponse<String> file = Api.demo(balancer(), Api.AUDITOR).get("api/v1/report-jobs/" + job);
        assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
        assertThat(Api.json(file).getString("status")).isEqualTo("DONE");
    }

    @Test
    @Order(4)
    void aNodeKilledMidBurstLosesNoAcknowledgedRequestNoMoneyAndNoSignedInUser() throws Exception {
        // The applicant, signed in through the balancer, half-way through a new dossier.
        // Nothing else creates the JVM's temporary folder (target/it-tmp), where the browser's profile goes.
        java.nio.file.Files.createDirectories(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")));
        chromium = Chromium.open();
        WebDriver browser = chromium.driver();
        browser.get(balancer() + "login.xhtml");
        type(browser, "login:email", DossierFixtures.APPLICANT1);
        type(browser, "login:password", Api.demoPassword());
        click(browser, "login:submit");
        waiting(browser).until(d -> d.getCurrentUrl().contains("app/dossiers.xhtml"));
        click(browser, "new-dossier");
        waitFor(browser, By.id("dossier:title"));
        Select action = new Select(waitFor(browser, By.id("dossier:actionNumber")));
        action.selectByIndex(action.getOptions().size() - 1);
        type(browser, "dossier:title", "Cluster: the form survives its node");
        type(browser, "dossier:summary", "Filled on one node, carried on on another.");
        type(browser, "dossier:startDate_input", "2027-01-04");
        type(browser, "dossier:endDate_input", "2028-12-29");
        nextStep(browser, 2);
        click(browser, "dossier:addBudgetLine");
        type(browser, "dossier:budgetLines:0:label", "Pompes à chaleur");
        Cookie sticky = browser.manage().getCookieNamed("LEVIER_NODE");
        assertThat(sticky).as("HAProxy's sticky cookie").isNotNull();
        int victim = Integer.parseInt(sticky.getValue().replace("node", ""));

        // A tranche of 30,000.00 and 50 requests of 1,234.56 (24 fit), spread round robin over both nodes.
        MoneyFixtures.Actors who = MoneyFixtures.Actors.of(balancer());
        MoneyFixtures.Approved approved = MoneyFixtures.approvedDossier(who, 1, "Cluster: burst on one tranche",
                "30000.00", "0.00", "0.00", List.of("Proof of the bank loan"));
        JsonObject agreement = MoneyFixtures.sign(who.director1(), approved.dossierId(), MoneyFixtures.agreementBody(
                MoneyFixtures.tranche("GRANT", "30000.00", "2027-03-01", "Start"), ""));
        MoneyFixtures.meetAllConditions(who.analyst(), approved.dossierId());
        long tranche = MoneyFixtures.trancheId(agreement, 0);
        String amount = "1234.56";
        int requests = 50;
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            keys.add("cluster-" + UUID.randomUUID());
        }

        AtomicInteger answered = new AtomicInteger();
        CountDownLatch killNow = new CountDownLatch(8);
        ExecutorService pool = Executors.newFixedThreadPool(requests + 1);
        List<Optional<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            Future<?> killer = pool.submit(() -> {
                killNow.await(3, TimeUnit.MINUTES);
                cluster.kill(victim);
                return null;
            });
            List<Future<Optional<HttpResponse<String>>>> futures = new ArrayList<>();
            for (String key : keys) {
                futures.add(pool.submit(() -> {
                    try {
                        return Optional.of(MoneyFixtures.requestDisbursement(who.analyst(), approved.dossierId(),
                                tranche, amount, key, null));
                    } catch (UncheckedIOException lost) {
                        return Optional.<HttpResponse<String>>empty();
                    } finally {
                        answered.incrementAndGet();
                        killNow.countDown();
                    }
                }));
            }
            for (Future<Optional<HttpResponse<String>>> future : futures) {
                answers.add(future.get(5, TimeUnit.MINUTES));
            }
            killer.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        assertThat(cluster.alive(victim)).as("node %d killed", victim).isFalse();

        // Every acknowledged request is stored, once; the unanswered ones are settled by replaying their key.
        List<Long> acknowledged = new ArrayList<>();
        int first = -1;
        long firstId = 0;
        for (int i = 0; i < requests; i++) {
            Optional<HttpResponse<String>> answer = answers.get(i);
            int status = answer.map(HttpResponse::statusCode).orElse(0);
            assertThat(status).as(answer.map(HttpResponse::body).orElse("no answer")).isIn(0, 201, 422, 502, 503, 504);
            if (status == 201) {
                acknowledged.add(MoneyFixtures.id(answer.get()));
            }
            int before = acknowledged.size();
            if (status == 0 || status >= 500) {
                HttpResponse<String> replay = MoneyFixtures.requestDisbursement(who.analyst(), approved.dossierId(),
                        tranche, amount, keys.get(i), null);
                assertThat(replay.statusCode()).as(replay.body()).isIn(200, 201, 422);
                if (replay.statusCode() != 422) {
                    acknowledged.add(MoneyFixtures.id(replay));
                }
            }
            if (first < 0 && (status == 201 || acknowledged.size() > before)) {
                first = i;
                firstId = acknowledged.get(acknowledged.size() - 1);
            }
        }
        // A replay of an acknowledged key on any node answers the same disbursement (on a loaded machine every
        // answer of the burst may have been a 503 or lost: the key then acknowledged by its replay serves).
        assertThat(first).isNotNegative();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> replay = MoneyFixtures.requestDisbursement(who.analyst(), approved.dossierId(),
                    tranche, amount, keys.get(first), null);
            assertThat(replay.statusCode()).isEqualTo(200);
            assertThat(replay.headers().firstValue("Idempotency-Replayed")).hasValue("true");
            assertThat(MoneyFixtures.id(replay)).isEqualTo(firstId);
        }

        assertThat(acknowledged).doesNotHaveDuplicates().hasSize(24);
        BigDecimal stored = MoneyFixtures.decimal("SELECT COUNT(*) FROM disbursement WHERE tranche_id = ?", tranche);
        BigDecimal engaged = MoneyFixtures.decimal("SELECT SUM(amount) FROM disbursement WHERE tranche_id = ?"
                + " AND status <> 'CANCELLED'", tranche);
        assertThat(stored).isEqualByComparingTo(String.valueOf(acknowledged.size()));
        assertThat(engaged).isEqualByComparingTo(new BigDecimal(amount).multiply(BigDecimal.valueOf(24)))
                .isLessThanOrEqualTo(new BigDecimal("30000.00"));
        for (long id : acknowledged) {
            assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM disbursement WHERE id = ? AND tranche_id = ?",
                    id, tranche)).as("disbursement %d", id).isEqualByComparingTo("1");
        }

        // The applicant carries on through the other node: still signed in, the half-filled budget line kept.
        assertThat(answersWithin(balancer(), Duration.ofSeconds(30))).isTrue();
        assertThat(waitFor(browser, By.id("dossier:budgetLines:0:label")).getAttribute("value"))
                .isEqualTo("Pompes à chaleur");
        new Select(browser.findElement(By.id("dossier:budgetLines:0:category"))).selectByValue("EQUIPMENT");
        type(browser, "dossier:budgetLines:0:amount", "40000");
        nextStep(browser, 3);
        assertThat(browser.getCurrentUrl()).doesNotContain("login.xhtml");
        assertThat(MoneyFixtures.decimal("SELECT COUNT(*) FROM dossier_budget_line l JOIN dossier d"
                + " ON d.id = l.dossier_id WHERE d.title = ? AND l.label = ? AND l.amount = 40000",
                "Cluster: the form survives its node", "Pompes à chaleur"))
                .as("the draft saved on the other node, with the row added on the killed one")
                .isEqualByComparingTo("1");
        assertThat(browser.manage().getCookieNamed("LEVIER_NODE").getValue()).isNotEqualTo("node" + victim);
        Screenshots.save(browser, "cluster-next-step-on-the-other-node");
    }

    private static URL balancer() {
        return cluster.balancer();
    }

    private static URL node(int node) {
        return cluster.node(node);
    }

    private static boolean answersWithin(URL base, Duration bound) throws InterruptedException {
        return RunScriptCluster.answersWithin(base, bound);
    }

    private static String reportJobStatus(long job) throws SQLException {
        try (Connection db = Database.connect();
             PreparedStatement query = db.prepareStatement("SELECT status FROM report_job WHERE id = ?")) {
            query.setLong(1, job);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    // --- the browser ---

    private static void nextStep(WebDriver browser, int expected) {
        WebElement current = browser.findElement(By.id("step-current"));
        click(browser, "dossier:next");
        waiting(browser).until(Chromium.replaced(current));
        String shown = waiting(browser).until(d -> {
            WebElement element = d.findElement(By.id("step-current"));
            return element.isDisplayed() ? element.getText() : null;
        });
        assertThat(shown).startsWith("Étape " + expected + " sur 6");
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement input = waitFor(browser, By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static void click(WebDriver browser, String id) {
        waitFor(browser, By.id(id)).click();
    }

    private static WebElement waitFor(WebDriver browser, By locator) {
        return waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static WebDriverWait waiting(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Chromium.WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}

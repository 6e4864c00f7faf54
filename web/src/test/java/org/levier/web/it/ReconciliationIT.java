package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.MoneyFixtures.tranche;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The same figures, three ways, on one dataset and one "as of" date: the API's JSON, the XLSX exports (read back by
 * Apache POI) and the dashboard's tables in headless Chromium agree to the cent, per axis (committed, paid) and for
 * the leverage per axis on the committed and realised bases.
 *
 * <p>The dataset is built through the API ({@link MoneyFixtures}): dossier A (grant 100,000.00, own funds
 * 300,000.00 committed) on an action of the first axis, signed, paid 40,000.00 valued 2026-12-20 and 25,000.50
 * valued 2027-01-10; dossier B (grant 80,000.00, own funds 240,000.00) on an action of the second axis, signed, paid
 * 12,345.67 valued 2026-12-31. As of 2026-12-31 the payment of 2027-01-10 does not count. Other tests may share the
 * database, so the hand-computed expectations are deltas against the figures read before.
 *
 * <p>Also: the dashboard's charts render (a Chart.js chart on each canvas, with data), no error in the browser's
 * console, French and English number formats; screenshots in {@code web/target/screenshots/}.
 */
@ExtendWith(PayaraServer.class)
@ExtendWith(Screenshots.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconciliationIT implements Screenshots.Browser {

    static final String AS_OF = "2026-12-31";
    static final String PROGRAMME = "api/v1/programmes/TI-DK";
    static final List<String> CHARTS = List.of("chart-leverage", "chart-allotment", "chart-envelopes", "chart-paid",
            "chart-pipeline");

    @RegisterExtension
    static final ChromiumPerClass CHROMIUM = new ChromiumPerClass();

    @PayaraServer.Base
    URL base;

    @Override
    public WebDriver driver() {
        return CHROMIUM.driver();
    }

    @Test
    @Order(1)
    void apiXlsxAndDashboardShowTheSameFiguresToTheCent() throws Exception {
        MoneyFixtures.Actors who = MoneyFixtures.Actors.of(base);
        Api auditor = Api.demo(base, MoneyFixtures.AUDITOR);
        JsonObject programme = Api.json(auditor.get(PROGRAMME));
        JsonObject axis1 = programme.getJsonArray("axes").getJsonObject(0);
        JsonObject axis2 = programme.getJsonArray("axes").getJsonObject(1);
        String key1 = String.valueOf(axis1.getInt("number"));
        String key2 = String.valueOf(axis2.getInt("number"));

        JsonObject before = portfolio(auditor, AS_OF);
        JsonObject beforeAll = Api.json(auditor.get(PROGRAMME + "/portfolio"));

        long a = MoneyFixtures.approvedDossier(who, axis1.getJsonArray("actions").getJsonObject(0).getInt("number"),
                "Rapprochement A " + System.nanoTime(), "100000.00", "0.00", "0.00", List.of()).dossierId();
        long b = MoneyFixtures.approvedDossier(who, axis2.getJsonArray("actions").getJsonObject(0).getInt("number"),
                "Rapprochement B " + System.nanoTime(), "80000.00", "0.00", "0.00", List.of()).dossierId();
        pay(who, a, "100000.00", Map.of("40000.00", "2026-12-20", "25000.50", "2027-01-10"));
        pay(who, b, "80000.00", Map.of("12345.67", "2026-12-31"));

        // Hand-computed: what the two dossiers add, as of 2026-12-31 and with no date.
        JsonObject after = portfolio(auditor, AS_OF);
        assertThat(delta(before, after, "axes", key1, "committed")).isEqualByComparingTo("100000.00");
        assertThat(delta(before, after, "axes", key1, "paid")).isEqualByComparingTo("40000.00");
        assertThat(delta(before, after, "axes", key2, "committed")).isEqualByComparingTo("80000.00");
        assertThat(delta(before, after, "axes", key2, "paid")).isEqualByComparingTo("12345.67");
        assertThat(money(after, "paid").subtract(money(before, "paid"))).isEqualByComparingTo("52345.67");
        JsonObject afterAll = Api.json(auditor.get(PROGRAMME + "/portfolio"));
        assertThat(money(afterAll, "paid").subtract(money(beforeAll, "paid"))).as("the payment of 2027-01-10 too")
                .isEqualByComparingTo("77346.17");
        JsonObject months = Api.json(auditor.get(PROGRAMME + "/paid-by-month?asOf=" + AS_OF));
        JsonObject december = months.getJsonArray("months").stream().map(JsonObject.class::cast)
                .filter(m -> m.getString("month").equals("2026-12")).findFirst().orElseThrow();
        assertThat(december.getString("cumulative")).isEqualTo(after.getString("paid"));

        // leftToPay, the one name of committed − paid net of recoveries, is the former remaining (same value).
        assertThat(new BigDecimal(after.getString("leftToPay")))
                .isEqualByComparingTo(money(after, "committed").subtract(new BigDecimal(after.getString("paidNet"))))
                .isEqualByComparingTo(new BigDecimal(after.getString("remaining")));
        after.getJsonArray("axes").stream().map(JsonObject.class::cast).forEach(axis ->
                assertThat(axis.getString("leftToPay")).as(axis.toString()).isEqualTo(axis.getString("remaining")));

        // 1. The API's figures per axis (portfolio) and leverage per axis on two bases.
        Map<String, BigDecimal[]> apiAxes = positions(after);
        Map<String, Map<String, BigDecimal[]>> apiLeverage = new TreeMap<>();
        for (String basis : List.of("committed", "realised")) {
            JsonObject leverage = Api.json(auditor.get(PROGRAMME + "/leverage?by=axis&basis=" + basis
                    + "&asOf=" + AS_OF));
            Map<String, BigDecimal[]> rows = new TreeMap<>();
            leverage.getJsonArray("rows").stream().map(JsonObject.class::cast).forEach(r -> rows.put(r.getString("key"),
                    new BigDecimal[] {new BigDecimal(r.getString("fundContribution")),
                            new BigDecimal(r.getString("totalProjectCost")), new BigDecimal(r.getString("leverage"))}));
            JsonObject total = leverage.getJsonObject("total");
            rows.put("total", new BigDecimal[] {new BigDecimal(total.getString("fundContribution")),
                    new BigDecimal(total.getString("totalProjectCost")), new BigDecimal(total.getString("leverage"))});
            apiLeverage.put(basis, rows);
        }
        // Dossier A on the realised basis as of the date: 40,000.00 paid, no co-financing RECEIVED.
        assertThat(apiLeverage.get("realised")).containsKey(key1);

        // 2. The XLSX exports of the same date.
        byte[] portfolioXlsx = download(auditor, PROGRAMME + "/portfolio.xlsx?asOf=" + AS_OF);
        Map<String, BigDecimal[]> xlsxAxes = new TreeMap<>();
        BigDecimal[] xlsxProgramme = null;
        for (List<XSSFCell> row : rows(portfolioXlsx)) {
            assertThat(row.get(0).getStringCellValue()).isEqualTo(AS_OF);
            String table = row.get(1).getStringCellValue();
            if (table.equals("axis")) {
                xlsxAxes.put(row.get(2).getStringCellValue(), new BigDecimal[] {exact(row.get(4)), exact(row.get(5))});
            } else if (table.equals("programme")) {
                xlsxProgramme = new BigDecimal[] {exact(row.get(4)), exact(row.get(5))};
            }
        }
        assertSame("XLSX portfolio", apiAxes, xlsxAxes);
        assertThat(xlsxProgramme).containsExactly(money(after, "committed"), money(after, "paid"));

        byte[] leverageXlsx = download(auditor, PROGRAMME + "/leverage.xlsx?by=axis&asOf=" + AS_OF);
        Map<String, Map<String, BigDecimal[]>> xlsxLeverage = new TreeMap<>();
        for (List<XSSFCell> row : rows(leverageXlsx)) {
            String basis = row.get(1).getStringCellValue();
            String by = row.get(2).getStringCellValue();
            String key = by.equals("total") ? "total" : row.get(3).getStringCellValue();
            xlsxLeverage.computeIfAbsent(basis, k -> new TreeMap<>()).put(key,
                    new BigDecimal[] {exact(row.get(5)), exact(row.get(8)), exact(row.get(9))});
        }
        assertThat(xlsxLeverage).containsOnlyKeys("requested", "committed", "realised");
        for (String basis : apiLeverage.keySet()) {
            assertSame("XLSX leverage " + basis, apiLeverage.get(basis), xlsxLeverage.get(basis));
        }
        // The CSV says the same (plain decimals, a dot).
        String csv = new String(download(auditor, PROGRAMME + "/portfolio.csv?asOf=" + AS_OF), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFasOf,table,key,label,committed,paid,remaining,envelope,consumption,"
                + "leftToPay\r\n");
        // leftToPay, the API's name, is the former remaining (same value) on every row.
        for (String line : csv.substring(1).split("\r\n")) {
            if (!line.startsWith("asOf,") && !line.isBlank() && !line.contains("\"")) {
                String[] cells = line.split(",", -1);
                assertThat(cells[9]).as(line).isEqualTo(cells[6]).isNotEmpty();
            }
        }
        assertThat(csv).contains(AS_OF + ",axis," + key1 + ",");
        assertThat(csv).contains("," + apiAxes.get(key1)[0].toPlainString() + "," + apiAxes.get(key1)[1].toPlainString()
                + ",");

        // 3. The dashboard's tables, in French, as of the date.
        BrowserSession browser = new BrowserSession(driver(), base);
        browser.signIn(MoneyFixtures.AUDITOR);
        for (String basis : apiLeverage.keySet()) {
            browser.open("app/staff/dashboard.xhtml?lang=fr&asOf=" + AS_OF + "&basis=" + basis);
            browser.find(By.id("table-leverage"));
            Map<String, BigDecimal[]> shown = new TreeMap<>();
            for (WebElement tr : driver().findElements(By.cssSelector("#table-leverage tbody tr"))) {
                List<WebElement> cells = tr.findElements(By.tagName("td"));
                shown.put(tr.getDomAttribute("data-axis"), new BigDecimal[] {frenchEuros(cells.get(0)),
                        frenchEuros(cells.get(1)), exactValue(cells.get(2))});
                // The leverage shown with 2 decimals, a comma: the API's 4 decimals rounded half-even.
                assertThat(cells.get(2).getText()).isEqualTo(exactValue(cells.get(2))
                        .setScale(2, RoundingMode.HALF_EVEN).toPlainString().replace('.', ','));
            }
            List<WebElement> total = driver().findElements(By.cssSelector("#leverage-total td"));
            shown.put("total", new BigDecimal[] {frenchEuros(total.get(0)), frenchEuros(total.get(1)),
                    exactValue(total.get(2))});
            assertSame("dashboard leverage " + basis, apiLeverage.get(basis), shown);
        }
        Map<String, BigDecimal[]> shownAxes = new TreeMap<>();
        for (WebElement tr : driver().findElements(By.cssSelector("#table-axes tbody tr"))) {
            shownAxes.put(tr.getDomAttribute("data-axis"), new BigDecimal[] {
                    frenchEuros(tr.findElement(By.className("committed"))),
                    frenchEuros(tr.findElement(By.className("paid")))});
        }
        assertSame("dashboard axes", apiAxes, shownAxes);
        assertThat(frenchEuros(driver().findElement(By.id("committed")))).isEqualTo(money(after, "committed"));
        assertThat(frenchEuros(driver().findElement(By.id("paid")))).isEqualTo(money(after, "paid"));
        assertThat(frenchEuros(driver().findElement(By.id("allotment")))).isEqualTo(new BigDecimal("37500000.00"));
        assertThat(normal(driver().findElement(By.id("allotment")).getText())).isEqualTo("37 500 000,00 €");
        WebElement decemberRow = driver().findElement(By.cssSelector("#table-paid tr[data-month='2026-12']"));
        assertThat(frenchEuros(decemberRow.findElement(By.className("cumulative"))))
                .isEqualTo(money(after, "paid"));
        assertThat(driver().findElements(By.cssSelector("#table-paid tr[data-month='2027-01']"))).isEmpty();
        // One name per quantity, defined under the tables; on the realised basis no committed basis to explain.
        assertThat(driver().findElement(By.cssSelector("#table-axes thead")).getText()).contains("Reste à verser")
                .doesNotContain("Restant");
        assertThat(driver().findElement(By.id("portfolio-definitions")).getText())
                .contains("Reste à verser", "engagé − versé net des recouvrements reçus");
        assertThat(driver().findElements(By.id("leverage-bases"))).isEmpty();
        Screenshots.save(driver(), "ReconciliationIT-dashboard-fr");

        // Each download was recorded with the SHA-256 of the bytes handed out.
        assertThat(auditedHashes()).contains(sha256(portfolioXlsx), sha256(leverageXlsx));
    }

    @Test
    @Order(2)
    void theChartsRenderWithoutErrorsInBothLanguages() {
        BrowserSession browser = new BrowserSession(driver(), base);
        browser.signIn(MoneyFixtures.ANALYST);
        browser.open("app/home.xhtml");
        assertThat(browser.text(By.id("nav-dashboard"))).isEqualTo("Tableau de bord");
        browser.find(By.id("nav-dashboard")).click();
        browser.find(By.id("table-pipeline"));
        // The console check can fail: an error logged by a script is seen.
        ((JavascriptExecutor) driver()).executeScript("console.error('levier-probe')");
        assertThat(errors()).anySatisfy(e -> assertThat(e).contains("levier-probe"));
        drain();
        browser.open("app/staff/dashboard.xhtml?lang=fr&asOf=" + AS_OF);
        assertChartsDrawn(browser);
        assertThat(browser.text(By.id("dash-title"))).isEqualTo("Tableau de bord du fonds");
        assertThat(normal(driver().findElement(By.cssSelector("#leverage-total td:nth-of-type(4)")).getText()))
                .isEqualTo("7,68");
        assertThat(driver().findElement(By.cssSelector("#table-leverage caption")).getText()).contains("engagée");
        // The committed basis of leverage is not the commitments table's committed: said under the table.
        assertThat(browser.text(By.id("leverage-bases"))).startsWith("Bases différentes");
        assertThat(errors()).as("browser console").isEmpty();
        Screenshots.save(driver(), "DashboardBrowserIT-fr");

        browser.open("app/staff/dashboard.xhtml?lang=en&asOf=" + AS_OF + "&basis=requested");
        assertChartsDrawn(browser);
        assertThat(browser.text(By.id("dash-title"))).isEqualTo("Fund dashboard");
        assertThat(normal(driver().findElement(By.id("allotment")).getText())).isEqualTo("€37,500,000.00");
        assertThat(driver().findElement(By.cssSelector("#table-axes thead")).getText()).contains("Left to pay");
        assertThat(driver().findElement(By.id("portfolio-definitions")).getText())
                .contains("Committed", "committed − paid net of the recoveries received");
        assertThat(driver().findElements(By.id("leverage-bases"))).isEmpty();
        assertThat(normal(driver().findElement(By.cssSelector("#leverage-total td:nth-of-type(4)")).getText()))
                .isEqualTo("7.68");
        assertThat(errors()).as("browser console").isEmpty();
        Screenshots.save(driver(), "DashboardBrowserIT-en");

        // The export links of the dashboard carry the date; the staff list offers its own.
        assertThat(driver().findElement(By.id("export-leverage-xlsx")).getDomAttribute("href"))
                .endsWith("/app/staff/export?what=leverage&format=xlsx&programme=TI-DK&asOf=" + AS_OF);
        browser.open("app/staff/dossiers.xhtml?lang=fr");
        assertThat(browser.find(By.id("export-dossiers-csv")).getDomAttribute("href"))
                .endsWith("/app/staff/export?what=dossiers&format=csv");
        // The back-office download works with the page's session (the API wants Basic or Bearer).
        Object fetched = ((JavascriptExecutor) driver()).executeAsyncScript("const done = arguments[0];"
                + " fetch(document.getElementById('export-dossiers-xlsx').href).then(r => done(r.status + ' '"
                + " + r.headers.get('Content-Type') + ' ' + (r.headers.get('X-Content-SHA256') || '').length))"
                + ".catch(e => done(String(e)))");
        assertThat(fetched).isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet 64");
        // An applicant may not open the dashboard.
        browser.signIn(MoneyFixtures.APPLICANT1);
        browser.open("app/staff/dashboard.xhtml");
        assertThat(driver().findElements(By.id("table-leverage"))).isEmpty();
    }

    @Test
    @Order(3)
    void dossierListExportHasEveryPageAndIsForStaffOnly() throws Exception {
        Api analyst = Api.demo(base, MoneyFixtures.ANALYST);
        long total = Api.json(analyst.get("api/v1/dossiers?size=1")).getJsonNumber("total").longValue();
        byte[] xlsx = download(analyst, "api/v1/exports/dossiers.xlsx");
        List<List<XSSFCell>> rows = rows(xlsx);
        assertThat((long) rows.size()).isEqualTo(total);
        long approved = Api.json(analyst.get("api/v1/dossiers?size=1&status=IN_EXECUTION")).getJsonNumber("total")
                .longValue();
        String csv = new String(download(analyst, "api/v1/exports/dossiers.csv?status=IN_EXECUTION"),
                StandardCharsets.UTF_8);
        assertThat(csv.lines().count() - 1).isEqualTo(approved).isPositive();
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).contains(",IN_EXECUTION,"));

        Api applicant = Api.demo(base, MoneyFixtures.APPLICANT1);
        assertThat(applicant.get("api/v1/exports/dossiers.csv").statusCode()).isEqualTo(403);
        assertThat(applicant.get(PROGRAMME + "/portfolio.xlsx").statusCode()).isEqualTo(403);
        assertThat(Api.anonymous(base).get(PROGRAMME + "/leverage.csv").statusCode()).isEqualTo(401);
        HttpResponse<String> badDate = analyst.get(PROGRAMME + "/portfolio.csv?asOf=31/12/2026");
        assertThat(badDate.statusCode()).isEqualTo(422);
        assertThat(MoneyFixtures.problemKey(badDate)).isEqualTo("parameter.invalid");
    }

    // --- the dataset ---

    /** Signs one grant tranche of {@code amount}, then requests, approves and pays each amount on its value date. */
    private static void pay(MoneyFixtures.Actors who, long dossier, String amount, Map<String, String> payments) {
        JsonObject agreement = MoneyFixtures.sign(who.director1(), dossier, MoneyFixtures.agreementBody(
                tranche("GRANT", amount, "2027-03-01", "Start"), ""));
        long trancheId = MoneyFixtures.trancheId(agreement, 0);
        for (Map.Entry<String, String> p : new TreeMap<>(payments).entrySet()) {
            HttpResponse<String> requested = MoneyFixtures.requestDisbursement(who.analyst(), dossier, trancheId,
                    p.getKey(), null, null);
            assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
            long id = MoneyFixtures.id(requested);
            assertThat(MoneyFixtures.approve(who.director1(), id).statusCode()).isEqualTo(200);
            HttpResponse<String> paid = MoneyFixtures.pay(who.director1(), id, p.getValue());
            assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        }
    }

    // --- reading the three sources ---

    private static JsonObject portfolio(Api api, String asOf) {
        HttpResponse<String> response = api.get(PROGRAMME + "/portfolio?asOf=" + asOf);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    private static Map<String, BigDecimal[]> positions(JsonObject portfolio) {
        Map<String, BigDecimal[]> axes = new TreeMap<>();
        portfolio.getJsonArray("axes").stream().map(JsonObject.class::cast).forEach(r -> axes.put(r.getString("key"),
                new BigDecimal[] {new BigDecimal(r.getString("committed")), new BigDecimal(r.getString("paid"))}));
        return axes;
    }

    private static BigDecimal delta(JsonObject before, JsonObject after, String table, String key, String field) {
        return value(after, table, key, field).subtract(value(before, table, key, field));
    }

    private static BigDecimal value(JsonObject portfolio, String table, String key, String field) {
        return portfolio.getJsonArray(table).stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("key").equals(key)).findFirst()
                .map(r -> new BigDecimal(r.getString(field))).orElse(BigDecimal.ZERO);
    }

    private static BigDecimal money(JsonObject object, String field) {
        return new BigDecimal(object.getString(field));
    }

    /** The bytes of a file the API hands out (200, attachment, its SHA-256 in X-Content-SHA256). */
    private static byte[] download(Api api, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(api.request(path).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path + ": " + new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(response.headers().firstValue("X-Content-SHA256")).contains(sha256(response.body()));
        return response.body();
    }

    /** The rows of the first sheet below its header, as cells. */
    private static List<List<XSSFCell>> rows(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            List<List<XSSFCell>> rows = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                List<XSSFCell> cells = new java.util.ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /** A numeric cell's exact stored decimal (not the double POI reads it as). */
    private static BigDecimal exact(XSSFCell cell) {
        assertThat(cell).isNotNull();
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return new BigDecimal(cell.getCTCell().getV());
    }

    /** "40 000,00 €" as 40000.00; its data-value must say the same. */
    private static BigDecimal frenchEuros(WebElement cell) {
        String text = normal(cell.getText());
        assertThat(text).matches("-?[0-9 ]+,[0-9]{2} €");
        BigDecimal shown = new BigDecimal(text.replace(" ", "").replace("€", "").replace(',', '.'));
        assertThat(shown).isEqualTo(exactValue(cell));
        return shown;
    }

    private static BigDecimal exactValue(WebElement cell) {
        return new BigDecimal(cell.getDomAttribute("data-value"));
    }

    private static void assertSame(String what, Map<String, BigDecimal[]> expected, Map<String, BigDecimal[]> actual) {
        assertThat(actual).as(what + " keys").containsOnlyKeys(expected.keySet().toArray(String[]::new));
        expected.forEach((key, values) -> assertThat(actual.get(key)).as(what + " " + key).containsExactly(values));
    }

    private static String normal(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
    }

    // --- the browser ---

    private void assertChartsDrawn(BrowserSession browser) {
        for (String chart : CHARTS) {
            browser.find(By.cssSelector("#" + chart + " canvas"));
        }
        Object drawn = browser.waiting().until(d -> {
            Object count = ((JavascriptExecutor) d).executeScript("return Array.from(document.querySelectorAll("
                    + "'.ui-chart canvas')).filter(c => window.Chart && Chart.getChart(c)"
                    + " && Chart.getChart(c).data.datasets.length > 0 && c.width > 0).length");
            return ((Number) count).intValue() == CHARTS.size() ? count : null;
        });
        assertThat(((Number) drawn).intValue()).isEqualTo(CHARTS.size());
    }

    /** Reads (and empties) the console log; errors only. Empty when the driver keeps no log. */
    private List<String> errors() {
        try {
            return driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                    .map(LogEntry::getMessage).toList();
        } catch (RuntimeException unsupported) {
            return List.of();
        }
    }

    private void drain() {
        errors();
    }

    /** The SHA-256 the audit trail recorded for the exports (read under the API). */
    private static List<String> auditedHashes() throws Exception {
        List<String> hashes = new java.util.ArrayList<>();
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT summary FROM audit_event WHERE action = 'export.downloaded' AND actor = ?")) {
            query.setString(1, MoneyFixtures.AUDITOR);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("SHA-256 ([0-9a-f]{64})")
                            .matcher(rows.getString(1));
                    if (m.find()) {
                        hashes.add(m.group(1));
                    }
                }
            }
        }
        return hashes;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

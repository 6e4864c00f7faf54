package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.MoneyFixtures.tranche;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The programme reports (portfolio, leverage, annual) on the deployed application, on a small portfolio built
 * through the API (two dossiers approved, one signed and partly paid): every figure the auditor downloads, in the
 * PDF text and in the XLSX cells, is the API's ({@code GET /programmes/TI-DK/portfolio} and {@code .../leverage})
 * at the same moment; charts are drawn; applicants are refused (403); each download's hash is in the audit trail.
 */
@ExtendWith(PayaraServer.class)
class ReportsProgrammeIT {

    private static final String PROGRAMME = "TI-DK";

    @PayaraServer.Base
    URL base;

    @Test
    void auditorsReportsHoldTheApisFigures() {
        buildPortfolio();
        Api auditor = Api.demo(base, MoneyFixtures.AUDITOR);
        JsonObject portfolio = Api.json(auditor.get("api/v1/programmes/TI-DK/portfolio"));
        JsonObject committedByAxis = leverage(auditor, "axis", "committed");
        JsonObject committedByAction = leverage(auditor, "action", "committed");
        JsonObject realisedByAxis = leverage(auditor, "axis", "realised");
        JsonObject requestedByAxis = leverage(auditor, "axis", "requested");
        assertThat(new BigDecimal(portfolio.getString("paid"))).isPositive();
        assertThat(portfolio.getJsonArray("axes")).isNotEmpty();

        // Portfolio, PDF in English: the programme's totals, each axis's committed/paid/remaining and leverage.
        HttpResponse<byte[]> pdf = DossierFixtures.download(auditor, "api/v1/reports/portfolio?lang=en&programme="
                + PROGRAMME);
        Pdf portfolioPdf = pdf(pdf, "portfolio");
        assertThat(portfolioPdf.text)
                .contains("Portfolio report", "Programme " + PROGRAMME, "As of ", "auditor@levier.example")
                .contains("Fund allotment " + euros(portfolio, "allotment"),
                        "Committed (signed agreements) " + euros(portfolio, "committed"),
                        "Paid " + euros(portfolio, "paid"), "Left to pay " + euros(portfolio, "remaining"),
                        "Approved by the committee, agreement not signed " + euros(portfolio, "approvedNotSigned"),
                        "Leverage (committed basis) " + ratio(committedByAxis.getJsonObject("total"), "leverage"),
                        "Target leverage 7.68")
                .contains("Total " + euros(portfolio, "committed") + " " + euros(portfolio, "paid") + " "
                        + euros(portfolio, "remaining"))
                .contains("page 1 of " + portfolioPdf.pages);
        for (JsonObject axis : portfolio.getJsonArray("axes").getValuesAs(JsonObject.class)) {
            JsonObject leverage = row(committedByAxis, axis.getString("key"));
            assertThat(portfolioPdf.text).contains(euros(axis, "committed") + " " + euros(axis, "paid") + " "
                    + euros(axis, "remaining") + (leverage == null || leverage.isNull("leverage") ? ""
                    : " " + ratio(leverage, "leverage")));
        }
        assertThat(portfolioPdf.drawings).as("charts").isGreaterThanOrEqualTo(2);
        assertAudited(auditor, "portfolio", sha256(pdf.body()));

        // Portfolio, XLSX in French: a data workbook (one frozen header row with an autofilter, the as-of date as
        // a date, one row per axis, action and instrument, the figures as numbers).
        HttpResponse<byte[]> xlsx = DossierFixtures.download(auditor, "api/v1/reports/portfolio?format=xlsx&lang=fr");
        try (XSSFWorkbook workbook = workbook(xlsx, "portfolio")) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertDataSheet(sheet, List.of("Situation au", "Ventilation", "Code", "Libellé", "Engagé", "Versé",
                    "Reste à verser", "Enveloppe", "Consommation de l’enveloppe", "Levier"));
            for (JsonObject action : portfolio.getJsonArray("actions").getValuesAs(JsonObject.class)) {
                Row row = dataRow(sheet, "Par action", action.getString("key"));
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(action.getString("label"));
                assertThat(figures(row).subList(0, 3)).as(action.toString()).containsExactly(
                        decimal(action, "committed"), decimal(action, "paid"), decimal(action, "remaining"));
                JsonObject leverage = row(committedByAction, action.getString("key"));
                if (leverage != null && !leverage.isNull("leverage")) {
                    assertThat(row.getCell(9).getNumericCellValue()).isCloseTo(
                            Double.parseDouble(leverage.getString("leverage")), org.assertj.core.data.Offset.offset(1e-9));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertAudited(auditor, "portfolio", sha256(xlsx.body()));

        // Leverage, PDF in English: the programme total on each basis against the target.
        HttpResponse<byte[]> leveragePdf = DossierFixtures.download(auditor, "api/v1/reports/leverage?lang=en");
        Pdf leverageText = pdf(leveragePdf, "leverage");
        assertThat(leverageText.text)
                .contains("Leverage report", "Programme total per basis, against the target", "Target leverage 7.68",
                        "Target total investment 288,000,000.00 €", "Fund allotment 37,500,000.00 €")
                .contains(totalLine("Committed", committedByAxis.getJsonObject("total")),
                        totalLine("Requested", requestedByAxis.getJsonObject("total")),
                        totalLine("Realised", realisedByAxis.getJsonObject("total")))
                .contains("By axis — Committed basis", "By action — Committed basis",
                        "By co-financing source type — Realised basis");
        assertThat(leverageText.drawings).as("chart").isGreaterThanOrEqualTo(1);
        assertAudited(auditor, "leverage", sha256(leveragePdf.body()));

        // Leverage, XLSX in French: a data workbook, each axis on the committed basis as numbers.
        HttpResponse<byte[]> leverageXlsx = DossierFixtures.download(auditor,
                "api/v1/reports/leverage?format=xlsx&lang=fr");
        try (XSSFWorkbook workbook = workbook(leverageXlsx, "leverage")) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertDataSheet(sheet, List.of("Situation au", "Ventilation", "Code", "Libellé", "Aide du fonds",
                    "Coût des projets", "Cofinancement", "Cofinancement privé", "Levier",
                    "Multiplicateur du cofinancement", "Levier privé"));
            for (JsonObject axis : committedByAxis.getJsonArray("rows").getValuesAs(JsonObject.class)) {
                assertThat(figures(dataRow(sheet, "Par axe — base « Engagé »", axis.getString("key"))))
                        .as(axis.toString()).containsExactlyElementsOf(sums(axis));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertAudited(auditor, "leverage", sha256(leverageXlsx.body()));

        // Annual report, by default this calendar year: portfolio and leverage with the same figures.
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        HttpResponse<byte[]> annual = DossierFixtures.download(auditor, "api/v1/reports/annual?lang=en");
        Pdf annualText = pdf(annual, "annual");
        assertThat(annualText.text)
                .contains("Annual programme report", "Period from 1 Jan " + year + " to 31 Dec " + year)
                .contains("Annex A — Portfolio", "Committed (signed agreements) " + euros(portfolio, "committed"))
                .contains("Annex B — Leverage in detail", totalLine("Committed", committedByAxis.getJsonObject("total")))
                .contains("4. Impact against targets", "Indicator Target Actual Unit")
                .contains("Contents", "3. Supported projects by axis", "6. Audit chain", "Audit chain verified",
                        "7. Definitions", "Co-financing raised (agreements signed)")
                .contains("page 1 of " + annualText.pages);
        assertThat(annualText.drawings).as("charts").isGreaterThanOrEqualTo(3);
        assertAudited(auditor, "annual", sha256(annual.body()));

        Api director = Api.demo(base, MoneyFixtures.DIRECTOR1);
        assertThat(pdf(DossierFixtures.download(director, "api/v1/reports/annual?lang=fr&from=" + year
                + "-01-01&to=" + year + "-06-30"), "annual").text)
                .contains("Rapport annuel du programme", "Période du 1 janvier " + year + " au 30 juin " + year);

        // The year in figures: a payment moved back to March counts in the year, not in its last quarter; the
        // sections after it stay cumulative.
        try {
            MoneyFixtures.execute("UPDATE disbursement SET paid_on = ? WHERE id = (SELECT id FROM (SELECT MAX(d.id)"
                    + " AS id FROM disbursement d WHERE d.status = 'PAID') m)", java.sql.Date.valueOf(year + "-03-15"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        BigDecimal inYear = paidBetween(year + "-01-01", year + "-12-31");
        BigDecimal inQuarter = paidBetween(year + "-10-01", year + "-12-31");
        BigDecimal inThirdQuarter = paidBetween(year + "-07-01", year + "-09-30");
        BigDecimal toEnd = paidBetween("1000-01-01", year + "-12-31");
        assertThat(inYear).isGreaterThan(inQuarter);
        assertThat(pdf(DossierFixtures.download(auditor, "api/v1/reports/annual?lang=en&from=" + year
                + "-01-01&to=" + year + "-12-31"), "annual").text)
                .contains("The year in figures", "Payments (value date) " + euros(inYear) + " ", " " + euros(toEnd));
        assertThat(pdf(DossierFixtures.download(auditor, "api/v1/reports/annual?lang=en&from=" + year
                + "-10-01&to=" + year + "-12-31"), "annual").text)
                .contains("Period from 1 Oct " + year + " to 31 Dec " + year, "The year in figures",
                        "Payments (value date) " + euros(inQuarter) + " " + euros(inThirdQuarter) + " "
                                + euros(toEnd),
                        "Previous period: 1 Jul " + year + " to 30 Sep " + year + ".");
    }

    @Test
    void applicantsAreRefusedAndTheAnnualReportIsPdfOnly() {
        Api applicant = Api.demo(base, MoneyFixtures.APPLICANT1);
        for (String type : List.of("portfolio", "leverage", "annual")) {
            HttpResponse<String> refused = applicant.get("api/v1/reports/" + type);
            assertThat(refused.statusCode()).as(type + ": " + refused.body()).isEqualTo(403);
            assertThat(Api.mediaType(refused)).isEqualTo("application/problem+json");
        }
        assertThat(applicant.get("api/v1/reports/portfolio?format=xlsx").statusCode()).isEqualTo(403);
        Api auditor = Api.demo(base, MoneyFixtures.AUDITOR);
        assertThat(auditor.get("api/v1/reports/annual?format=xlsx").statusCode()).isEqualTo(422);
        assertThat(auditor.get("api/v1/reports/leverage?format=csv").statusCode()).isEqualTo(422);
        assertThat(auditor.get("api/v1/reports/portfolio?programme=NOPE").statusCode()).isEqualTo(404);
        assertThat(Api.demo(base, MoneyFixtures.ANALYST).get("api/v1/reports/leverage").statusCode())
                .isEqualTo(200);
    }

    /** Two dossiers of applicant1 approved on the first axis's first two actions; A signed, 40,000.00 paid. */
    private void buildPortfolio() {
        MoneyFixtures.Actors who = MoneyFixtures.Actors.of(base);
        JsonObject programme = Api.json(who.analyst().get("api/v1/programmes/" + PROGRAMME));
        JsonObject firstAxis = programme.getJsonArray("axes").getJsonObject(0);
        int actionA = firstAxis.getJsonArray("actions").getJsonObject(0).getInt("number");
        int actionB = firstAxis.getJsonArray("actions").getJsonObject(1).getInt("number");
        long a = MoneyFixtures.approvedDossier(who, actionA, "Report A " + System.nanoTime(), "100000.00", "0.00",
                "0.00", List.of()).dossierId();
        MoneyFixtures.approvedDossier(who, actionB, "Report B " + System.nanoTime(), "200000.00", "0.00", "0.00",
                List.of());
        MoneyFixtures.sign(who.director1(), a, MoneyFixtures.agreementBody(
                tranche("GRANT", "100000.00", "2027-03-01", "Start"), ""));
        long disbursement = MoneyFixtures.id(MoneyFixtures.requestDisbursement(who.analyst(), a,
                MoneyFixtures.trancheId(Api.json(who.analyst().get("api/v1/dossiers/" + a + "/agreement")), 0),
                "40000.00", null, null));
        assertThat(MoneyFixtures.approve(who.director1(), disbursement).statusCode()).isEqualTo(200);
        HttpResponse<String> paid = MoneyFixtures.pay(who.director1(), disbursement, "2026-12-20");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
    }

    private static JsonObject leverage(Api api, String by, String basis) {
        HttpResponse<String> response = api.get("api/v1/programmes/TI-DK/leverage?by=" + by + "&basis=" + basis);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    private static JsonObject row(JsonObject leverage, String key) {
        return leverage.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("key").equals(key)).findFirst().orElse(null);
    }

    /** A programme-total line of the leverage PDF (English): basis, four amounts, three ratios to 2 decimals. */
    private static String totalLine(String basis, JsonObject total) {
        StringBuilder line = new StringBuilder(basis);
        for (String amount : List.of("fundContribution", "totalProjectCost", "cofinancing", "privateMoney")) {
            line.append(' ').append(euros(total, amount));
        }
        for (String ratio : List.of("leverage", "cofinancingMultiplier", "privateLeverage")) {
            if (!total.isNull(ratio)) {
                line.append(' ').append(ratio(total, ratio));
            }
        }
        return line.toString();
    }

    /** The four sums and the ratios present of a leverage row, as the XLSX cells should hold them. */
    private static List<BigDecimal> sums(JsonObject row) {
        List<BigDecimal> values = new ArrayList<>();
        for (String name : List.of("fundContribution", "totalProjectCost", "cofinancing", "privateMoney", "leverage",
                "cofinancingMultiplier", "privateLeverage")) {
            if (row.containsKey(name) && !row.isNull(name)) {
                values.add(decimal(row, name));
            }
        }
        return values;
    }

    private static BigDecimal decimal(JsonObject object, String name) {
        return new BigDecimal(object.getString(name)).stripTrailingZeros();
    }

    private static String euros(JsonObject object, String name) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(new BigDecimal(object.getString(name))) + " €";
    }

    private static String ratio(JsonObject object, String name) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(new BigDecimal(object.getString(name)));
    }

    /** A downloaded PDF's text (whitespace collapsed), page count and drawings (charts: form or image XObjects). */
    private record Pdf(String text, int pages, int drawings) {
    }

    private static Pdf pdf(HttpResponse<byte[]> response, String type) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(Api.mediaType(response)).isEqualTo("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;")
                .contains(type).contains(".pdf");
        assertThat(response.headers().firstValue("X-Content-SHA256")).contains(sha256(response.body()));
        try (PDDocument document = Loader.loadPDF(response.body())) {
            int drawings = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    drawings += page.getResources().getXObject(name) == null ? 0 : 1;
                }
            }
            return new Pdf(new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " "),
                    document.getNumberOfPages(), drawings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the programme paid (value dates) between two days, inclusive, read in the database. */
    private static BigDecimal paidBetween(String from, String to) {
        try {
            return MoneyFixtures.decimal("SELECT COALESCE(SUM(d.amount), 0) FROM disbursement d JOIN agreement a"
                    + " ON a.id = d.agreement_id JOIN programme p ON p.id = a.programme_id WHERE p.code = ?"
                    + " AND d.status = 'PAID' AND d.paid_on BETWEEN ? AND ?", PROGRAMME, java.sql.Date.valueOf(from),
                    java.sql.Date.valueOf(to));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String euros(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(amount) + " €";
    }

    private static XSSFWorkbook workbook(HttpResponse<byte[]> response, String type) throws IOException {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(Api.mediaType(response))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains(type).contains(".xlsx");
        assertThat(response.headers().firstValue("X-Content-SHA256")).contains(sha256(response.body()));
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    /** One header row, frozen, with an autofilter over it; every data row starts with today's date as a date. */
    private static void assertDataSheet(XSSFSheet sheet, List<String> header) {
        List<String> titles = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> titles.add(cell.getStringCellValue()));
        assertThat(titles).containsExactlyElementsOf(header);
        assertThat(sheet.getPaneInformation()).isNotNull();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
        assertThat(sheet.getMergedRegions()).isEmpty();
        assertThat(sheet.getLastRowNum()).isPositive();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Cell asOf = sheet.getRow(r).getCell(0);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(asOf)).isTrue();
            assertThat(asOf.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Paris")));
        }
    }

    /** The data row of a breakdown (second column) and code (third). */
    private static Row dataRow(Sheet sheet, String breakdown, String code) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && breakdown.equals(row.getCell(1).getStringCellValue())
                    && code.equals(row.getCell(2).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + breakdown + " / " + code);
    }

    /** The numeric cells of a data row after its as-of date. */
    private static List<BigDecimal> figures(Row row) {
        List<BigDecimal> numbers = new ArrayList<>();
        for (Cell cell : row) {
            if (cell.getColumnIndex() > 0 && cell.getCellType() == CellType.NUMERIC) {
                numbers.add(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros());
            }
        }
        return numbers;
    }

    /** The newest report.downloaded events of this type include one with this hash. */
    private static void assertAudited(Api auditor, String type, String sha256) {
        HttpResponse<String> first = auditor.get("api/v1/audit?entity=Report&entityId=" + type + "&size=1");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        long total = Api.json(first).getJsonNumber("total").longValue();
        int size = 50;
        long lastPage = Math.max(0, (total - 1) / size);
        HttpResponse<String> page = auditor.get("api/v1/audit?entity=Report&entityId=" + type + "&size=" + size
                + "&page=" + lastPage);
        List<JsonObject> events = Api.json(page).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(events).as(page.body()).anySatisfy(event -> {
            assertThat(event.getString("action")).isEqualTo("report.downloaded");
            assertThat(event.getString("changes")).contains("\"sha256\":\"" + sha256 + "\"")
                    .contains("\"type\":\"" + type + "\"");
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

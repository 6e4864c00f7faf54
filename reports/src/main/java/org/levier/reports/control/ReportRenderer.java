package org.levier.reports.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.levier.reports.ReportType;

/**
 * Fills a report's compiled template ({@code org/levier/reports/templates/<type>.jasper}, compiled at build time)
 * with beans and exports it. Sets what every template shares: locale, resource bundle ({@code $R{...}}), the Paris
 * time zone and the header lines ({@code HEADER_PROGRAMME}, {@code HEADER_PERIOD}, {@code HEADER_GENERATED}).
 * Thread-safe: compiled templates are immutable and cached.
 */
public class ReportRenderer {

    /** Time zone of the fund: every time a report shows is Paris time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final String BUNDLE = "org.levier.reports.i18n.reports";
    private static final Map<ReportType, JasperReport> TEMPLATES = new ConcurrentHashMap<>();

    /** The report texts in French or English (French for anything else). */
    public static ResourceBundle bundle(Locale locale) {
        Locale language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        return ResourceBundle.getBundle(BUNDLE, language, ReportRenderer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A PDF of the report: the shared header from {@code header}, its own parameters, one detail row per bean. */
    public byte[] pdf(ReportType type, Locale locale, ReportHeader header, Map<String, ?> parameters,
                      Collection<?> rows) {
        JasperPrint print = fill(type, locale, header, parameters, rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(print.getName());
        configuration.setMetadataAuthor(header.generatedBy());
        configuration.setMetadataCreator("Levier");
        configuration.setMetadataSubject(header.programmeCode());
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("report " + type.apiName() + " could not be exported to PDF", e);
        }
        return out.toByteArray();
    }

    /** The same report as an XLSX workbook (one sheet, numbers as numeric cells), for reports offered in XLSX. */
    public byte[] xlsx(ReportType type, Locale locale, ReportHeader header, Map<String, ?> parameters,
                       Collection<?> rows) {
        JasperPrint print = fill(type, locale, header, parameters, rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setOnePagePerSheet(false);
        configuration.setDetectCellType(true);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setWhitePageBackground(false);
        configuration.setSheetNames(new String[] {type.apiName()});
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("report " + type.apiName() + " could not be exported to XLSX", e);
        }
        return out.toByteArray();
    }

    private JasperPrint fill(ReportType type, Locale locale, ReportHeader header, Map<String, ?> parameters,
                             Collection<?> rows) {
        ResourceBundle texts = bundle(locale);
        Map<String, Object> values = new HashMap<>(parameters); // Jasper adds its own entries: must be mutable
        values.put(JRParameter.REPORT_LOCALE, texts.getLocale());
        values.put(JRParameter.REPORT_RESOURCE_BUNDLE, texts);
        values.put(JRParameter.REPORT_TIME_ZONE, java.util.TimeZone.getTimeZone(ZONE));
        values.put("HEADER_PROGRAMME", texts.getString("header.programme") + " " + header.programmeCode()
                + (header.programmeName() == null ? "" : " — " + header.programmeName()));
        values.put("HEADER_PERIOD", period(texts, header));
        values.put("HEADER_GENERATED", java.text.MessageFormat.format(texts.getString("header.generated"),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(texts.getLocale()).withZone(ZONE)
                        .format(header.generatedAt()),
                header.generatedBy()));
        try {
            return JasperFillManager.getInstance(net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance())
                    .fill(template(type), values, new JRBeanCollectionDataSource(rows));
        } catch (JRException e) {
            throw new IllegalStateException("report " + type.apiName() + " could not be filled", e);
        }
    }

    private static String period(ResourceBundle texts, ReportHeader header) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.getLocale());
        if (header.from() != null && header.to() != null) {
            return java.text.MessageFormat.format(texts.getString("header.period"), date.format(header.from()),
                    date.format(header.to()));
        }
        if (header.from() != null) {
            return java.text.MessageFormat.format(texts.getString("header.since"), date.format(header.from()));
        }
        java.time.LocalDate asOf = header.to() != null ? header.to() : header.generatedAt().atZone(ZONE).toLocalDate();
        return java.text.MessageFormat.format(texts.getString("header.asOf"), date.format(asOf));
    }

    private static JasperReport template(ReportType type) {
        return TEMPLATES.computeIfAbsent(type, t -> {
            String resource = "/org/levier/reports/templates/" + t.apiName() + ".jasper";
            try (InputStream in = ReportRenderer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("no compiled template " + resource);
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JRException e) {
                throw new IllegalStateException("compiled template " + resource + " cannot be read", e);
            }
        });
    }
}

package org.levier.reports.control;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfVersionEnum;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import org.levier.reports.ReportType;

/**
 * Fills a report's compiled template ({@code org/levier/reports/templates/<type>.jasper}, compiled at build time)
 * with beans and exports it. Sets what every template shares: locale, resource bundle ({@code $R{...}}), the Paris
 * time zone and the header lines ({@code HEADER_PROGRAMME}, {@code HEADER_PERIOD}, {@code HEADER_GENERATED}).
 * Thread-safe: compiled templates are immutable and cached.
 *
 * <p>Every PDF is PDF/A-1a ({@link #PDFA}; a large one PDF/A-1b, {@link #PDFA_LARGE}): tagged, XMP metadata with the
 * PDF/A identification, an sRGB output intent (the JDK's own sRGB ICC profile, written once to a temporary file: no
 * third-party profile in the repository), only embedded fonts (the templates use the DejaVu families of
 * jasperreports-fonts, declared embedded there) and a classic cross-reference table: PDF/A-1 (ISO 19005-1, 6.1.4)
 * forbids the cross-reference streams that the exporter's full compression writes, so only the content streams are
 * compressed. veraPDF validates every report type in both languages in the build ({@code PdfaValidationTest}).
 *
 * <p>A large fill ({@link #pdf(ReportType, Locale, ReportHeader, Map, JRDataSource, boolean)} with
 * {@code virtualized}) keeps at most {@value #VIRTUALIZER_PAGES} filled pages in memory: the others go to a swap
 * file ({@link JRSwapFileVirtualizer}) removed once the PDF is exported; its rows come from a streaming
 * {@link JRDataSource}, never from a list of every row.
 */
public class ReportRenderer {

    /** Time zone of the fund: every time a report shows is Paris time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /**
     * Business dates as every report prints them, unambiguous in either language: {@code 5 Dec 2026} in English,
     * {@code 5 décembre 2026} in French (never the locale's short form, {@code 12/5/26}).
     */
    public static DateTimeFormatter dates(Locale locale) {
        return DateTimeFormatter.ofPattern("en".equals(locale.getLanguage()) ? "d MMM uuuu" : "d MMMM uuuu", locale);
    }

    /** Moments as the reports print them, in Paris time: {@code 5 Dec 2026, 14:30}, {@code 5 décembre 2026 à 14:30}. */
    public static DateTimeFormatter moments(Locale locale) {
        return DateTimeFormatter.ofPattern("en".equals(locale.getLanguage()) ? "d MMM uuuu, HH:mm"
                : "d MMMM uuuu 'à' HH:mm", locale).withZone(ZONE);
    }
    private static final String BUNDLE = "org.levier.reports.i18n.reports";
    private static final Map<ReportType, JasperReport> TEMPLATES = new ConcurrentHashMap<>();
    /** The PDF/A conformance of every report. */
    public static final PdfaConformanceEnum PDFA = PdfaConformanceEnum.PDFA_1A;
    /** The PDF/A conformance of a large (virtualized) report: not tagged, hence level B. */
    public static final PdfaConformanceEnum PDFA_LARGE = PdfaConformanceEnum.PDFA_1B;
    /** Pages of a virtualized fill kept in memory; the others are swapped to disk. */
    static final int VIRTUALIZER_PAGES = 50;
    private static final int SWAP_BLOCK = 4096;
    private static final int SWAP_GROWTH = 256;
    private static volatile Path iccProfile;

    /** The report texts in French or English (French for anything else). */
    public static ResourceBundle bundle(Locale locale) {
        Locale language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        return ResourceBundle.getBundle(BUNDLE, language, ReportRenderer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A PDF of the report: the shared header from {@code header}, its own parameters, one detail row per bean. */
    public byte[] pdf(ReportType type, Locale locale, ReportHeader header, Map<String, ?> parameters,
                      Collection<?> rows) {
        if (java.util.Arrays.stream(template(type).getParameters()).noneMatch(p -> TOC_PAGES.equals(p.getName()))) {
            return pdf(type, locale, header, parameters, new JRBeanCollectionDataSource(rows), false);
        }
        // A contents page with page numbers: a first fill tells where each section starts (its heading's anchor,
        // "toc_<section>"), the second prints those pages (the contents' layout does not depend on them).
        Map<String, Object> values = new HashMap<>(parameters);
        values.put(TOC_PAGES, contentsPages(fill(type, locale, header, new HashMap<>(values), rows)));
        return export(type, locale, header, fill(type, locale, header, values, rows), true);
    }

    /** The parameter of a template with a contents page: section (anchor name without "toc_") → page number. */
    static final String TOC_PAGES = "TOC_PAGES";
    private static final String TOC_ANCHOR = "toc_";

    /** Section → the 1-based page of its heading, from the anchors {@code toc_<section>} of a filled report. */
    static Map<String, Integer> contentsPages(JasperPrint print) {
        Map<String, Integer> pages = new HashMap<>();
        print.getAnchorIndexes().forEach((anchor, index) -> {
            if (anchor != null && anchor.startsWith(TOC_ANCHOR)) { // (elements without an anchor: null)
                pages.put(anchor.substring(TOC_ANCHOR.length()), index.getPageIndex() + 1);
            }
        });
        return pages;
    }

    /**
     * A PDF of the report whose rows {@code rows} streams; {@code virtualized} for a large report: filled pages are
     * swapped to a temporary file (bounded memory), deleted when the PDF is written.
     */
    public byte[] pdf(ReportType type, Locale locale, ReportHeader header, Map<String, ?> parameters,
                      JRDataSource rows, boolean virtualized) {
        JRSwapFileVirtualizer virtualizer = virtualized ? virtualizer() : null;
        try {
            Map<String, Object> values = new HashMap<>(parameters);
            if (virtualizer != null) {
                values.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            }
            JasperPrint print = fill(type, locale, header, values, rows);
            if (virtualizer != null) {
                virtualizer.setReadOnly(true);
            }
            return export(type, locale, header, print, virtualizer == null);
        } finally {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
        }
    }

    private static JRSwapFileVirtualizer virtualizer() {
        JRSwapFile swap = new JRSwapFile(System.getProperty("java.io.tmpdir"), SWAP_BLOCK, SWAP_GROWTH);
        return new JRSwapFileVirtualizer(VIRTUALIZER_PAGES, swap, true);
    }

    private static byte[] export(ReportType type, Locale locale, ReportHeader header, JasperPrint print,
                                 boolean tagged) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(pdfConfiguration(print.getName(), header, locale, tagged));
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("report " + type.apiName() + " could not be exported to PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * PDF/A-1a (tagged: {@link #PDFA}), or PDF/A-1b when not {@code tagged} (the large, virtualized reports: the
     * exporter keeps a PDF's whole structure tree in memory until its end, one element per cell of every row): PDF 1.4,
     * XMP metadata, sRGB output intent, content streams compressed (OpenPDF's default) but no full compression: it
     * writes object and cross-reference streams, which PDF/A-1 forbids (clause 6.1.4).
     */
    static SimplePdfExporterConfiguration pdfConfiguration(String title, ReportHeader header, Locale locale,
                                                           boolean tagged) {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataAuthor(header.generatedBy());
        configuration.setMetadataCreator("Levier");
        configuration.setMetadataSubject(header.programmeCode());
        configuration.setDisplayMetadataTitle(true);
        configuration.setCompressed(false);
        configuration.setPdfVersion(PdfVersionEnum.VERSION_1_4);
        configuration.setPdfaConformance(tagged ? PDFA : PDFA_LARGE);
        configuration.setTagged(tagged);
        if (tagged) {
            configuration.setTagLanguage(bundle(locale).getLocale().getLanguage());
        }
        configuration.setIccProfilePath(iccProfile().toString());
        configuration.setEmbedIccProfile(true);
        return configuration;
    }

    /** The JDK's sRGB ICC profile, written once to a temporary file (the PDF exporter reads a profile by path). */
    static Path iccProfile() {
        Path profile = iccProfile;
        if (profile == null) {
            synchronized (ReportRenderer.class) {
                profile = iccProfile;
                if (profile == null) {
                    try {
                        profile = Files.createTempFile("levier-srgb-", ".icc");
                        Files.write(profile, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
                        profile.toFile().deleteOnExit();
                    } catch (IOException e) {
                        throw new UncheckedIOException("the sRGB ICC profile cannot be written", e);
                    }
                    iccProfile = profile;
                }
            }
        }
        return profile;
    }

    private JasperPrint fill(ReportType type, Locale locale, ReportHeader header, Map<String, ?> parameters,
                             Collection<?> rows) {
        return fill(type, locale, header, parameters, new JRBeanCollectionDataSource(rows));
    }

    private JasperPrint fill(ReportType type, Locale locale, ReportHeader header, Map<String, ?> parameters,
                             JRDataSource rows) {
        ResourceBundle texts = bundle(locale);
        Map<String, Object> values = new HashMap<>(parameters); // Jasper adds its own entries: must be mutable
        values.put(JRParameter.REPORT_LOCALE, texts.getLocale());
        values.put(JRParameter.REPORT_RESOURCE_BUNDLE, texts);
        values.put(JRParameter.REPORT_TIME_ZONE, java.util.TimeZone.getTimeZone(ZONE));
        values.put("HEADER_PROGRAMME", texts.getString("header.programme") + " " + header.programmeCode()
                + (header.programmeName() == null ? "" : " — " + header.programmeName()));
        values.put("HEADER_PERIOD", period(texts, header));
        values.put("HEADER_GENERATED", java.text.MessageFormat.format(texts.getString("header.generated"),
                moments(texts.getLocale()).format(header.generatedAt()),
                header.generatedBy()));
        try {
            return JasperFillManager.getInstance(net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance())
                    .fill(template(type), values, rows);
        } catch (JRException e) {
            throw new IllegalStateException("report " + type.apiName() + " could not be filled", e);
        }
    }

    private static String period(ResourceBundle texts, ReportHeader header) {
        DateTimeFormatter date = dates(texts.getLocale());
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

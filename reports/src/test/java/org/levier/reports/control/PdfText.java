package org.levier.reports.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF, whitespace (including narrow no-break spaces) collapsed to single spaces. */
final class PdfText {

    final String text;
    final int pages;

    private PdfText(String text, int pages) {
        this.text = text;
        this.pages = pages;
    }

    static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String raw = new PDFTextStripper().getText(document);
            return new PdfText(raw.replaceAll("[\\s\\u00A0\\u202F]+", " "), document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

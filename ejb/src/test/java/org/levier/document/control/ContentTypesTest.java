package org.levier.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

    @Test
    void recognisesPdfPngAndJpegByTheirMagicNumbers() {
        assertThat(ContentTypes.detect("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)))
                .hasValue(ContentTypes.PDF);
        assertThat(ContentTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}))
                .hasValue(ContentTypes.PNG);
        assertThat(ContentTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}))
                .hasValue(ContentTypes.JPEG);
    }

    @Test
    void refusesExecutablesWhateverTheyAreCalled() {
        assertThat(ContentTypes.detect(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0})).isEmpty();
        assertThat(ContentTypes.detect(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0})).isEmpty();
        assertThat(ContentTypes.detect("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ContentTypes.detect(new byte[0])).isEmpty();
    }

    @Test
    void recognisesOpenDocumentByItsStoredMimetypeEntry() throws IOException {
        byte[] odt = zip("application/vnd.oasis.opendocument.text", "content.xml", "META-INF/manifest.xml");
        assertThat(ContentTypes.detect(odt)).hasValue("application/vnd.oasis.opendocument.text");
        byte[] ods = zip("application/vnd.oasis.opendocument.spreadsheet", "content.xml");
        assertThat(ContentTypes.detect(ods)).hasValue("application/vnd.oasis.opendocument.spreadsheet");
    }

    @Test
    void recognisesOfficeOpenXmlByItsParts() throws IOException {
        assertThat(ContentTypes.detect(zip(null, "[Content_Types].xml", "_rels/.rels", "word/document.xml")))
                .hasValue(ContentTypes.DOCX);
        assertThat(ContentTypes.detect(zip(null, "[Content_Types].xml", "xl/workbook.xml")))
                .hasValue(ContentTypes.XLSX);
        assertThat(ContentTypes.detect(zip(null, "[Content_Types].xml", "ppt/presentation.xml")))
                .hasValue(ContentTypes.PPTX);
    }

    @Test
    void refusesOtherZipArchivesIncludingJars() throws IOException {
        assertThat(ContentTypes.detect(zip(null, "META-INF/MANIFEST.MF", "Evil.class"))).isEmpty();
        assertThat(ContentTypes.detect(zip(null, "word/document.xml"))).isEmpty();
        assertThat(ContentTypes.detect(zip("application/x-msdownload", "content.xml"))).isEmpty();
    }

    @Test
    void recognisesConsistentUtf8CsvWithCommaSemicolonOrTab() {
        assertThat(ContentTypes.detect("poste;montant\nÉquipement;60000,00\nPersonnel;40000,00\n"
                .getBytes(StandardCharsets.UTF_8))).hasValue(ContentTypes.CSV);
        assertThat(ContentTypes.detect("a,b,c\r\n1,\"x, y\",3\r\n".getBytes(StandardCharsets.UTF_8)))
                .hasValue(ContentTypes.CSV);
        assertThat(ContentTypes.detect("a\tb\n1\t2".getBytes(StandardCharsets.UTF_8))).hasValue(ContentTypes.CSV);
    }

    @Test
    void refusesTextThatIsNotConsistentCsv() {
        assertThat(ContentTypes.detect("a,b,c\n1,2\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ContentTypes.detect("just some prose\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ContentTypes.detect("a,b\n1,\u0000\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ContentTypes.detect(new byte[] {'a', ',', 'b', '\n', (byte) 0xC3, '(', ',', '1'})).isEmpty();
        assertThat(ContentTypes.detect("a,b\n\"unterminated,1\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    /** A ZIP archive: {@code mimetype} first and stored when given (as OpenDocument requires), then empty entries. */
    private static byte[] zip(String mimetype, String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (mimetype != null) {
                byte[] content = mimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}

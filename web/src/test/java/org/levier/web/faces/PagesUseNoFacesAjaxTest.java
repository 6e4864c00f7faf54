package org.levier.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages run in PrimeFaces' CSP mode, whose nonce Faces' own {@code f:ajax} requests do not carry: PrimeFaces refuses
 * them (500 "CSP nonce mismatch"). Every page uses {@code p:ajax} instead.
 */
class PagesUseNoFacesAjaxTest {

    @Test
    void noPageUsesFacesAjax() throws IOException {
        Path webapp = Path.of("src/main/webapp");
        assertThat(webapp).isDirectory();
        try (Stream<Path> files = Files.walk(webapp)) {
            List<Path> pages = files.filter(f -> f.toString().endsWith(".xhtml")).toList();
            assertThat(pages).hasSizeGreaterThan(20);
            for (Path page : pages) {
                assertThat(Files.readString(page)).as(page.toString()).doesNotContain("<f:ajax");
            }
        }
    }
}

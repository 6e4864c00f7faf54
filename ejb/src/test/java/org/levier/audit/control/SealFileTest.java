package org.levier.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealFileTest {

    private static final String HASH = "ab".repeat(32);

    @TempDir
    Path dir;

    private SealFile seals(String key) {
        SealFile seals = new SealFile();
        seals.key = Optional.ofNullable(key);
        seals.dir = dir.toString();
        return seals;
    }

    @Test
    void aSealReadsBackAuthenticUnderItsKeyAndNotUnderAnother() {
        SealFile seals = seals("k".repeat(40));
        Instant at = Instant.parse("2026-12-05T12:00:00.123456Z");
        seals.append(41, HASH, at);

        List<SealFile.Seal> read = seals.read();

        assertThat(read).singleElement().satisfies(seal -> {
            assertThat(seal.seq()).isEqualTo(41);
            assertThat(seal.hash()).isEqualTo(HASH);
            assertThat(seal.sealedAt()).isEqualTo(at);
            assertThat(seal.authentic()).isTrue();
        });
        assertThat(seals("other-key-".repeat(4)).read()).singleElement()
                .satisfies(seal -> assertThat(seal.authentic()).isFalse());
    }

    @Test
    void anEditedSealIsNoLongerAuthenticAndTheKeyIsNeverWritten() throws IOException {
        String key = "secret-".repeat(6);
        SealFile seals = seals(key);
        seals.append(7, HASH, Instant.parse("2026-12-05T12:00:00Z"));
        String line = Files.readString(seals.file(), StandardCharsets.UTF_8);
        assertThat(line).doesNotContain(key);

        Files.writeString(seals.file(), line.replace("\"seq\":7,", "\"seq\":8,"), StandardCharsets.UTF_8);

        assertThat(seals.read()).singleElement().satisfies(seal -> {
            assertThat(seal.seq()).isEqualTo(8);
            assertThat(seal.authentic()).isFalse();
        });
    }

    @Test
    void withoutAKeyOrWithAShortOneSealingIsOff() {
        assertThat(seals(null).enabled()).isFalse();
        assertThat(seals("short").enabled()).isFalse();
        assertThat(seals("x".repeat(32)).enabled()).isTrue();
    }
}

package org.levier.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code Documents.listOnAgenda} and {@code downloadOnAgenda} open a dossier's documents to any committee member:
 * their precondition (the member sits on a session whose agenda holds the dossier and is not recused) is checked by
 * the committee's {@code AgendaDossiers}, so no other main class of the application may call them.
 */
class DocumentsOnAgendaTest {

    private static final Pattern CALL = Pattern.compile("\\.(listOnAgenda|downloadOnAgenda)\\(");
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../web/src/main/java"),
            Path.of("../reports/src/main/java"));

    @Test
    void onlyTheCommitteesAgendaBoundaryCallsTheMembersDocumentReads() {
        assertThat(callers()).containsExactly("AgendaDossiers.java");
    }

    private static List<String> callers() {
        return SOURCES.stream().filter(Files::isDirectory).flatMap(DocumentsOnAgendaTest::javaFiles)
                .filter(file -> CALL.matcher(read(file)).find())
                .map(file -> file.getFileName().toString()).sorted().toList();
    }

    private static Stream<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

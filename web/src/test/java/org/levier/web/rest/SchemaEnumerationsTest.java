package org.levier.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/**
 * {@code /openapi} lists the values of an enum member itself ({@code @Schema(enumeration = …)}: the scanner does not
 * read the domain's enums), so the list must stay the one {@link OneOf} checks: every body member with both says the
 * same constants in the same order.
 */
class SchemaEnumerationsTest {

    @Test
    void everyDescribedEnumerationIsTheCheckedEnum() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(OneOf.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> checked = new ArrayList<>();
        for (Class<?> type : restClasses(classes)) {
            for (Field field : type.getDeclaredFields()) {
                Schema schema = field.getAnnotation(Schema.class);
                OneOf oneOf = field.getAnnotation(OneOf.class);
                if (schema == null || schema.enumeration().length == 0 || oneOf == null) {
                    continue;
                }
                List<String> constants = Arrays.stream(oneOf.value().getEnumConstants()).map(Enum::name).toList();
                assertThat(schema.enumeration()).as(type.getName() + "." + field.getName()
                        + ": @Schema(enumeration) against " + oneOf.value().getName())
                        .containsExactlyElementsOf(constants);
                checked.add(type.getSimpleName() + "." + field.getName());
            }
        }
        assertThat(checked).as("enum members described").contains("VoteBody.choice", "TrancheBody.instrument");
    }

    private static List<Class<?>> restClasses(Path root) throws IOException, ClassNotFoundException {
        Path rest = root.resolve("org/levier/web/rest");
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.list(rest)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", "");
                types.add(Class.forName(name, false, SchemaEnumerationsTest.class.getClassLoader()));
            }
        }
        return types;
    }
}

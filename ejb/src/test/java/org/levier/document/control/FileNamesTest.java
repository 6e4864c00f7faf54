package org.levier.document.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.levier.shared.control.RuleViolation;

class FileNamesTest {

    @Test
    void keepsAnOrdinaryNameTrimmedAndInNfc() {
        assertThat(FileNames.sanitise("  Plan d'affaires 2026 (v2).pdf ")).isEqualTo("Plan d'affaires 2026 (v2).pdf");
        assertThat(FileNames.sanitise("re\u0301sume\u0301.pdf")).isEqualTo("r\u00e9sum\u00e9.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..", "a/b.pdf", "C:\\Users\\x\\b.pdf", "plan\u0000.pdf",
            "line\nbreak.pdf", "tab\t.pdf", "invoice\u202Efdp.exe", "", "   "})
    void refusesPathsHiddenCharactersAndEmptyNames(String name) {
        assertThatThrownBy(() -> FileNames.sanitise(name))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("document.file-name");
                    assertThat(e.violations()).extracting(RuleViolation.Violation::field).containsExactly("file");
                });
    }

    @Test
    void refusesMoreThan255Characters() {
        assertThat(FileNames.sanitise("é".repeat(251) + ".pdf")).hasSize(255);
        assertThatThrownBy(() -> FileNames.sanitise("a".repeat(252) + ".pdf")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> FileNames.sanitise(null)).isInstanceOf(RuleViolation.class);
    }
}

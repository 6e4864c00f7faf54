package org.levier.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.levier.identity.control.PasswordPolicy.Weakness;

class PasswordPolicyTest {

    private static final String EMAIL = "Claire.Martin@hydrogene-littoral.fr";
    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(policy.weaknesses("Grue-bleue sur le quai 7", EMAIL)).isEmpty();
        assertThat(policy.isAcceptable("Tr0mpette&Mouette", EMAIL)).isTrue();
    }

    @Test
    void elevenCharactersAreTooShortTwelveAreEnough() {
        assertThat(policy.weaknesses("Gx7#kq2Lm9v", EMAIL)).containsExactly(Weakness.TOO_SHORT);
        assertThat(policy.weaknesses("Gx7#kq2Lm9vZ", EMAIL)).isEmpty();
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // 11 emoji are 22 UTF-16 units but 11 characters.
        assertThat(policy.weaknesses("🐟".repeat(11), EMAIL)).contains(Weakness.TOO_SHORT);
    }

    @Test
    void missingAndHugePasswordsAreRefused() {
        assertThat(policy.weaknesses(null, EMAIL)).containsExactly(Weakness.REQUIRED);
        assertThat(policy.weaknesses("", EMAIL)).containsExactly(Weakness.REQUIRED);
        assertThat(policy.weaknesses("x".repeat(PasswordPolicy.MAX_LENGTH + 1), EMAIL)).contains(Weakness.TOO_LONG);
    }

    @Test
    void containingTheAddressOrItsLocalPartIsRefusedWhateverTheCase() {
        assertThat(policy.weaknesses("claire.martin@hydrogene-littoral.fr!", EMAIL))
                .containsExactly(Weakness.CONTAINS_EMAIL);
        assertThat(policy.weaknesses("XX-CLAIRE.MARTIN-2026", EMAIL)).containsExactly(Weakness.CONTAINS_EMAIL);
    }

    @Test
    void aVeryShortLocalPartDoesNotRefuseEveryPasswordContainingIt() {
        assertThat(policy.weaknesses("Grue-bleue sur le quai 7", "ue@example.fr")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password123456", "Password123456", "azertyuiop123", "qwertyuiop12", "123456789012",
            "motdepasse2026", "MotDePasse!!!!2026", "Dunkerque59140", "000000000000", "aaaaaaaaaaaa",
            "abababababab", "Soleil123456789", "1q2w3e4r5t6y"})
    void commonPasswordsAreRefusedAlsoWithDigitsOrSymbolsAround(String common) {
        assertThat(policy.weaknesses(common, EMAIL)).containsExactly(Weakness.COMMON);
    }

    @Test
    void everyWeaknessIsReportedAtOnce() {
        assertThat(policy.weaknesses("claire1", "claire@x.fr"))
                .containsExactlyInAnyOrder(Weakness.TOO_SHORT, Weakness.CONTAINS_EMAIL);
        assertThat(policy.weaknesses("password", EMAIL)).containsExactlyInAnyOrder(Weakness.TOO_SHORT, Weakness.COMMON);
    }
}

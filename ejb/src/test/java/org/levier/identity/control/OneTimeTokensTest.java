package org.levier.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimeTokensTest {

    @Test
    void aTokenIs32RandomBytesInUnpaddedBase64Url() {
        String token = OneTimeTokens.newToken();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(OneTimeTokens.newToken())).isTrue();
        }
    }

    @Test
    void theStoredFormIsTheSha256InHexNotTheToken() {
        String token = OneTimeTokens.newToken();
        String hash = OneTimeTokens.hash(token);

        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").doesNotContain(token);
        assertThat(OneTimeTokens.hash(token)).isEqualTo(hash);
        assertThat(OneTimeTokens.hash(" " + token + "\n")).as("blanks pasted around are ignored").isEqualTo(hash);
        assertThat(OneTimeTokens.hash(OneTimeTokens.newToken())).isNotEqualTo(hash);
        // Known vector: SHA-256("abc").
        assertThat(OneTimeTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void implausibleValuesAreNotLookedUp() {
        assertThat(OneTimeTokens.isPlausible(null)).isFalse();
        assertThat(OneTimeTokens.isPlausible("  ")).isFalse();
        assertThat(OneTimeTokens.isPlausible("x".repeat(101))).isFalse();
        assertThat(OneTimeTokens.isPlausible(OneTimeTokens.newToken())).isTrue();
    }
}

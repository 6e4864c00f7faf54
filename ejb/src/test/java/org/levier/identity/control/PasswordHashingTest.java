package org.levier.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private final PasswordHashing hashing = new PasswordHashing();

    @Test
    void roundTripsAndRefusesAWrongPassword() {
        String stored = hashing.hash("Demo-Password-2026!".toCharArray());
        assertThat(stored).startsWith("PBKDF2WithHmacSHA256:210000:").doesNotContain("Demo-Password");
        assertThat(hashing.verify("Demo-Password-2026!".toCharArray(), stored)).isTrue();
        assertThat(hashing.verify("Demo-Password-2026?".toCharArray(), stored)).isFalse();
        assertThat(hashing.needsRehash(stored)).isFalse();
    }

    @Test
    void saltsEachHash() {
        assertThat(hashing.hash("same".toCharArray())).isNotEqualTo(hashing.hash("same".toCharArray()));
    }

    @Test
    void verifiesWithTheStoredIterationsAndAsksForARehashWhenTheyAreFewer() {
        String weak = new PasswordHashing(1000).hash("secret".toCharArray());
        assertThat(hashing.verify("secret".toCharArray(), weak)).isTrue();
        assertThat(hashing.needsRehash(weak)).isTrue();
    }

    @Test
    void refusesMalformedHashes() {
        assertThat(hashing.verify("x".toCharArray(), null)).isFalse();
        assertThat(hashing.verify("x".toCharArray(), "plain")).isFalse();
        assertThat(hashing.verify("x".toCharArray(), "PBKDF2WithHmacSHA256:10:@@:@@")).isFalse();
    }

    @Test
    void digestsTokensAsHex() {
        assertThat(PasswordHashing.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}

package org.levier.web.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"/app/dossier-edit.xhtml?id=12&step=2", "/app/programme.xhtml",
            "/app/staff/dossiers.xhtml?q=caf%C3%A9&page=2", "/app/dossier-edit.xhtml?id=12&step=2&resumed=true"})
    void aPageOfTheApplicationIsFollowedAsItIs(String page) {
        assertThat(ReturnAddress.accept(page)).contains(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "//evil.example/app/x", "https://evil.example/app/x",
            "http://evil.example", "/\\evil.example", "/app/\\evil", "\\\\evil.example",
            "/app/x?u=https://evil.example", "https:evil.example", "javascript:alert(1)", "evil.example/app/x",
            // percent-encoded once, twice, mixed case
            "%2F%2Fevil.example", "/%2F%2Fevil.example", "/%2f%2fevil.example", "/%5Cevil.example",
            "/app/%2F%2Fevil", "/app/%5Cevil", "/%252F%252Fevil.example", "/app/%252F/evil", "/app/%25252F%25252Fevil",
            // whitespace and control characters that browsers drop
            "/\t/evil.example", "/\n/evil.example", "/app/x\r\nSet-Cookie:a=b", "/app/%09/evil", "/app/%0d%0ax",
            " /app/x", "/app/\u200b/x",
            // dot segments, the login page itself, other parts of the site, fragments
            "/app/../login.xhtml", "/app/%2E%2E/api/v1/x", "/login.xhtml", "/login.xhtml?next=/app/x",
            "/api/v1/dossiers", "/index.xhtml", "/app/x#//evil", "/app/%", "/app/%zz", ""})
    void anythingElseIsRefused(String address) {
        assertThat(ReturnAddress.accept(address)).as(address).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nullAndOverlongAreRefused() {
        assertThat(ReturnAddress.accept(null)).isEmpty();
        assertThat(ReturnAddress.accept("/app/x?q=" + "a".repeat(2100))).isEmpty();
    }
}

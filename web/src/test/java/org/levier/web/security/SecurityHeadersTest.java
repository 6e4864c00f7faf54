package org.levier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void thePolicyAllowsNeitherInlineScriptsNorEval() {
        String scripts = SecurityHeaders.CONTENT_SECURITY_POLICY
                .substring(SecurityHeaders.CONTENT_SECURITY_POLICY.indexOf("script-src"));

        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-eval");
        assertThat(scripts).isEqualTo("script-src 'self'");
        String page = SecurityHeaders.policy("script-src 'self' 'nonce-Zm9vYmFyLTEyMzQ1Ng=='");
        assertThat(page).doesNotContain("unsafe-eval");
        assertThat(page.substring(page.indexOf("script-src"))).doesNotContain("unsafe-inline");
    }

    @Test
    void primeFacesNonceJoinsTheWholePolicy() {
        String announced = "script-src 'self' 'nonce-Zm9vYmFyLTEyMzQ1Ng=='";

        assertThat(SecurityHeaders.announcesNonce("Content-Security-Policy", announced)).isTrue();
        assertThat(SecurityHeaders.policy(announced))
                .startsWith("default-src 'self'; frame-ancestors 'none'")
                .endsWith("script-src 'self' 'nonce-Zm9vYmFyLTEyMzQ1Ng=='");
    }

    @Test
    void anotherPolicySuchAsADownloadsSandboxIsLeftAlone() {
        assertThat(SecurityHeaders.announcesNonce("Content-Security-Policy", "sandbox")).isFalse();
        assertThat(SecurityHeaders.announcesNonce("X-Other", "'nonce-Zm9vYmFyLTEyMzQ1Ng=='")).isFalse();
    }
}

package org.levier.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginPageTest {

    @Test
    void goesBackToAPageOfTheApplication() {
        assertThat(LoginPage.safeNext("/app/home.xhtml")).isEqualTo("/app/home.xhtml");
    }

    @Test
    void neverRedirectsToAnotherHost() {
        assertThat(LoginPage.safeNext("//evil.example/x")).isEqualTo(LoginPage.HOME);
        assertThat(LoginPage.safeNext("https://evil.example/")).isEqualTo(LoginPage.HOME);
        assertThat(LoginPage.safeNext("/\\evil.example")).isEqualTo(LoginPage.HOME);
        assertThat(LoginPage.safeNext("/x?u=http://evil.example")).isEqualTo(LoginPage.HOME);
    }

    @Test
    void withoutATargetOrBackToTheLoginPageGoesToTheProgramme() {
        assertThat(LoginPage.safeNext(null)).isEqualTo("/app/programme.xhtml");
        assertThat(LoginPage.safeNext("")).isEqualTo("/app/programme.xhtml");
        assertThat(LoginPage.safeNext("/login.xhtml")).isEqualTo("/app/programme.xhtml");
    }

    @Test
    void backAfterAnExpiredSessionThePageIsToldOnce() {
        assertThat(LoginPage.resumed("/app/dossier-edit.xhtml?id=3&step=2"))
                .isEqualTo("/app/dossier-edit.xhtml?id=3&step=2&resumed=true");
        assertThat(LoginPage.resumed("/app/dossiers.xhtml")).isEqualTo("/app/dossiers.xhtml?resumed=true");
        assertThat(LoginPage.resumed("/app/dossier-edit.xhtml?id=3&resumed=true&step=2"))
                .isEqualTo("/app/dossier-edit.xhtml?id=3&resumed=true&step=2");
    }

    @Test
    void encodedTricksAreRefusedToo() {
        assertThat(LoginPage.safeNext("/%2F%2Fevil.example")).isEqualTo(LoginPage.HOME);
        assertThat(LoginPage.safeNext("/app/%5Cevil.example")).isEqualTo(LoginPage.HOME);
        assertThat(LoginPage.safeNext("/app/%252F%252Fevil.example")).isEqualTo(LoginPage.HOME);
    }
}

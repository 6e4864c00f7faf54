package org.levier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every spelling of a page the container dispatches to the same view is guarded as that view. */
class PublicPathsTest {

    @Test
    void facesPrefixDuplicatedSlashesDotSegmentsAndPathParametersLeadToTheViewItself() {
        assertThat(PublicPaths.dispatched("/faces/app/staff/dossiers.xhtml")).isEqualTo("/app/staff/dossiers.xhtml");
        assertThat(PublicPaths.dispatched("//app//staff/dossiers.xhtml")).isEqualTo("/app/staff/dossiers.xhtml");
        assertThat(PublicPaths.dispatched("/x/../app/./home.xhtml")).isEqualTo("/app/home.xhtml");
        assertThat(PublicPaths.dispatched("/app/home.xhtml;jsessionid=1")).isEqualTo("/app/home.xhtml");
        assertThat(PublicPaths.dispatched("/faces/faces/app/home.xhtml")).isEqualTo("/app/home.xhtml");
        assertThat(PublicPaths.dispatched("/faces")).isEqualTo("/");
        assertThat(PublicPaths.dispatched("/api/v1/health/")).isEqualTo("/api/v1/health/");
    }

    @Test
    void onlyPagesUnderAppAreProtected() {
        for (String path : new String[] {"/faces/app/staff/dossiers.xhtml", "//app/staff/dossiers.xhtml",
                "/app", "/app/", "/faces/app"}) {
            assertThat(PublicPaths.isProtectedPage(PublicPaths.dispatched(path))).as(path).isTrue();
        }
        for (String path : new String[] {"/login.xhtml", "/faces/login.xhtml", "/application.xhtml", "/"}) {
            assertThat(PublicPaths.isProtectedPage(PublicPaths.dispatched(path))).as(path).isFalse();
        }
    }
}

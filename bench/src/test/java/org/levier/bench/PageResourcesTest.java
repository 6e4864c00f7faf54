package org.levier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@link PageWeight} counts as a page's downloads, and the fields it posts to sign in. */
class PageResourcesTest {

    @Test
    void aPageDownloadsItsScriptsStyleSheetsIconsAndImagesNotItsLinks() {
        String html = """
                <html><head>
                <link type="text/css" rel="stylesheet"
                      href="/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga&amp;v=15"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml">
                <link rel="alternate" hreflang="en" href="/login.xhtml?lang=en">
                <script src='/jakarta.faces.resource/jquery/jquery.js.xhtml?ln=primefaces'></script>
                <script>var inline = "<script src=x>";</script>
                <!-- <script src="/commented-out.js"></script> -->
                </head><body>
                <a href="/register.xhtml">Register</a>
                <img alt="" src=/resources/img/logo.png>
                <img src="data:image/png;base64,AAAA">
                <input type="image" src="/go.png"><input type="text" src="/not-an-image.png">
                <script src="/jakarta.faces.resource/jquery/jquery.js.xhtml?ln=primefaces"></script>
                </body></html>
                """;
        assertThat(PageResources.ofHtml(html)).containsExactly(
                "/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga&v=15",
                "/favicon.svg",
                "/jakarta.faces.resource/jquery/jquery.js.xhtml?ln=primefaces",
                "/resources/img/logo.png",
                "/go.png");
    }

    @Test
    void aStyleSheetDownloadsOneFontPerFaceAndItsImportsItsImagesApart() {
        String css = """
                /* url(commented.png) */
                @import "base.css";
                @font-face { font-family: Inter; src: url("fonts/inter.woff") format("woff"),
                             url('fonts/inter.woff2') format("woff2"); }
                @font-face { font-family: Icons; src: url(icons.eot); }
                .logo { background: url( images/logo.png ) no-repeat; }
                .blank { background-image: url("data:image/gif;base64,R0lGOD"); }
                .again { background: url(images/logo.png); }
                """;
        PageResources.Css named = PageResources.ofCss(css);
        assertThat(named.fonts()).containsExactly("fonts/inter.woff2", "icons.eot", "base.css");
        assertThat(named.backgrounds()).containsExactly("images/logo.png");
    }

    @Test
    void theLoginFormPostsItsHiddenFieldsTheCredentialsAndItsButton() {
        String html = """
                <form id="language" action="/x"><input type="hidden" name="language" value="language"></form>
                <form id="login" name="login" method="post" action="/login.xhtml?next=%2Fapp">
                <input type="hidden" name="login" value="login">
                <input id="login:email" name="login:email" type="email" value="">
                <input id="login:password" name="login:password" type="password">
                <input type="hidden" name="jakarta.faces.ViewState" value="-123:456">
                <button id="login:submit" name="login:submit" type="submit"><span>Sign in</span></button>
                </form>
                """;
        assertThat(PageWeight.formFields(html, "login", "applicant1@levier.example", "s3cret")).isEqualTo(Map.of(
                "login", "login", "login:email", "applicant1@levier.example", "login:password", "s3cret",
                "jakarta.faces.ViewState", "-123:456", "login:submit", ""));
    }
}

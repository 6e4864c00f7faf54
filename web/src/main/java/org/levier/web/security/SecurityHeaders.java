package org.levier.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security headers on every response. Scripts come only from Levier itself, never through {@code eval}; answers
 * other than pages (API, files) allow no inline script at all. Faces pages run in PrimeFaces' CSP mode
 * ({@code primefaces.CSP} in web.xml): every script and event handler PrimeFaces renders (those of standard
 * components included, and the scripts of its ajax answers) carries the page's fresh nonce, announced in PrimeFaces'
 * own {@code Content-Security-Policy} header, which this filter turns into the page's whole policy: the policy below
 * with that nonce, and no {@code 'unsafe-inline'} scripts. Faces' own {@code f:ajax} is not used: its requests carry
 * no nonce (PrimeFaces refuses them); pages use {@code p:ajax}.
 * Inline <em>styles</em> stay allowed (components write {@code style} attributes, which a nonce cannot cover). No
 * page may be framed; API and back-office answers are never cached. When Levier is served over HTTPS
 * ({@code LEVIER_PUBLIC_URL} starting with {@code https://}), browsers are told to use nothing else (HSTS, one year)
 * — and the session cookie is {@code Secure} ({@link SessionCookies}).
 *
 * <p>The filter also sees forwards and error dispatches: an error page (403, 404) is a Faces page too, rendered after
 * the request's own pass through the filters, and its nonce must turn into the page policy as well (otherwise the
 * browser would hold both the strict policy and PrimeFaces' bare one, and refuse the error page's scripts).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; img-src 'self' data:; font-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'";
    static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{8,200})'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (announcesNonce(name, value)) {
                    pagePolicies(value);
                } else {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setHeader(String name, String value) {
                if (announcesNonce(name, value)) {
                    pagePolicies(value);
                } else {
                    super.setHeader(name, value);
                }
            }

            private void pagePolicies(String announced) {
                super.setHeader(CSP, policy(announced));
            }
        });
    }

    /** PrimeFaces' header of a page's nonce (any other policy, e.g. a download's {@code sandbox}, is kept). */
    static boolean announcesNonce(String name, String value) {
        return CSP.equalsIgnoreCase(name) && value != null && NONCE.matcher(value).find();
    }

    /** Levier's policy, with the nonce of the page when PrimeFaces announced one in {@code announced}. */
    static String policy(String announced) {
        Matcher nonce = announced == null ? null : NONCE.matcher(announced);
        return nonce != null && nonce.find() ? CONTENT_SECURITY_POLICY + " 'nonce-" + nonce.group(1) + "'"
                : CONTENT_SECURITY_POLICY;
    }

    /** Also called by the authentication mechanism for the answers it sends itself (before any filter runs). */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CSP, CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (servedOverHttps()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        String path = PublicPaths.of(request);
        if (PublicPaths.isApi(path) || PublicPaths.isProtectedPage(path)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }

    /** Whether the public address of Levier ({@code levier.public-url}, LEVIER_PUBLIC_URL) is an HTTPS one. */
    static boolean servedOverHttps() {
        return ConfigProvider.getConfig().getOptionalValue("levier.public-url", String.class)
                .map(url -> url.strip().toLowerCase(Locale.ROOT).startsWith("https://")).orElse(false);
    }
}

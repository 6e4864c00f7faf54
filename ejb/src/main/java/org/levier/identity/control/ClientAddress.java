package org.levier.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client of the current HTTP request, as abuse limits count it: the peer's address, or — only
 * when the peer is a configured trusted proxy ({@code levier.limits.trusted-proxies}, comma-separated addresses;
 * none by default; {@code *} trusts every peer, for tests only) — the last address of its {@code X-Forwarded-For}:
 * the one the proxy itself appended, of every header line (HAProxy's {@code option forwardfor} adds a line of its
 * own after any the client sent, which a client can thus never pass off as its address).
 * Outside a request: {@code local}.
 */
@Dependent
public class ClientAddress {

    public static final String LOCAL = "local";
    private static final int MAX_LENGTH = 64;

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    @ConfigProperty(name = "levier.limits.trusted-proxies")
    Optional<String> trustedProxies;

    public String current() {
        try {
            return of(request.get());
        } catch (RuntimeException e) {
            return LOCAL;
        }
    }

    public String of(HttpServletRequest http) {
        String peer = http.getRemoteAddr();
        if (peer == null) {
            return LOCAL;
        }
        Set<String> trusted = trustedProxies.map(list -> Arrays.stream(list.split(","))
                .map(ClientAddress::canonical).filter(s -> !s.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
        String forwarded = null;
        java.util.Enumeration<String> lines = http.getHeaders("X-Forwarded-For");
        while (lines != null && lines.hasMoreElements()) {
            forwarded = lines.nextElement();
        }
        boolean proxied = trusted.contains("*") || trusted.contains(canonical(peer));
        if (proxied && forwarded != null && !forwarded.isBlank()) {
            String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
            if (!last.isEmpty() && last.length() <= MAX_LENGTH && last.matches("[0-9A-Fa-f.:]+")) {
                return last;
            }
        }
        return peer;
    }

    /** One spelling per address literal ({@code ::1}, {@code [0:0:0:0:0:0:0:1]}...); never a name lookup. */
    static String canonical(String address) {
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (!literal.matches("[0-9A-Fa-f.:]{2,64}")) {
            return literal;
        }
        try {
            return java.net.InetAddress.ofLiteral(literal).getHostAddress();
        } catch (IllegalArgumentException e) {
            return literal;
        }
    }
}

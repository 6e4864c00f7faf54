package org.levier.bench.baseline.secured;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The second baseline's only difference from the first: a Jakarta Security authentication mechanism that lets every
 * request through unauthenticated. Its presence alone has Payara run Jakarta Security's bridge (Soteria's JASPIC
 * module, the container's authenticator, the JACC checks of the URL) around every request, as for every request
 * of the application, {@code /api/v1/health} included: the difference between the two baselines is the fixed price
 * of that machinery, which no endpoint of the application can avoid. Packaged only in
 * {@code bench-baseline-secured.war} (deployed at {@code /bench-secured}), never in the bare one.
 */
@ApplicationScoped
public class PassThrough implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        return context.doNothing();
    }
}

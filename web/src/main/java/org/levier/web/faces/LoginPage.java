package org.levier.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.ResourceBundle;
import org.levier.applicant.boundary.Registrations;
import org.levier.identity.boundary.SignInOutcome;
import org.levier.shared.entity.Role;
import org.levier.web.core.ReturnAddress;

/**
 * The sign-in form: hands the e-mail and password to the application's authentication mechanism. A refusal says
 * nothing about which of the two was wrong, nor whether the account is locked; the one exception is the owner of an
 * account whose address is not confirmed yet (the right password given): told so, and sent a new link at once.
 */
@Named
@RequestScoped
public class LoginPage {

    static final String HOME = "/app/programme.xhtml";
    static final String APPLICANT_HOME = "/app/dossiers.xhtml";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    @Inject
    SignInOutcome outcome;

    @Inject
    Registrations registrations;

    @NotBlank
    private String email;

    @NotBlank
    private String password;

    /** Where to go after signing in (a page of this application, see {@link ReturnAddress}). */
    private String next;

    /** Sent here because the session had expired ({@code ?expired=true}): the page says so. */
    private boolean expired;

    public void signIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email.trim(), new Password(password))));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete(); // the mechanism redirects (to the saved page)
            case SUCCESS -> external.redirect(external.getRequestContextPath() + ReturnAddress.accept(next)
                    .map(page -> expired ? resumed(page) : page).orElseGet(() -> home(request)));
            case SEND_FAILURE, NOT_DONE -> refuse();
        }
    }

    private void refuse() {
        ResourceBundle bundle = facesContext.getApplication().getResourceBundle(facesContext, "msg");
        String key = "login.failed";
        if (outcome.isUnconfirmed()) {
            registrations.resendConfirmation(email.trim());
            key = "login.unconfirmed";
        }
        facesContext.addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle.getString(key), null));
        facesContext.validationFailed();
    }

    /** Where a sign-in lands: an applicant's home is its dossiers; everyone else's the programme. */
    static String home(HttpServletRequest request) {
        return request.isUserInRole(Role.APPLICANT_NAME) ? APPLICANT_HOME : HOME;
    }

    /** Only a page of this application: never another host (no open redirect, see {@link ReturnAddress}). */
    static String safeNext(String next) {
        return ReturnAddress.accept(next).orElse(HOME);
    }

    /** Back after an expired session: the page is told ({@code resumed=true}; the dossier form says what was kept). */
    static String resumed(String page) {
        if (page.matches(".*[?&]resumed=true(&.*)?")) {
            return page;
        }
        return page + (page.indexOf('?') < 0 ? '?' : '&') + "resumed=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }
}

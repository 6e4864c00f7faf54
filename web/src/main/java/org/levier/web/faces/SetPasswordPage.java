package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.levier.identity.boundary.StaffAccounts;

/**
 * The link of a staff invitation ({@code /set-password.xhtml?token=}): the invited person chooses a password
 * (registration's policy), typed twice, then signs in.
 */
@Named
@ViewScoped
public class SetPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffAccounts staff;

    private String token;
    private String password;
    private String repeated;
    private boolean done;

    public void choose() {
        if (password == null || !password.equals(repeated)) {
            Messages.error("setPassword.mismatch");
            return;
        }
        done = Messages.attempt(() -> staff.setPassword(token, password), null);
        password = null;
        repeated = null;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}

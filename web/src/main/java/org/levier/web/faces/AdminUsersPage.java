package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.levier.identity.boundary.StaffAccounts;
import org.levier.shared.entity.Role;

/**
 * The administrators' staff page: who holds which role, invitations by e-mail, roles replaced, accounts disabled
 * and enabled. Every rule is the boundary's ({@link StaffAccounts}); this page only collects and shows.
 */
@Named
@ViewScoped
public class AdminUsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffAccounts staff;

    private transient List<StaffAccounts.StaffMember> members;

    private String email;
    private String displayName;
    private String locale = "fr";
    private List<String> roles = new ArrayList<>();

    private Long editing;
    private List<String> editRoles = new ArrayList<>();

    public List<StaffAccounts.StaffMember> getMembers() {
        if (members == null) {
            members = staff.list();
        }
        return members;
    }

    /** The roles an administrator may grant here (APPLICANT is not a staff role). */
    public List<String> getGrantableRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.APPLICANT).map(Role::name).toList();
    }

    public void invite() {
        if (Messages.attempt(() -> staff.invite(email, displayName, roles, locale), "admin.users.invited", email)) {
            email = null;
            displayName = null;
            roles = new ArrayList<>();
            members = null;
        }
    }

    public void edit(long id) {
        editing = id;
        editRoles = new ArrayList<>(staff.get(id).roles());
    }

    public void saveRoles() {
        if (editing != null && Messages.attempt(() -> staff.changeRoles(editing, editRoles),
                "admin.users.rolesChanged")) {
            editing = null;
            members = null;
        }
    }

    public void cancelEdit() {
        editing = null;
    }

    public void disable(long id) {
        if (Messages.attempt(() -> staff.disable(id), "admin.users.disabled")) {
            members = null;
        }
    }

    public void enable(long id) {
        if (Messages.attempt(() -> staff.enable(id), "admin.users.enabled")) {
            members = null;
        }
    }

    public String getEditingEmail() {
        return editing == null ? null : getMembers().stream().filter(m -> m.id() == editing)
                .map(StaffAccounts.StaffMember::email).findFirst().orElse(null);
    }

    public Long getEditing() {
        return editing;
    }

    public List<String> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<String> editRoles) {
        this.editRoles = editRoles;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}

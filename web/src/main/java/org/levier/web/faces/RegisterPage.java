package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.levier.applicant.boundary.OrganisationForm;
import org.levier.applicant.boundary.Registration;
import org.levier.applicant.boundary.Registrations;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.SizeClass;

/**
 * Public sign-up of an applicant and its organisation ({@code /register.xhtml}). Every field goes to the
 * registration use case as typed; its violations are shown on their fields. Success only says to check the
 * mailbox: the account works once the e-mail address is confirmed.
 */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the organisation is identified: a French SIREN/SIRET, or a foreign registration. */
    public enum Identification {
        FRENCH, FOREIGN
    }

    @Inject
    Registrations registrations;

    @Inject
    LocaleView localeView;

    private String email;
    private String password;
    private String displayName;
    private String language;
    private String legalName;
    private String legalForm;
    private Identification identification = Identification.FRENCH;
    private String siret;
    private String foreignRegistration;
    private String country;
    private SizeClass sizeClass;
    private String addressLine;
    private String postalCode;
    private String city;
    private boolean registered;

    public void register() {
        boolean french = identification == Identification.FRENCH;
        OrganisationForm organisation = new OrganisationForm(legalName, legalForm, french ? siret : null,
                french ? null : foreignRegistration, sizeClass == null ? null : sizeClass.name(), addressLine,
                postalCode, city, french ? "FR" : country);
        try {
            registrations.register(new Registration(email, password, displayName,
                    language == null ? localeView.getLanguage() : language, organisation));
            registered = true;
        } catch (RuleViolation refused) {
            Messages.show(refused);
        } finally {
            password = null;
        }
    }

    public List<SizeClass> getSizeClasses() {
        return List.of(SizeClass.values());
    }

    public Identification[] getIdentifications() {
        return Identification.values();
    }

    public boolean isForeign() {
        return identification == Identification.FOREIGN;
    }

    public boolean isRegistered() {
        return registered;
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

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language == null ? localeView.getLanguage() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    public Identification getIdentification() {
        return identification;
    }

    public void setIdentification(Identification identification) {
        this.identification = identification == null ? Identification.FRENCH : identification;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public String getForeignRegistration() {
        return foreignRegistration;
    }

    public void setForeignRegistration(String foreignRegistration) {
        this.foreignRegistration = foreignRegistration;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public SizeClass getSizeClass() {
        return sizeClass;
    }

    public void setSizeClass(SizeClass sizeClass) {
        this.sizeClass = sizeClass;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}

package org.levier.applicant.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistrationMailsTest {

    private final RegistrationMails mails = new RegistrationMails("https://levier.example/");

    @Test
    void theConfirmationMailCarriesTheLinkAndTheApiTokenInTheUsersLanguage() {
        RegistrationMails.Mail fr = mails.confirmation("fr", "Claire", "Hydrogène SAS", 48, "tok-EN_1");
        RegistrationMails.Mail en = mails.confirmation("en", "Claire", "Hydrogène SAS", 48, "tok-EN_1");

        assertThat(fr.subject()).contains("confirmez");
        assertThat(fr.body()).contains("Bonjour Claire", "l’activer", "48 heures",
                "https://levier.example/confirm.xhtml?token=tok-EN_1", "{\"token\":\"tok-EN_1\"}");
        assertThat(en.subject()).contains("confirm your e-mail");
        assertThat(en.body()).contains("Hello Claire", "48 hours", "https://levier.example/confirm.xhtml?token=tok-EN_1");
    }

    @Test
    void anUnknownLanguageFallsBackToFrenchNotToTheJvmDefault() {
        assertThat(mails.confirmation("de", "A", "B", 48, "t").subject()).contains("confirmez");
    }

    @Test
    void theInvitationAndTheAddressTakenMails() {
        RegistrationMails.Mail invitation = mails.invitation("en", "Claire", "Hydrogène SAS", "Paul", 7, "inv");
        assertThat(invitation.subject()).isEqualTo("Levier: Claire invites you to join Hydrogène SAS");
        assertThat(invitation.body()).contains("Hello Paul", "7 days",
                "https://levier.example/accept-invitation.xhtml?token=inv", "{\"token\":\"inv\"");
        assertThat(mails.addressTaken("fr", "Claire").body())
                .contains("Bonjour Claire", "https://levier.example/login.xhtml");
    }
}

package org.levier.demo.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.levier.applicant.control.CompanyIdentifiers;

class DemoAccountsTest {

    @Test
    void demoSiretsPassTheirChecksums() {
        String siret = DemoAccounts.fictitiousSiret("99999001", "0001");
        assertThat(siret).hasSize(14).startsWith("99999001");
        assertThat(CompanyIdentifiers.isValidSiret(siret)).isTrue();
        assertThat(CompanyIdentifiers.isValidSiren(CompanyIdentifiers.sirenOf(siret))).isTrue();
    }
}

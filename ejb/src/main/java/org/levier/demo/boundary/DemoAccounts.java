package org.levier.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.applicant.control.CompanyIdentifiers;
import org.levier.applicant.entity.Organisation;
import org.levier.audit.boundary.AuditTrail;
import org.levier.identity.control.PasswordHashing;
import org.levier.identity.entity.User;
import org.levier.shared.entity.Role;
import org.levier.shared.entity.SizeClass;

/**
 * Demo mode ({@code levier.demo=true}): creates, when absent, the demonstration accounts (one per role, two
 * directors, three committee members, two applicants each in its own demo organisation), all with the password
 * from {@code levier.demo.password} (never in git). Without a password of at least 12 characters it creates
 * nothing. The demo organisations carry fictitious SIRETs (prefix 99999, checksum valid) and are flagged demo.
 * Starts after the demo calls and programme ({@link DemoSeeding}).
 */
@Startup
@Singleton
@DependsOn("DemoSeeding")
public class DemoAccounts {

    private static final Logger LOG = System.getLogger(DemoAccounts.class.getName());
    static final int MIN_PASSWORD_LENGTH = 12;

    private record Account(String email, String displayName, Role role, int organisation) {
    }

    private record DemoOrganisation(String legalName, String legalForm, String siret, SizeClass sizeClass, String city) {
    }

    private static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("Hydrogène du Littoral (démo)", "SAS", fictitiousSiret("99999001", "0001"),
                    SizeClass.SMALL, "Dunkerque"),
            new DemoOrganisation("Port Numérique Flandre (démo)", "SA", fictitiousSiret("99999002", "0001"),
                    SizeClass.MEDIUM, "Gravelines"));

    private static final List<Account> ACCOUNTS = List.of(
            new Account("analyst@levier.example", "Alice Analyste", Role.ANALYST, -1),
            new Account("director1@levier.example", "Denis Directeur", Role.FUND_DIRECTOR, -1),
            new Account("director2@levier.example", "Diane Directrice", Role.FUND_DIRECTOR, -1),
            new Account("member1@levier.example", "Marc Membre", Role.COMMITTEE_MEMBER, -1),
            new Account("member2@levier.example", "Maud Membre", Role.COMMITTEE_MEMBER, -1),
            new Account("member3@levier.example", "Malik Membre", Role.COMMITTEE_MEMBER, -1),
            new Account("auditor@levier.example", "Agathe Auditrice", Role.AUDITOR, -1),
            new Account("admin@levier.example", "Adrien Admin", Role.ADMIN, -1),
            new Account("applicant1@levier.example", "Paul Porteur (démo)", Role.APPLICANT, 0),
            new Account("applicant2@levier.example", "Pauline Porteuse (démo)", Role.APPLICANT, 1));

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "levier.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "levier.demo.password")
    Optional<String> demoPassword;

    @PostConstruct
    void createIfAbsent() {
        if (!demo) {
            return;
        }
        String password = demoPassword.orElse("");
        if (password.length() < MIN_PASSWORD_LENGTH) {
            LOG.log(Level.WARNING, "Demo mode is on but levier.demo.password (LEVIER_DEMO_PASSWORD) is missing or "
                    + "shorter than {0} characters: no demo account created", MIN_PASSWORD_LENGTH);
            return;
        }
        PasswordHashing hashing = new PasswordHashing();
        Instant now = clock.instant();
        int created = 0;
        for (Account account : ACCOUNTS) {
            if (exists(account.email())) {
                continue;
            }
            Long organisationId = account.organisation() < 0 ? null
                    : organisation(ORGANISATIONS.get(account.organisation()), now).getId();
            User user = new User(account.email(), account.displayName(), hashing.hash(password.toCharArray()),
                    Set.of(account.role()), organisationId, "fr", now);
            user.confirmEmail();
            em.persist(user);
            em.flush();
            audit.recordAs(AuditTrail.SYSTEM, null, "user.created", "User", user.getId(), "Demo account created",
                    Map.of("email", user.getEmail(), "role", account.role().name(), "demo", true));
            created++;
        }
        if (created > 0) {
            LOG.log(Level.INFO, "Demo mode: {0} demo account(s) created", created);
        }
    }

    private boolean exists(String email) {
        return !em.createQuery("select u.id from User u where u.email = :email", Long.class)
                .setParameter("email", email).getResultList().isEmpty();
    }

    private Organisation organisation(DemoOrganisation wanted, Instant now) {
        List<Organisation> found = em.createQuery(
                        "select o from Organisation o where o.siret = :siret and o.demo = true", Organisation.class)
                .setParameter("siret", wanted.siret())
                .getResultList();
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        Organisation organisation = new Organisation(wanted.legalName(), wanted.legalForm(), wanted.siret(),
                wanted.sizeClass(), new Organisation.Address("1 quai de démonstration", "59140", wanted.city(), "FR"),
                true, now);
        em.persist(organisation);
        em.flush();
        audit.recordAs(AuditTrail.SYSTEM, null, "organisation.created", "Organisation", organisation.getId(),
                "Demo organisation created", Map.of("legalName", organisation.getLegalName(),
                        "siret", organisation.getSiret(), "demo", true));
        return organisation;
    }

    /** A SIRET no real company has: SIREN and SIRET both completed with their Luhn check digit. */
    static String fictitiousSiret(String sirenStart, String nicStart) {
        String siren = sirenStart + CompanyIdentifiers.luhnCheckDigit(sirenStart);
        String withoutCheck = siren + nicStart;
        return withoutCheck + CompanyIdentifiers.luhnCheckDigit(withoutCheck);
    }
}

package org.levier.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.audit.control.SealFile.Seal;
import org.levier.audit.control.SealFile;
import org.levier.audit.entity.AuditChainHead;
import org.levier.notification.boundary.Mails;
import org.levier.shared.control.Texts;
import org.levier.shared.entity.Role;

/**
 * Seals the head of the audit chain outside the database (see {@link SealFile}): every quarter of an hour when the
 * chain grew since the last seal, and on an auditor's demand. Each seal is also mailed to the auditors' address
 * ({@code levier.audit.seal.mail-to}, optional), a second copy the database administrator cannot reach once sent.
 * Sealing changes no data of the fund, so it is not itself an audit event (that would move the head it seals).
 */
@Stateless
public class AuditSeals {

    static final String BUNDLE = "org.levier.audit.control.mails";
    private static final Logger LOG = System.getLogger(AuditSeals.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SealFile seals;

    @Inject
    Mails mails;

    @Inject
    @ConfigProperty(name = "levier.audit.seal.mail-to")
    Optional<String> mailTo;

    /** Seals the current head now; empty when sealing is off or the chain is still empty. */
    @RolesAllowed(Role.AUDITOR_NAME)
    public Optional<Seal> sealNow() {
        return seal();
    }

    /** Every seal, oldest first, each saying whether its MAC is the configured key's. */
    @RolesAllowed(Role.AUDITOR_NAME)
    public List<Seal> list() {
        return seals.enabled() ? seals.read() : List.of();
    }

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    @PermitAll
    public void sealWhenTheChainGrew() {
        if (!seals.enabled()) {
            return;
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        long lastSealed = seals.read().stream().filter(Seal::authentic).mapToLong(Seal::seq).max().orElse(0);
        if (head.getLastSeq() > lastSealed) {
            seal();
        }
    }

    private Optional<Seal> seal() {
        if (!seals.enabled()) {
            return Optional.empty();
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (head.getLastSeq() == 0) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Seal seal = seals.append(head.getLastSeq(), head.getLastHash(), now);
        LOG.log(Level.INFO, "Audit chain sealed at sequence {0}", seal.seq());
        mailTo.map(String::strip).filter(to -> !to.isEmpty()).ifPresent(to -> {
            Object[] arguments = {String.valueOf(seal.seq()), seal.hash(), seal.sealedAt().toString(), seal.keyId(), seal.mac()};
            mails.queue(to, Texts.format(BUNDLE, "fr", "seal.subject", arguments)
                            + " / " + Texts.format(BUNDLE, "en", "seal.subject", arguments),
                    Texts.format(BUNDLE, "fr", "seal.body", arguments) + "\n\n---\n\n"
                            + Texts.format(BUNDLE, "en", "seal.body", arguments));
        });
        return Optional.of(seal);
    }
}

package org.levier.banking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.levier.banking.control.BankIdentifiers;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;

/**
 * One version of an organisation's payment account. Lifecycle: declared PENDING (with its bank document), VERIFIED by
 * a member of the fund's staff other than the declarant (four eyes against diverted payments), SUPERSEDED when a newer
 * version is declared - the superseded version is no longer in force even if it was verified, so a change suspends
 * payments until the new version is verified. Only the live version (pending or verified) carries
 * {@code live_organisation_id}, which the database keeps unique.
 */
@Entity
@Table(name = "bank_account")
public class BankAccount {

    public static final int HOLDER_MAX = 70;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "live_organisation_id")
    private Long liveOrganisationId;

    @Column(nullable = false, length = 34)
    private String iban;

    @Column(nullable = false, length = 11)
    private String bic;

    @Column(nullable = false, length = 140)
    private String holder;

    @Column(name = "evidence_id", nullable = false)
    private long evidenceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BankAccountStatus status;

    @Column(name = "declared_by", nullable = false, length = 254)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Column(name = "verified_by", length = 254)
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected BankAccount() {
    }

    /**
     * A new pending version; IBAN and BIC are normalised and validated, every problem reported at once.
     *
     * @throws RuleViolation {@code bank-account.invalid}
     */
    public static BankAccount declare(long organisationId, String iban, String bic, String holder, long evidenceId,
                                      String declarant, Instant now) {
        String normalIban = BankIdentifiers.normalise(iban);
        String normalBic = BankIdentifiers.normalise(bic);
        String name = holder == null ? "" : holder.strip().replaceAll("\\s+", " ");
        List<Violation> violations = new java.util.ArrayList<>();
        BankIdentifiers.ibanProblem(normalIban).ifPresent(p -> violations.add(new Violation("iban", p)));
        BankIdentifiers.bicProblem(normalBic).ifPresent(p -> violations.add(new Violation("bic", p)));
        if (name.isEmpty() || name.length() > HOLDER_MAX) {
            violations.add(new Violation("holder", "the account holder's name, 1 to " + HOLDER_MAX + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation("bank-account.invalid", "The bank details are invalid", violations);
        }
        BankAccount account = new BankAccount();
        account.organisationId = organisationId;
        account.liveOrganisationId = organisationId;
        account.iban = normalIban;
        account.bic = normalBic;
        account.holder = name;
        account.evidenceId = evidenceId;
        account.status = BankAccountStatus.PENDING;
        account.declaredBy = Objects.requireNonNull(declarant, "declarant");
        account.declaredAt = Objects.requireNonNull(now, "now");
        return account;
    }

    /**
     * The staff member checked the details against the bank document: the version is in force.
     *
     * @throws RuleViolation {@code bank-account.self-verification} (the declarant), {@code bank-account.not-pending}
     */
    public void verify(String verifier, Instant now) {
        if (status != BankAccountStatus.PENDING) {
            throw new RuleViolation("bank-account.not-pending", "Only a pending account is verified; this one is "
                    + status, List.of(new Violation("status", String.valueOf(status))));
        }
        if (declaredBy.equalsIgnoreCase(verifier)) {
            throw new RuleViolation("bank-account.self-verification", "The bank details are verified by someone"
                    + " other than the person who declared them", List.of(new Violation("verifier",
                    "not the declarant")));
        }
        status = BankAccountStatus.VERIFIED;
        verifiedBy = verifier;
        verifiedAt = now;
    }

    /** A newer version was declared: this one is no longer in force. */
    public void supersede(Instant now) {
        status = BankAccountStatus.SUPERSEDED;
        liveOrganisationId = null;
        supersededAt = now;
    }

    public boolean isInForce() {
        return status == BankAccountStatus.VERIFIED && liveOrganisationId != null;
    }

    public String maskedIban() {
        return BankIdentifiers.mask(iban);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getIban() {
        return iban;
    }

    public String getBic() {
        return bic;
    }

    public String getHolder() {
        return holder;
    }

    public long getEvidenceId() {
        return evidenceId;
    }

    public BankAccountStatus getStatus() {
        return status;
    }

    public String getDeclaredBy() {
        return declaredBy;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public Optional<String> verifiedBy() {
        return Optional.ofNullable(verifiedBy);
    }

    public Optional<Instant> verifiedAt() {
        return Optional.ofNullable(verifiedAt);
    }

    public Optional<Instant> supersededAt() {
        return Optional.ofNullable(supersededAt);
    }
}

package org.levier.applicant.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.levier.applicant.control.CompanyIdentifiers;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.SearchWords;
import org.levier.shared.entity.SizeClass;

/**
 * An organisation that applies for funding. It is identified by a French SIRET (which gives its SIREN), a SIREN
 * alone, or a foreign registration number; French numbers must pass their checksum. Demo organisations are
 * flagged so that they can never be mistaken for real ones.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    /** Postal address; every part optional. */
    public record Address(String line, String postalCode, String city, String country) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "legal_name", nullable = false, length = 300)
    private String legalName;

    @Column(name = "legal_form", length = 100)
    private String legalForm;

    @Column(length = 9)
    private String siren;

    @Column(length = 14)
    private String siret;

    @Column(name = "foreign_registration", length = 60)
    private String foreignRegistration;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class", nullable = false, length = 30)
    private SizeClass sizeClass;

    @Column(name = "address_line", length = 300)
    private String addressLine;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Column(length = 120)
    private String city;

    @Column(length = 2)
    private String country;

    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * The words of the name and registration numbers for the staff list's search (migration 28), changed with them
     * in the same transaction; read by the dossier search only.
     */
    @ElementCollection
    @CollectionTable(name = "organisation_word", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "word", nullable = false, length = SearchWords.MAX_LENGTH)
    private Set<String> words = new HashSet<>();

    protected Organisation() {
    }

    /**
     * @param identifier a SIRET (14 digits), a SIREN (9 digits) or, for a foreign organisation (country not FR),
     *                   its registration number
     */
    public Organisation(String legalName, String legalForm, String identifier, SizeClass sizeClass, Address address,
                        boolean demo, Instant createdAt) {
        if (legalName == null || legalName.isBlank()) {
            throw new RuleViolation("organisation.legalName.required", "The legal name is required",
                    java.util.List.of(new RuleViolation.Violation("legalName", "required")));
        }
        this.legalName = legalName.strip();
        this.legalForm = legalForm;
        this.sizeClass = Objects.requireNonNull(sizeClass, "sizeClass");
        Address where = address == null ? new Address(null, null, null, "FR") : address;
        this.addressLine = where.line();
        this.postalCode = where.postalCode();
        this.city = where.city();
        this.country = where.country() == null ? "FR" : where.country().toUpperCase(java.util.Locale.ROOT);
        identify(identifier);
        this.demo = demo;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        indexWords();
    }

    /** The search words of the name and numbers: only those that changed are deleted or inserted. */
    private void indexWords() {
        Set<String> current = SearchWords.of(legalName, siren, siret, foreignRegistration);
        words.retainAll(current);
        words.addAll(current);
    }

    private void identify(String identifier) {
        String number = CompanyIdentifiers.normalise(identifier);
        if (number == null || number.isEmpty()) {
            throw invalid("organisation.identifier.required", "A SIRET, a SIREN or a foreign registration number is required");
        }
        if (!"FR".equals(country)) {
            if (number.length() > 60) {
                throw invalid("organisation.identifier.invalid", "The registration number is too long");
            }
            this.foreignRegistration = number;
        } else if (number.length() == 14) {
            if (!CompanyIdentifiers.isValidSiret(number)) {
                throw invalid("organisation.siret.invalid", "This SIRET does not pass its checksum");
            }
            this.siret = number;
            this.siren = CompanyIdentifiers.sirenOf(number);
        } else if (number.length() == 9) {
            if (!CompanyIdentifiers.isValidSiren(number)) {
                throw invalid("organisation.siren.invalid", "This SIREN does not pass its checksum");
            }
            this.siren = number;
        } else {
            throw invalid("organisation.identifier.invalid", "A SIRET has 14 digits and a SIREN 9");
        }
    }

    private static RuleViolation invalid(String key, String message) {
        return new RuleViolation(key, message, java.util.List.of(new RuleViolation.Violation("siret", message)));
    }

    public void rename(String newLegalName, String newLegalForm) {
        if (newLegalName == null || newLegalName.isBlank()) {
            throw new RuleViolation("organisation.legalName.required", "The legal name is required");
        }
        this.legalName = newLegalName.strip();
        this.legalForm = newLegalForm;
        indexWords();
    }

    public void moveTo(Address address) {
        this.addressLine = address.line();
        this.postalCode = address.postalCode();
        this.city = address.city();
    }

    public void reclassify(SizeClass newSizeClass) {
        this.sizeClass = Objects.requireNonNull(newSizeClass, "sizeClass");
    }

    public Long getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public String getSiren() {
        return siren;
    }

    public String getSiret() {
        return siret;
    }

    public String getForeignRegistration() {
        return foreignRegistration;
    }

    public SizeClass getSizeClass() {
        return sizeClass;
    }

    public Address getAddress() {
        return new Address(addressLine, postalCode, city, country);
    }

    public boolean isDemo() {
        return demo;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

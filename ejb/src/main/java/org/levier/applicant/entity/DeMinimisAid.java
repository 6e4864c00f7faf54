package org.levier.applicant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Money;

/**
 * A de minimis aid an organisation declares having received: when, how much, from whom. Changed only by a
 * correction with a reason ({@link #correct}), which appends the values before and after to its history.
 */
@Entity
@Table(name = "organisation_de_minimis")
public class DeMinimisAid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "granted_on", nullable = false)
    private LocalDate grantedOn;

    @Column(nullable = false)
    private Money amount;

    @Column(name = "granting_body", nullable = false, length = 300)
    private String grantingBody;

    @Column(name = "declared_by", nullable = false, updatable = false)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    protected DeMinimisAid() {
    }

    /** Checks every field at once: a positive amount, a grant date not in the future, a named granting body. */
    public DeMinimisAid(long organisationId, LocalDate grantedOn, Money amount, String grantingBody,
                        String declaredBy, LocalDate today, Instant now) {
        String body = check(grantedOn, amount, grantingBody, today, new ArrayList<>());
        this.organisationId = organisationId;
        this.grantedOn = grantedOn;
        this.amount = amount;
        this.grantingBody = body;
        this.declaredBy = declaredBy;
        this.declaredAt = now;
    }

    /**
     * Corrects the declaration (same rules as a declaration, plus a reason of 1 to 2000 characters) and returns the
     * history row to append, holding the values before and after.
     *
     * @throws RuleViolation {@code de-minimis.invalid} naming every invalid field;
     *                       {@code de-minimis.unchanged} when nothing would change
     */
    public DeMinimisCorrection correct(LocalDate grantedOn, Money amount, String grantingBody, String reason,
                                       String correctedBy, LocalDate today, Instant now) {
        List<RuleViolation.Violation> violations = new ArrayList<>();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > DeMinimisCorrection.REASON_MAX) {
            violations.add(new RuleViolation.Violation("reason", "required, at most "
                    + DeMinimisCorrection.REASON_MAX + " characters"));
        }
        String body = check(grantedOn, amount, grantingBody, today, violations);
        if (grantedOn.equals(this.grantedOn) && amount.compareTo(this.amount) == 0 && body.equals(this.grantingBody)) {
            throw new RuleViolation("de-minimis.unchanged", "The correction changes nothing",
                    List.of(new RuleViolation.Violation("amount", "the same date, amount and granting body")));
        }
        DeMinimisCorrection correction = new DeMinimisCorrection(this, grantedOn, amount, body, why, correctedBy,
                now);
        this.grantedOn = grantedOn;
        this.amount = amount;
        this.grantingBody = body;
        return correction;
    }

    private static String check(LocalDate grantedOn, Money amount, String grantingBody, LocalDate today,
                                List<RuleViolation.Violation> violations) {
        if (grantedOn == null) {
            violations.add(new RuleViolation.Violation("grantedOn", "required"));
        } else if (grantedOn.getYear() < 1 || grantedOn.getYear() > 9999) {
            violations.add(new RuleViolation.Violation("grantedOn", "a year between 1 and 9999"));
        } else if (grantedOn.isAfter(today)) {
            violations.add(new RuleViolation.Violation("grantedOn", "cannot be in the future"));
        }
        if (amount == null || !amount.isPositive()) {
            violations.add(new RuleViolation.Violation("amount", "must be positive"));
        }
        String body = grantingBody == null ? "" : grantingBody.strip();
        if (body.isEmpty() || body.length() > 300) {
            violations.add(new RuleViolation.Violation("grantingBody", "required, at most 300 characters"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation("de-minimis.invalid", "The de minimis declaration is invalid", violations);
        }
        return body;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public Money getAmount() {
        return amount;
    }

    public String getGrantingBody() {
        return grantingBody;
    }

    public String getDeclaredBy() {
        return declaredBy;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}

package org.levier.applicant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.levier.shared.entity.Money;

/**
 * One correction of a de minimis declaration by the applicant: the values before and after, the reason, who and when.
 * Appended, never changed nor deleted: the declaration's history.
 */
@Entity
@Table(name = "organisation_de_minimis_correction")
public class DeMinimisCorrection {

    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "aid_id", nullable = false, updatable = false)
    private long aidId;

    @Column(name = "previous_granted_on", nullable = false, updatable = false)
    private LocalDate previousGrantedOn;

    @Column(name = "previous_amount", nullable = false, updatable = false)
    private Money previousAmount;

    @Column(name = "previous_granting_body", nullable = false, updatable = false, length = 300)
    private String previousGrantingBody;

    @Column(name = "granted_on", nullable = false, updatable = false)
    private LocalDate grantedOn;

    @Column(nullable = false, updatable = false)
    private Money amount;

    @Column(name = "granting_body", nullable = false, updatable = false, length = 300)
    private String grantingBody;

    @Column(nullable = false, updatable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "corrected_by", nullable = false, updatable = false)
    private String correctedBy;

    @Column(name = "corrected_at", nullable = false, updatable = false)
    private Instant correctedAt;

    protected DeMinimisCorrection() {
    }

    DeMinimisCorrection(DeMinimisAid before, LocalDate grantedOn, Money amount, String grantingBody, String reason,
                        String correctedBy, Instant now) {
        this.aidId = before.getId();
        this.previousGrantedOn = before.getGrantedOn();
        this.previousAmount = before.getAmount();
        this.previousGrantingBody = before.getGrantingBody();
        this.grantedOn = grantedOn;
        this.amount = amount;
        this.grantingBody = grantingBody;
        this.reason = reason;
        this.correctedBy = correctedBy;
        this.correctedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getAidId() {
        return aidId;
    }

    public LocalDate getPreviousGrantedOn() {
        return previousGrantedOn;
    }

    public Money getPreviousAmount() {
        return previousAmount;
    }

    public String getPreviousGrantingBody() {
        return previousGrantingBody;
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

    public String getReason() {
        return reason;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public Instant getCorrectedAt() {
        return correctedAt;
    }
}

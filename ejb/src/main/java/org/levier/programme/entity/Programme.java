package org.levier.programme.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.levier.shared.entity.Money;

/**
 * A fund: an allotment of public money meant to trigger a target total of projects (the target leverage),
 * organised in numbered axes, each holding numbered actions. Reference data, created by the programme loader or
 * a fund director; the structure only grows (axes and actions are added, never renumbered).
 */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false)
    private String name;

    private String label;

    @Column(name = "operator_name")
    private String operatorName;

    @Column(name = "steering_name")
    private String steeringName;

    @Column(name = "lead_name")
    private String leadName;

    @Column(nullable = false)
    private Money allotment;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "target_total_projects", nullable = false)
    private Money targetTotalProjects;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "duration_years", nullable = false)
    private int durationYears;

    @ElementCollection
    @CollectionTable(name = "programme_partner", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    @Column(name = "partner_name")
    private List<String> partners = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Axis> axes = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Programme() {
    }

    public Programme(String code, String name, Money allotment, Money targetTotalProjects, int durationYears,
                     Instant createdAt) {
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9-]{1,19}")) {
            throw new IllegalArgumentException("programme code: 2-20 upper-case letters, digits or '-'");
        }
        if (!allotment.isPositive() || !targetTotalProjects.isPositive()) {
            throw new IllegalArgumentException("allotment and target total must be positive");
        }
        if (durationYears < 1) {
            throw new IllegalArgumentException("duration must be at least one year");
        }
        this.code = code;
        this.name = name;
        this.allotment = allotment;
        this.currency = allotment.currency().getCurrencyCode();
        this.targetTotalProjects = targetTotalProjects;
        this.durationYears = durationYears;
        this.createdAt = createdAt;
    }

    public void describe(String label, String operatorName, String steeringName, String leadName,
                         List<String> partners, LocalDate startDate) {
        this.label = label;
        this.operatorName = operatorName;
        this.steeringName = steeringName;
        this.leadName = leadName;
        this.partners = new ArrayList<>(partners);
        this.startDate = startDate;
    }

    public Axis addAxis(int number, String title, String titleEn) {
        if (findAxis(number).isPresent()) {
            throw new IllegalArgumentException("axis " + number + " already exists in " + code);
        }
        Axis axis = new Axis(this, number, title, titleEn);
        axes.add(axis);
        return axis;
    }

    /** Adds an action to one of this programme's axes; action numbers are unique across the programme. */
    public ProgrammeAction addAction(int axisNumber, int number, String title, String summary) {
        if (findAction(number).isPresent()) {
            throw new IllegalArgumentException("action " + number + " already exists in " + code);
        }
        Axis axis = findAxis(axisNumber)
                .orElseThrow(() -> new IllegalArgumentException("no axis " + axisNumber + " in " + code));
        return axis.addAction(number, title, summary);
    }

    public Optional<Axis> findAxis(int number) {
        return axes.stream().filter(a -> a.getNumber() == number).findFirst();
    }

    public Optional<ProgrammeAction> findAction(int number) {
        return axes.stream().flatMap(a -> a.getActions().stream()).filter(a -> a.getNumber() == number).findFirst();
    }

    /** Target total investment / allotment, 2 decimals half-even (288 / 37.5 = 7.68). */
    public BigDecimal targetLeverage() {
        return targetTotalProjects.amount().divide(allotment.amount(), 2, RoundingMode.HALF_EVEN);
    }

    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(startDate).map(d -> d.plusYears(durationYears));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getLabel() {
        return label;
    }

    public String getOperatorName() {
        return operatorName;
    }

    public String getSteeringName() {
        return steeringName;
    }

    public String getLeadName() {
        return leadName;
    }

    public Money getAllotment() {
        return allotment;
    }

    public String getCurrency() {
        return currency;
    }

    public Money getTargetTotalProjects() {
        return targetTotalProjects;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public int getDurationYears() {
        return durationYears;
    }

    public List<String> getPartners() {
        return Collections.unmodifiableList(partners);
    }

    public List<Axis> getAxes() {
        return Collections.unmodifiableList(axes);
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
